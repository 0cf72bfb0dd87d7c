// `docket add`: subscribing to feed files, storing their threads at once, refusing what it cannot read.
#include "docketsandbox.h"

#include <QDir>
#include <QTest>
#include <QUrl>

class TestAddCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subscribesAndStores_data();
    void subscribesAndStores();
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesAFeedAlreadySubscribed();
    void warnsButSubscribesWhenTheFeedBreaksLate();
    void expiresOldThreadsAfterwards();
};

void TestAddCommand::subscribesAndStores_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("asFileUrl");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("retentionDays"); // 0: Docket's default
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("folder"); // empty: none
    QTest::addColumn<int>("threads");

    QTest::newRow("RSS by path") << QStringLiteral("juriscraper--opinions-ca10_example.xml") << false
                                 << QStringList() << 36500 << QStringLiteral("Tenth Circuit Daily Decisions")
                                 << QString() << 4;
    QTest::newRow("podcast by file URL into a new folder")
        << QStringLiteral("juriscraper--oral_args-ca8_example.xml") << true
        << QStringList{QStringLiteral("--folder"), QStringLiteral("Courts")} << 36500
        << QStringLiteral("Oral Arguments from the Eighth Circuit U.S. Court of Appeals")
        << QStringLiteral("Courts") << 29;
    QTest::newRow("JSON Feed with its own title in a subfolder")
        << QStringLiteral("feed-rs--jsonfeed_elastic_1.1.json") << false
        << QStringList{QStringLiteral("--title"), QStringLiteral("  Influx   blog "),
                       QStringLiteral("--folder"), QStringLiteral("Blogs / Time series")}
        << 36500 << QStringLiteral("Influx blog") << QStringLiteral("Blogs/Time series") << 3;
    QTest::newRow("old threads are past the default retention")
        << QStringLiteral("juriscraper--opinions-ca10_example.xml") << false << QStringList() << 0
        << QStringLiteral("Tenth Circuit Daily Decisions") << QString() << 0;
    QTest::newRow("an undated thread is new today")
        << QStringLiteral("rss2_undated_item_with_paragraphs.xml") << true << QStringList() << 0
        << QStringLiteral("Appellate Watch") << QString() << 1;
}

void TestAddCommand::subscribesAndStores()
{
    QFETCH(QString, fixture);
    QFETCH(bool, asFileUrl);
    QFETCH(QStringList, options);
    QFETCH(int, retentionDays);
    QFETCH(QString, title);
    QFETCH(QString, folder);
    QFETCH(int, threads);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    if (retentionDays > 0)
        QVERIFY(sandbox.setRetentionDays(retentionDays));
    const QString file = DocketSandbox::fixture(fixture);
    const QUrl fileUrl = QUrl::fromLocalFile(QDir::cleanPath(QFileInfo(file).absoluteFilePath()));
    const DocketOutput added = sandbox.run(
        QStringList{QStringLiteral("add"), asFileUrl ? fileUrl.toString(QUrl::FullyEncoded) : file} +
        options);
    QVERIFY2(added.exitCode == 0, added.describe());
    const QList<QByteArray> fields = added.out.trimmed().split('\t');
    QCOMPARE(fields.size(), 2);
    QVERIFY(fields.at(0).toLongLong() > 0);
    QCOMPARE(QString::fromUtf8(fields.at(1)), title);

    const QJsonArray feeds = sandbox.run({QStringLiteral("feeds"), QStringLiteral("--json")}).json().array();
    QCOMPARE(feeds.size(), 1);
    const QJsonObject feed = feeds.first().toObject();
    QCOMPARE(feed.value(QStringLiteral("id")).toInteger(), fields.at(0).toLongLong());
    QCOMPARE(feed.value(QStringLiteral("title")).toString(), title);
    QCOMPARE(feed.value(QStringLiteral("url")).toString(), fileUrl.toString(QUrl::FullyEncoded));
    QCOMPARE(feed.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(feed.value(QStringLiteral("error")).isNull());
    QVERIFY(feed.value(QStringLiteral("last_fetch")).isString());
    if (folder.isEmpty())
        QVERIFY(feed.value(QStringLiteral("folder")).isNull());
    else
        QCOMPARE(feed.value(QStringLiteral("folder")).toString(), folder);
    QCOMPARE(feed.value(QStringLiteral("threads")).toInt(), threads);
    QCOMPARE(feed.value(QStringLiteral("unread")).toInt(), threads);
    QCOMPARE(sandbox.listJson().size(), threads);
}

void TestAddCommand::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrHas");

    const QString notAFeed = DocketSandbox::fixture(QStringLiteral("not_a_feed.html"));
    const QString brokenJson = DocketSandbox::fixture(QStringLiteral("jsonfeed_missing_comma.json"));
    QTest::newRow("web address without a host")
        << QStringList{QStringLiteral("http://")}
        << QStringLiteral("docket add: http:// is not a valid web address");
    QTest::newRow("secure web address with a bad port")
        << QStringList{QStringLiteral("HTTPS://court.example:99999/rss.xml")}
        << QStringLiteral("is not a valid web address");
    QTest::newRow("other scheme") << QStringList{QStringLiteral("ftp://files.example.org/feed.xml")}
                                  << QStringLiteral("cannot read ftp: addresses");
    QTest::newRow("web page") << QStringList{notAFeed} << notAFeed + QStringLiteral(":1:1: Not a feed");
    QTest::newRow("damaged JSON Feed") << QStringList{brokenJson} << brokenJson + QStringLiteral(":5:34: ");
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/feed.xml")}
                                  << QStringLiteral("/nonexistent/feed.xml: no such file");
    QTest::newRow("missing file by URL")
        << QStringList{QStringLiteral("file:///nonexistent/feed.xml")} << QStringLiteral("no such file");
    QTest::newRow("a folder") << QStringList{DocketSandbox::fixture(QString())}
                              << QStringLiteral("is a folder");
    QTest::newRow("standard input") << QStringList{QStringLiteral("-")}
                                    << QStringLiteral("not standard input");
    QTest::newRow("no feed") << QStringList() << QStringLiteral("give one feed");
    QTest::newRow("two feeds") << QStringList{notAFeed, brokenJson} << QStringLiteral("give one feed");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus"), notAFeed}
                                    << QStringLiteral("docket add: Unknown option 'bogus'");
    QTest::newRow("title without value") << QStringList{notAFeed, QStringLiteral("--title")}
                                         << QStringLiteral("Missing value after '--title'");
    QTest::newRow("blank title") << QStringList{notAFeed, QStringLiteral("--title"), QStringLiteral("  ")}
                                 << QStringLiteral("--title needs some text");
    QTest::newRow("blank folder") << QStringList{notAFeed, QStringLiteral("--folder"), QStringLiteral(" / ")}
                                  << QStringLiteral("--folder needs a folder name");
    QTest::newRow("folder too deep") << QStringList{notAFeed, QStringLiteral("--folder"),
                                                    QStringLiteral("a/b/c")}
                                     << QStringLiteral("folders nest one level deep");
}

void TestAddCommand::refusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrHas);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    const DocketOutput added = sandbox.run(QStringList{QStringLiteral("add")} + arguments);
    QVERIFY2(added.exitCode == 2, added.describe());
    QVERIFY2(QString::fromUtf8(added.err).contains(stderrHas), added.describe());
    QCOMPARE(added.err.count('\n'), 1);
    QVERIFY(added.out.isEmpty());
    // Nothing was subscribed, not even a bare feed without threads.
    const DocketOutput feeds = sandbox.run({QStringLiteral("feeds"), QStringLiteral("--json")});
    QVERIFY2(feeds.exitCode == 0, feeds.describe());
    QCOMPARE(feeds.json().array().size(), 0);
}

void TestAddCommand::refusesAFeedAlreadySubscribed()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString fixture = QStringLiteral("juriscraper--opinions-ca10_example.xml");
    const qint64 id = sandbox.addFixture(fixture);
    QVERIFY(id > 0);
    // The same file by another spelling of its path is the same subscription.
    const QString file = DocketSandbox::fixture(QStringLiteral("../cli/") + fixture);
    const DocketOutput again =
        sandbox.run({QStringLiteral("add"), file, QStringLiteral("--title"), QStringLiteral("Second copy")});
    QVERIFY2(again.exitCode == 2, again.describe());
    QVERIFY2(again.err.contains("already subscribed"), again.describe());
    QVERIFY2(again.err.contains("feed " + QByteArray::number(id)), again.describe());
    QCOMPARE(again.err.count('\n'), 1);
    const QJsonArray feeds = sandbox.run({QStringLiteral("feeds"), QStringLiteral("--json")}).json().array();
    QCOMPARE(feeds.size(), 1);
    QCOMPARE(feeds.first().toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Tenth Circuit Daily Decisions"));
    QCOMPARE(feeds.first().toObject().value(QStringLiteral("threads")).toInt(), 4);
}

void TestAddCommand::warnsButSubscribesWhenTheFeedBreaksLate()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString file = DocketSandbox::fixture(QStringLiteral("rss2_broken_before_first_item.xml"));
    const DocketOutput added = sandbox.run({QStringLiteral("add"), file});
    QVERIFY2(added.exitCode == 0, added.describe());
    QCOMPARE(added.out, QByteArray("1\tBroken Bulletin\n"));
    QVERIFY2(added.err.startsWith(file.toUtf8() + ':'), added.describe());
    QVERIFY2(added.err.contains(": warning: "), added.describe());
}

void TestAddCommand::expiresOldThreadsAfterwards()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    const qint64 podcast = sandbox.addFixture(QStringLiteral("juriscraper--oral_args-ca8_example.xml"));
    QVERIFY(podcast > 0);
    QCOMPARE(sandbox.listJson().size(), 29);
    const QJsonObject kept = sandbox.listJson().first().toObject();
    QCOMPARE(
        sandbox.run({QStringLiteral("keep"), QString::number(kept.value(QStringLiteral("id")).toInteger())})
            .exitCode,
        0);

    // Back to the default retention: the next add runs expiry, as a poll does.
    QVERIFY(sandbox.setRetentionDays(21));
    const DocketOutput added =
        sandbox.run({QStringLiteral("add"),
                     DocketSandbox::fixture(QStringLiteral("rss2_undated_item_with_paragraphs.xml"))});
    QVERIFY2(added.exitCode == 0, added.describe());
    const QJsonArray left = sandbox.listJson();
    QCOMPARE(left.size(), 2); // the kept podcast thread and the new undated one
    QCOMPARE(left.at(1).toObject().value(QStringLiteral("id")), kept.value(QStringLiteral("id")));
}

QTEST_GUILESS_MAIN(TestAddCommand)
#include "tst_addcommand.moc"
