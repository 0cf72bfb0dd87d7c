// `docket remove`: unsubscribing drops the feed and its threads, and says what went.
#include "docketsandbox.h"

#include <QTest>

class TestRemoveCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesFeedAndThreads_data();
    void removesFeedAndThreads();
    void refusesBadInput_data();
    void refusesBadInput();
};

void TestRemoveCommand::removesFeedAndThreads_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("printed"); // after "Removed ID: "

    QTest::newRow("several threads") << QStringLiteral("juriscraper--opinions-ca10_example.xml")
                                     << QByteArray("Tenth Circuit Daily Decisions (4 threads)\n");
    QTest::newRow("one thread") << QStringLiteral("rss2_undated_item_with_paragraphs.xml")
                                << QByteArray("Appellate Watch (1 thread)\n");
}

void TestRemoveCommand::removesFeedAndThreads()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, printed);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    const qint64 id = sandbox.addFixture(fixture);
    QVERIFY(id > 0);
    const qint64 other = sandbox.addFixture(QStringLiteral("feed-rs--jsonfeed_elastic_1.1.json"));
    QVERIFY(other > 0);
    const QJsonArray before = sandbox.listJson({QStringLiteral("--feed"), QString::number(id)});
    QVERIFY(!before.isEmpty());

    const DocketOutput removed = sandbox.run({QStringLiteral("remove"), QString::number(id)});
    QVERIFY2(removed.exitCode == 0, removed.describe());
    QCOMPARE(removed.out, "Removed " + QByteArray::number(id) + ": " + printed);
    QVERIFY(removed.err.isEmpty());

    const QJsonArray feeds = sandbox.run({QStringLiteral("feeds"), QStringLiteral("--json")}).json().array();
    QCOMPARE(feeds.size(), 1);
    QCOMPARE(feeds.first().toObject().value(QStringLiteral("id")).toInteger(), other);
    QCOMPARE(sandbox.listJson().size(), 3); // only the other feed's threads are left
    const QString threadId =
        QString::number(before.first().toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(sandbox.run({QStringLiteral("show"), threadId}).exitCode, 2);
    // Removed means gone: a second remove has nothing to remove.
    const DocketOutput again = sandbox.run({QStringLiteral("remove"), QString::number(id)});
    QCOMPARE(again.exitCode, 2);
}

void TestRemoveCommand::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stderrHas");

    QTest::newRow("unknown id") << QStringList{QStringLiteral("99")} << QByteArray("there is no feed 99");
    QTest::newRow("not a number") << QStringList{QStringLiteral("ca10")}
                                  << QByteArray("'ca10' is not a feed id");
    QTest::newRow("zero") << QStringList{QStringLiteral("0")} << QByteArray("'0' is not a feed id");
    QTest::newRow("negative") << QStringList{QStringLiteral("-1")} << QByteArray("Unknown option '1'");
    QTest::newRow("no id") << QStringList() << QByteArray("give the id of one feed");
    QTest::newRow("two ids") << QStringList{QStringLiteral("1"), QStringLiteral("1")}
                             << QByteArray("give the id of one feed");
}

void TestRemoveCommand::refusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stderrHas);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.addFixture(QStringLiteral("juriscraper--opinions-ca10_example.xml")) > 0);
    const DocketOutput removed = sandbox.run(QStringList{QStringLiteral("remove")} + arguments);
    QVERIFY2(removed.exitCode == 2, removed.describe());
    QVERIFY2(removed.err.contains(stderrHas), removed.describe());
    QCOMPARE(removed.err.count('\n'), 1);
    QVERIFY(removed.out.isEmpty());
    QCOMPARE(sandbox.run({QStringLiteral("feeds"), QStringLiteral("--json")}).json().array().size(), 1);
    QCOMPARE(sandbox.listJson().size(), 4);
}

QTEST_GUILESS_MAIN(TestRemoveCommand)
#include "tst_removecommand.moc"
