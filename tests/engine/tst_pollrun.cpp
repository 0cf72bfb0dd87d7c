// PollRun against loopback HTTP servers the test starts: conditional GET, failures that keep what was
// stored, politeness limits, feed files, and expiry after a poll.
#include "database.h"
#include "feedstore.h"
#include "pollfixture.h"
#include "pollrun.h"
#include "settingsstore.h"
#include "testhttpserver.h"
#include "threadstore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(TestHttpResponse)

class TestPollRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void conditionalGetRoundTrip();
    void sameBodyWithoutValidatorsIsNotParsed();
    void goodThreadsSurviveLaterFailures_data();
    void goodThreadsSurviveLaterFailures();
    void staysWithinTheConcurrencyLimits();
    void pollsFeedFilesToo();
    void expiresAfterThePoll();
    void emptyPollFinishes();
    void cancelReportsWhatWasDone();

private:
    FeedRecord subscribe(const QUrl &url, const QString &title = QStringLiteral("Court"));
    FeedRecord reload(qint64 id) const;
    QList<FeedRecord> allFeeds() const;
    qint64 threads() const;
    // Polls the feeds and waits, bounded, for the run to finish.
    std::optional<PollSummary> poll(const QList<FeedRecord> &feeds, QList<FeedPollResult> *results = nullptr,
                                    int overall = 6, int perHost = 2);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager m_manager;
};

namespace {

QDateTime now()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

FetchLimits shortLimits()
{
    FetchLimits limits;
    limits.connectTimeout = std::chrono::milliseconds(3000);
    limits.inactivityTimeout = std::chrono::milliseconds(1500);
    limits.totalTimeout = std::chrono::milliseconds(5000);
    return limits;
}

} // namespace

void TestPollRun::init()
{
    QVERIFY(m_dir.isValid());
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
    auto opened = Database::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(opened);
    m_db = std::move(opened).value();
}

FeedRecord TestPollRun::subscribe(const QUrl &url, const QString &title)
{
    NewFeed feed;
    feed.url = url;
    feed.title = title;
    const Result<FeedRecord> added = FeedStore(*m_db).add(feed, now());
    return added ? added.value() : FeedRecord{};
}

FeedRecord TestPollRun::reload(qint64 id) const
{
    const auto feed = FeedStore(*m_db).feed(id);
    return feed && feed.value() ? *feed.value() : FeedRecord{};
}

QList<FeedRecord> TestPollRun::allFeeds() const
{
    return FeedStore(*m_db).list().value();
}

qint64 TestPollRun::threads() const
{
    return ThreadStore(*m_db).count(ThreadFilter{}).value();
}

std::optional<PollSummary> TestPollRun::poll(const QList<FeedRecord> &feeds, QList<FeedPollResult> *results,
                                             int overall, int perHost)
{
    PollRun run(*m_db, &m_manager);
    run.setLimits(shortLimits());
    run.setConcurrency(overall, perHost);
    QSignalSpy finished(&run, &PollRun::finished);
    QSignalSpy polled(&run, &PollRun::feedPolled);
    QSignalSpy progress(&run, &PollRun::progress);
    run.start(feeds);
    if (!finished.isEmpty())
        return std::nullopt; // never from inside start()
    QElapsedTimer timer;
    timer.start();
    while (finished.isEmpty() && timer.elapsed() < 30000)
        finished.wait(50);
    if (finished.size() != 1 || polled.size() != feeds.size() || progress.size() != feeds.size())
        return std::nullopt;
    if (results) {
        results->clear();
        for (const QList<QVariant> &arguments : std::as_const(polled))
            results->append(arguments.first().value<FeedPollResult>());
    }
    if (!feeds.isEmpty() && progress.last().at(0).toInt() != feeds.size())
        return std::nullopt;
    return finished.first().first().value<PollSummary>();
}

void TestPollRun::conditionalGetRoundTrip()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    const QByteArray body = PollFixture::rss(QStringLiteral("Ninth Circuit"), 6);
    server.route("/feed.xml", [body](const TestHttpRequest &request) {
        if (request.header("If-None-Match") == "\"abc\"")
            return TestHttpResponse::withStatus(304);
        return TestHttpResponse::ok(body)
            .header("ETag", "\"abc\"")
            .header("Last-Modified", "Sat, 28 Nov 2026 10:00:00 GMT");
    });
    const FeedRecord feed = subscribe(server.url(QStringLiteral("/feed.xml")));
    QList<FeedPollResult> results;
    auto first = poll({feed}, &results);
    QVERIFY(first);
    QCOMPARE(first->ok, 1);
    QCOMPARE(first->inserted, 6);
    QCOMPARE(results.first().status, FeedPollResult::Status::Ok);
    QCOMPARE(reload(feed.id).etag, QStringLiteral("\"abc\""));
    QVERIFY(!server.requests("/feed.xml").first().hasHeader("If-None-Match"));

    // The second poll sends the validators back and the 304 costs nothing.
    auto second = poll({reload(feed.id)}, &results);
    QVERIFY(second);
    QCOMPARE(second->notModified, 1);
    QCOMPARE(second->inserted, 0);
    const TestHttpRequest sent = server.requests("/feed.xml").last();
    QCOMPARE(sent.header("If-None-Match"), QByteArray("\"abc\""));
    QCOMPARE(sent.header("If-Modified-Since"), QByteArray("Sat, 28 Nov 2026 10:00:00 GMT"));
    QCOMPARE(reload(feed.id).status, FeedStatus::NotModified);
    QCOMPARE(threads(), 6);
}

void TestPollRun::sameBodyWithoutValidatorsIsNotParsed()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/feed.xml", TestHttpResponse::ok(PollFixture::rss(QStringLiteral("Court"), 3)));
    const FeedRecord feed = subscribe(server.url(QStringLiteral("/feed.xml")));
    QVERIFY(poll({feed}));
    QCOMPARE(threads(), 3);
    // The server sends no validators; the same bytes again are recognised by
    // their hash and count as not modified.
    const QString hash = reload(feed.id).bodySha256;
    QVERIFY(!hash.isEmpty());
    auto again = poll({reload(feed.id)});
    QVERIFY(again);
    QCOMPARE(again->notModified, 1);
    QCOMPARE(reload(feed.id).bodySha256, hash);
}

void TestPollRun::goodThreadsSurviveLaterFailures_data()
{
    QTest::addColumn<TestHttpResponse>("failure");
    QTest::addColumn<QString>("errorHas");

    QTest::newRow("500") << TestHttpResponse::withStatus(500) << QStringLiteral("HTTP 500");
    QTest::newRow("404") << TestHttpResponse::withStatus(404) << QStringLiteral("HTTP 404");
    QTest::newRow("410 stops polling") << TestHttpResponse::withStatus(410) << QStringLiteral("410");
    QTest::newRow("503 with Retry-After")
        << TestHttpResponse::withStatus(503).header("Retry-After", "7200") << QStringLiteral("503");
    QTest::newRow("429") << TestHttpResponse::withStatus(429) << QStringLiteral("429");
    TestHttpResponse silent;
    silent.behaviour = TestHttpResponse::Behaviour::Silent;
    QTest::newRow("silent server") << silent << QStringLiteral("did not answer");
    TestHttpResponse reset = TestHttpResponse::ok(PollFixture::rss(QStringLiteral("Court"), 40));
    reset.behaviour = TestHttpResponse::Behaviour::ResetMidBody;
    QTest::newRow("reset mid-body") << reset << QString();
    QTest::newRow("HTML instead of the feed")
        << TestHttpResponse::ok("<!doctype html><html><body>Maintenance</body></html>", "text/html")
        << QStringLiteral("Not a feed: the page is HTML and links to no feed");
    QTest::newRow("truncated XML") << TestHttpResponse::ok(
                                          "<?xml version=\"1.0\"?><rss version=\"2.0\"><chan")
                                   << QStringLiteral("Not a feed");
}

void TestPollRun::goodThreadsSurviveLaterFailures()
{
    QFETCH(TestHttpResponse, failure);
    QFETCH(QString, errorHas);

    TestHttpServer server;
    QVERIFY(server.listen());
    bool failing = false;
    const QByteArray good = PollFixture::rss(QStringLiteral("Court"), 5);
    server.route("/feed.xml", [&failing, good, failure](const TestHttpRequest &) {
        return failing ? failure : TestHttpResponse::ok(good).header("ETag", "\"good\"");
    });
    const FeedRecord feed = subscribe(server.url(QStringLiteral("/feed.xml")));
    QVERIFY(poll({feed}));
    QCOMPARE(threads(), 5);
    QVERIFY(ThreadStore(*m_db).setRead({1, 2}, true));

    failing = true;
    QList<FeedPollResult> results;
    auto failed = poll({reload(feed.id)}, &results);
    QVERIFY(failed);
    QCOMPARE(failed->failed, 1);
    QVERIFY2(results.first().error.contains(errorHas), qPrintable(results.first().error));
    const FeedRecord stored = reload(feed.id);
    QCOMPARE(stored.status, FeedStatus::Error);
    QCOMPARE(stored.failures, 1);
    QCOMPARE(stored.etag, QStringLiteral("\"good\""));
    QCOMPARE(threads(), 5);
    QCOMPARE(stored.unread, 3);
    if (server.requests("/feed.xml").last().hasHeader("If-None-Match")) // every later poll is conditional
        QCOMPARE(server.requests("/feed.xml").last().header("If-None-Match"), QByteArray("\"good\""));
}

void TestPollRun::staysWithinTheConcurrencyLimits()
{
    TestHttpServer server;
    const QList<QHostAddress> hosts{
        QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("127.0.0.2")),
        QHostAddress(QStringLiteral("127.0.0.3")), QHostAddress(QStringLiteral("127.0.0.4"))};
    for (const QHostAddress &host : hosts)
        QVERIFY(server.listen(host));
    QList<FeedRecord> feeds;
    for (int n = 0; n < 24; ++n) {
        const QByteArray path = "/feed" + QByteArray::number(n) + ".xml";
        TestHttpResponse response = TestHttpResponse::ok(
            PollFixture::rss(QStringLiteral("Feed %1").arg(n), 2, QStringLiteral("f%1").arg(n)));
        response.delayMs = 100;
        server.route(path, response);
        feeds.append(
            subscribe(server.url(QString::fromLatin1(path), n % 4), QStringLiteral("Feed %1").arg(n)));
    }
    auto summary = poll(feeds, nullptr, 6, 2);
    QVERIFY(summary);
    QCOMPARE(summary->ok, 24);
    QCOMPARE(summary->inserted, 48);
    QVERIFY2(server.maxActive() <= 6, QByteArray::number(server.maxActive()));
    QVERIFY(server.maxActive() >= 4); // it did run several at once
    for (const QHostAddress &host : hosts)
        QVERIFY2(server.maxActive(host) <= 2, qPrintable(host.toString()));
}

void TestPollRun::pollsFeedFilesToo()
{
    const QString path = m_dir.filePath(QStringLiteral("court-feed.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(PollFixture::rss(QStringLiteral("Clerk's office"), 2));
    file.close();
    const FeedRecord feed = subscribe(QUrl::fromLocalFile(path));
    auto first = poll({feed});
    QVERIFY(first);
    QCOMPARE(first->inserted, 2);
    auto unchanged = poll({reload(feed.id)});
    QVERIFY(unchanged);
    QCOMPARE(unchanged->notModified, 1);
    QVERIFY(QFile::remove(path));
    QList<FeedPollResult> results;
    auto missing = poll({reload(feed.id)}, &results);
    QVERIFY(missing);
    QCOMPARE(missing->failed, 1);
    QVERIFY2(results.first().error.contains(QStringLiteral("could not read the feed file")),
             qPrintable(results.first().error));
    QCOMPARE(threads(), 2);
}

void TestPollRun::expiresAfterThePoll()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/feed.xml", TestHttpResponse::ok(PollFixture::rss(QStringLiteral("Court"), 3)));
    const FeedRecord feed = subscribe(server.url(QStringLiteral("/feed.xml")));
    QVERIFY(poll({feed}));
    QCOMPARE(threads(), 3);
    // Age every thread past the 21-day rule; the next poll deletes them
    // (and the tombstones keep them from coming back).
    QSqlQuery age(m_db->connection());
    QVERIFY(age.exec(QStringLiteral("UPDATE threads SET sort_time = sort_time - 30 * 86400, "
                                    "published = published - 30 * 86400")));
    server.route("/feed.xml",
                 TestHttpResponse::ok(PollFixture::rss(QStringLiteral("Court"), 3, QStringLiteral("new"),
                                                       QStringLiteral("New ruling"))));
    auto summary = poll({reload(feed.id)});
    QVERIFY(summary);
    QCOMPARE(summary->inserted, 3);
    QCOMPARE(summary->expired, 3);
    QCOMPARE(threads(), 3);
}

void TestPollRun::emptyPollFinishes()
{
    auto summary = poll({});
    QVERIFY(summary);
    QCOMPARE(summary->feeds, 0);
}

void TestPollRun::cancelReportsWhatWasDone()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    TestHttpResponse slow = TestHttpResponse::ok(PollFixture::rss(QStringLiteral("Court"), 1));
    slow.delayMs = 3000;
    server.route("/slow.xml", slow);
    const FeedRecord feed = subscribe(server.url(QStringLiteral("/slow.xml")));
    PollRun run(*m_db, &m_manager);
    QSignalSpy finished(&run, &PollRun::finished);
    run.start({feed});
    QTest::qWait(200);
    run.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<PollSummary>().feeds, 0);
    QVERIFY(!run.isRunning());
    QCOMPARE(threads(), 0);
}

QTEST_GUILESS_MAIN(TestPollRun)
#include "tst_pollrun.moc"
