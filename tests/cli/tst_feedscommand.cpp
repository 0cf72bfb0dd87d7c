// `docket feeds`: the subscriptions as tab-separated lines and as the contract's JSON.
#include "docketsandbox.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

class TestFeedsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonFieldsFollowTheContract_data();
    void jsonFieldsFollowTheContract();
    void textHasOneLinePerFeed();
    void countsFollowReading();
    void emptyDatabaseListsNothing();
    void refusesBadUsage_data();
    void refusesBadUsage();

private:
    DocketSandbox m_sandbox; // a fetched feed in a folder and three imported ones
    qint64 m_fetchedId = 0;
};

void TestFeedsCommand::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    m_fetchedId = m_sandbox.addFixture(QStringLiteral("juriscraper--opinions-ca10_example.xml"),
                                       {QStringLiteral("--folder"), QStringLiteral("Courts")});
    QVERIFY(m_fetchedId > 0);
    const DocketOutput imported =
        m_sandbox.run({QStringLiteral("import-opml"),
                       DocketSandbox::fixture(QStringLiteral("opml_folders_and_top_level.opml"))});
    QVERIFY2(imported.exitCode == 0, imported.describe());
}

void TestFeedsCommand::jsonFieldsFollowTheContract_data()
{
    // Which JSON types each field may have: every feed must have every field.
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("string");
    QTest::addColumn<bool>("number");
    QTest::addColumn<bool>("null");

    QTest::newRow("id") << QStringLiteral("id") << false << true << false;
    QTest::newRow("title") << QStringLiteral("title") << true << false << false;
    QTest::newRow("url") << QStringLiteral("url") << true << false << false;
    QTest::newRow("site") << QStringLiteral("site") << true << false << true;
    QTest::newRow("folder") << QStringLiteral("folder") << true << false << true;
    QTest::newRow("status") << QStringLiteral("status") << true << false << false;
    QTest::newRow("error") << QStringLiteral("error") << true << false << true;
    QTest::newRow("last_fetch") << QStringLiteral("last_fetch") << true << false << true;
    QTest::newRow("next_poll") << QStringLiteral("next_poll") << true << false << true;
    QTest::newRow("threads") << QStringLiteral("threads") << false << true << false;
    QTest::newRow("unread") << QStringLiteral("unread") << false << true << false;
}

void TestFeedsCommand::jsonFieldsFollowTheContract()
{
    QFETCH(QString, field);
    QFETCH(bool, string);
    QFETCH(bool, number);
    QFETCH(bool, null);

    const DocketOutput feeds = m_sandbox.run({QStringLiteral("feeds"), QStringLiteral("--json")});
    QVERIFY2(feeds.exitCode == 0, feeds.describe());
    QVERIFY2(feeds.json().isArray(), feeds.describe());
    const QJsonArray array = feeds.json().array();
    QCOMPARE(array.size(), 6);
    const QRegularExpression isoTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    const QStringList statuses{QStringLiteral("new"), QStringLiteral("ok"), QStringLiteral("not-modified"),
                               QStringLiteral("error")};
    for (const QJsonValue &entry : array) {
        const QJsonObject feed = entry.toObject();
        QVERIFY2(feed.contains(field), qPrintable(field));
        const QJsonValue value = feed.value(field);
        QVERIFY2((string && value.isString()) || (number && value.isDouble()) || (null && value.isNull()),
                 qPrintable(QStringLiteral("%1 of feed %2 has the wrong type")
                                .arg(field)
                                .arg(feed.value(QStringLiteral("id")).toInteger())));
        if (field == u"status")
            QVERIFY(statuses.contains(value.toString()));
        if ((field == u"last_fetch" || field == u"next_poll") && value.isString())
            QVERIFY2(isoTime.match(value.toString()).hasMatch(), qPrintable(value.toString()));
        if (field == u"url" || (field == u"site" && value.isString()))
            QVERIFY(!QUrl(value.toString(), QUrl::StrictMode).isRelative());
    }
}

void TestFeedsCommand::textHasOneLinePerFeed()
{
    const DocketOutput feeds = m_sandbox.run({QStringLiteral("feeds")});
    QVERIFY2(feeds.exitCode == 0, feeds.describe());
    const QList<QByteArray> lines = feeds.lines();
    QCOMPARE(lines.size(), 6);
    for (const QByteArray &line : lines)
        QCOMPARE(line.count('\t'), 6);
    const QByteArray fileUrl =
        QUrl::fromLocalFile(
            QDir::cleanPath(DocketSandbox::fixture(QStringLiteral("juriscraper--opinions-ca10_example.xml"))))
            .toEncoded();
    QVERIFY2(lines.contains(QByteArray::number(m_fetchedId) + "\tCourts\tTenth Circuit Daily Decisions\t" +
                            fileUrl + "\tok\t4\t4"),
             feeds.describe());
    QVERIFY2(lines.contains("6\t-\tDocket Digest\thttps://digest.example.org/feed.json\tnew\t0\t0"),
             feeds.describe());
    QVERIFY2(lines.contains("4\tCourts/Bankruptcy\tS.D.N.Y. "
                            "Bankruptcy\thttps://ecf.nysb.uscourts.gov/cgi-bin/rss_outside.pl\tnew\t0\t0"),
             feeds.describe());
}

void TestFeedsCommand::countsFollowReading()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    const qint64 id = sandbox.addFixture(QStringLiteral("feed-rs--jsonfeed_elastic_1.1.json"));
    QVERIFY(id > 0);
    const QJsonArray threads = sandbox.listJson();
    QCOMPARE(threads.size(), 3);
    const DocketOutput read =
        sandbox.run({QStringLiteral("mark-read"),
                     QString::number(threads.at(0).toObject().value(QStringLiteral("id")).toInteger()),
                     QString::number(threads.at(2).toObject().value(QStringLiteral("id")).toInteger())});
    QVERIFY2(read.exitCode == 0, read.describe());
    const QJsonObject feed =
        sandbox.run({QStringLiteral("feeds"), QStringLiteral("--json")}).json().array().first().toObject();
    QCOMPARE(feed.value(QStringLiteral("threads")).toInt(), 3);
    QCOMPARE(feed.value(QStringLiteral("unread")).toInt(), 1);
}

void TestFeedsCommand::emptyDatabaseListsNothing()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    const DocketOutput text = sandbox.run({QStringLiteral("feeds")});
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY(text.out.isEmpty());
    const DocketOutput json = sandbox.run({QStringLiteral("feeds"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, json.describe());
    QVERIFY(json.json().isArray());
    QCOMPARE(json.json().array().size(), 0);
}

void TestFeedsCommand::refusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stderrHas");

    QTest::newRow("an argument") << QStringList{QStringLiteral("12")} << QByteArray("takes no arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--xml")}
                                    << QByteArray("docket feeds: Unknown option 'xml'");
}

void TestFeedsCommand::refusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stderrHas);
    const DocketOutput feeds = m_sandbox.run(QStringList{QStringLiteral("feeds")} + arguments);
    QVERIFY2(feeds.exitCode == 2, feeds.describe());
    QVERIFY2(feeds.err.contains(stderrHas), feeds.describe());
    QCOMPARE(feeds.err.count('\n'), 1);
    QVERIFY(feeds.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestFeedsCommand)
#include "tst_feedscommand.moc"
