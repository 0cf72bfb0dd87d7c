// `docket poll` and `docket add` over HTTP, run as a user's script runs them, against loopback servers.
#include "docketsandbox.h"
#include "testhttpserver.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

class TestPollCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsAFeedFromTheWeb();
    void addResolvesAPageAndNamesTheOthers();
    void addRefusesAPageWithoutFeeds();
    void pollsEveryFeedAndSummarises();
    void pollsOnlyWhatIsDue();
    void goneShowsInFeedsAndStopsPolling();
    void refusesBadUsage_data();
    void refusesBadUsage();
};

namespace {

QByteArray rss(const QString &title, int count, const QString &prefix = QStringLiteral("item"))
{
    QByteArray xml = "<rss version=\"2.0\"><channel><title>" + title.toUtf8() + "</title>";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int n = 0; n < count; ++n) {
        const QString date = QLocale::c().toString(now.addSecs(-3600 * (n + 1)),
                                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"));
        xml += "<item><title>" + title.toUtf8() + ' ' + QByteArray::number(n) + "</title><guid>" +
               prefix.toUtf8() + QByteArray::number(n) + "</guid><pubDate>" + date.toUtf8() +
               "</pubDate><description>" + prefix.toUtf8() + " text " + QByteArray::number(n) +
               "</description></item>";
    }
    return xml + "</channel></rss>";
}

QJsonObject feedJson(const DocketSandbox &sandbox, qint64 id)
{
    const QJsonArray feeds = sandbox.run({QStringLiteral("feeds"), QStringLiteral("--json")}).json().array();
    for (const QJsonValue &feed : feeds)
        if (feed.toObject().value(QStringLiteral("id")).toInteger() == id)
            return feed.toObject();
    return {};
}

} // namespace

void TestPollCommand::addsAFeedFromTheWeb()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/scotus.xml",
                 TestHttpResponse::ok(rss(QStringLiteral("Supreme Court"), 3)).header("ETag", "\"s1\""));
    DocketSandbox sandbox;
    const DocketOutput added =
        sandbox.runServing({QStringLiteral("add"), server.url(QStringLiteral("/scotus.xml")).toString(),
                            QStringLiteral("--folder"), QStringLiteral("Courts")});
    QVERIFY2(added.exitCode == 0, added.describe());
    QCOMPARE(added.out, QByteArray("1\tSupreme Court\n"));
    QVERIFY2(added.err.contains("3 threads stored"), added.describe());
    const QJsonObject feed = feedJson(sandbox, 1);
    QCOMPARE(feed.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(feed.value(QStringLiteral("threads")).toInt(), 3);
    QCOMPARE(feed.value(QStringLiteral("folder")).toString(), QStringLiteral("Courts"));
    // The first fetch's validators go out with the first poll.
    const DocketOutput polled = sandbox.runServing({QStringLiteral("poll"), QStringLiteral("--all")});
    QVERIFY2(polled.exitCode == 0, polled.describe());
    QCOMPARE(server.requests("/scotus.xml").last().header("If-None-Match"), QByteArray("\"s1\""));
}

void TestPollCommand::addResolvesAPageAndNamesTheOthers()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route(
        "/", TestHttpResponse::ok("<html><head>"
                                  "<link rel=alternate type=application/rss+xml href=/news.xml title=News>"
                                  "<link rel=alternate type=application/feed+json href=/news.json "
                                  "title=\"News (JSON)\"></head></html>",
                                  "text/html"));
    server.route("/news.xml", TestHttpResponse::ok(rss(QStringLiteral("Court News"), 2)));
    DocketSandbox sandbox;
    const DocketOutput added =
        sandbox.runServing({QStringLiteral("add"), server.url(QStringLiteral("/")).toString()});
    QVERIFY2(added.exitCode == 0, added.describe());
    QCOMPARE(added.out, QByteArray("1\tCourt News\n"));
    QVERIFY2(added.err.contains("the page also links to " +
                                server.url(QStringLiteral("/news.json")).toEncoded() + " (News (JSON))"),
             added.describe());
    QCOMPARE(feedJson(sandbox, 1).value(QStringLiteral("url")).toString(),
             server.url(QStringLiteral("/news.xml")).toString());
}

void TestPollCommand::addRefusesAPageWithoutFeeds()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/", TestHttpResponse::ok("<html><head><title>Firm</title></head></html>", "text/html"));
    DocketSandbox sandbox;
    const DocketOutput added =
        sandbox.runServing({QStringLiteral("add"), server.url(QStringLiteral("/")).toString()});
    QVERIFY2(added.exitCode == 1, added.describe());
    QVERIFY2(added.err.contains("Not a feed: the page is HTML and links to no feed"), added.describe());
    QCOMPARE(added.err.count('\n'), 1);
    QVERIFY(added.out.isEmpty());
    QCOMPARE(sandbox.run({QStringLiteral("feeds"), QStringLiteral("--json")}).json().array().size(), 0);
}

void TestPollCommand::pollsEveryFeedAndSummarises()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/a.xml", TestHttpResponse::ok(rss(QStringLiteral("Alpha"), 2, QStringLiteral("a"))));
    server.route("/b.xml", TestHttpResponse::ok(rss(QStringLiteral("Beta"), 3, QStringLiteral("b"))));
    DocketSandbox sandbox;
    for (const char *path : {"/a.xml", "/b.xml"}) {
        const DocketOutput added =
            sandbox.runServing({QStringLiteral("add"), server.url(QString::fromLatin1(path)).toString()});
        QVERIFY2(added.exitCode == 0, added.describe());
    }
    // Alpha publishes two more; Beta breaks.
    server.route("/a.xml", TestHttpResponse::ok(rss(QStringLiteral("Alpha"), 4, QStringLiteral("a"))));
    server.route("/b.xml", TestHttpResponse::withStatus(500));
    const DocketOutput polled = sandbox.runServing({QStringLiteral("poll"), QStringLiteral("--all")});
    QVERIFY2(polled.exitCode == 1, polled.describe());
    const QList<QByteArray> lines = polled.lines();
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.contains("1\tok\tAlpha\t2 new"), polled.describe());
    const QByteArray beta = lines.at(lines.at(0).startsWith("2\t") ? 0 : 1);
    QVERIFY2(beta.startsWith("2\terror\tBeta\t") && beta.contains("HTTP 500"), polled.describe());
    QCOMPARE(lines.last(),
             QByteArray("polled 2 feeds: 1 ok, 0 not modified, 1 failed; 2 new threads, 0 revised; "
                        "0 expired"));
    // Beta's threads are still there; its failure is on record.
    const QJsonObject feed = feedJson(sandbox, 2);
    QCOMPARE(feed.value(QStringLiteral("threads")).toInt(), 3);
    QCOMPARE(feed.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QVERIFY(feed.value(QStringLiteral("error")).toString().contains(QStringLiteral("HTTP 500")));
    QVERIFY(!feed.value(QStringLiteral("next_poll")).isNull());

    // --feed polls just that one.
    const DocketOutput one =
        sandbox.runServing({QStringLiteral("poll"), QStringLiteral("--feed"), QStringLiteral("1")});
    QVERIFY2(one.exitCode == 0, one.describe());
    QCOMPARE(one.lines().size(), 2);
    QVERIFY2(one.lines().first().startsWith("1\tnot modified\tAlpha\t"), one.describe());
}

void TestPollCommand::pollsOnlyWhatIsDue()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/a.xml", TestHttpResponse::ok(rss(QStringLiteral("Alpha"), 1)));
    DocketSandbox sandbox;
    QCOMPARE(
        sandbox.runServing({QStringLiteral("add"), server.url(QStringLiteral("/a.xml")).toString()}).exitCode,
        0);
    // Just added: the next poll is half an hour away, so nothing is due.
    const DocketOutput polled = sandbox.runServing({QStringLiteral("poll")});
    QVERIFY2(polled.exitCode == 0, polled.describe());
    QCOMPARE(polled.lines(),
             QList<QByteArray>{
                 "polled 0 feeds: 0 ok, 0 not modified, 0 failed; 0 new threads, 0 revised; 0 expired"});
    QCOMPARE(server.hits("/a.xml"), 1);
}

void TestPollCommand::goneShowsInFeedsAndStopsPolling()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/a.xml", TestHttpResponse::ok(rss(QStringLiteral("Alpha"), 2)));
    DocketSandbox sandbox;
    QCOMPARE(
        sandbox.runServing({QStringLiteral("add"), server.url(QStringLiteral("/a.xml")).toString()}).exitCode,
        0);
    server.route("/a.xml", TestHttpResponse::withStatus(410));
    const DocketOutput gone = sandbox.runServing({QStringLiteral("poll"), QStringLiteral("--all")});
    QVERIFY2(gone.exitCode == 1, gone.describe());
    QVERIFY2(gone.out.contains("polling stopped until you turn it back on"), gone.describe());
    const QJsonObject feed = feedJson(sandbox, 1);
    QVERIFY(feed.value(QStringLiteral("next_poll")).isNull());
    QCOMPARE(feed.value(QStringLiteral("threads")).toInt(), 2);
    // --all leaves a stopped feed alone.
    const DocketOutput again = sandbox.runServing({QStringLiteral("poll"), QStringLiteral("--all")});
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(server.hits("/a.xml"), 2);
}

void TestPollCommand::refusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stderrHas");
    QTest::newRow("both") << QStringList{QStringLiteral("--all"), QStringLiteral("--feed"),
                                         QStringLiteral("1")}
                          << QByteArray("give --all or --feed ID, not both");
    QTest::newRow("bad id") << QStringList{QStringLiteral("--feed"), QStringLiteral("x1")}
                            << QByteArray("--feed needs a feed id");
    QTest::newRow("unknown feed") << QStringList{QStringLiteral("--feed"), QStringLiteral("99")}
                                  << QByteArray("there is no feed 99");
    QTest::newRow("argument") << QStringList{QStringLiteral("now")} << QByteArray("takes no arguments");
    QTest::newRow("bad limit") << QStringList{QStringLiteral("--connect-timeout"), QStringLiteral("0")}
                               << QByteArray("--connect-timeout takes a whole number from 1 to 3600");
}

void TestPollCommand::refusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stderrHas);
    DocketSandbox sandbox;
    const DocketOutput polled = sandbox.run(QStringList{QStringLiteral("poll")} + arguments);
    QVERIFY2(polled.exitCode == 2, polled.describe());
    QVERIFY2(polled.err.contains("docket poll: " + stderrHas), polled.describe());
    QVERIFY(polled.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestPollCommand)
#include "tst_pollcommand.moc"
