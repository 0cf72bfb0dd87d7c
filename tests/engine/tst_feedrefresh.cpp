// FeedRefresh: one fetch applied to a real SQLite cache; what a success, a 304 and every kind of failure
// leave behind.
#include "database.h"
#include "feedrefresh.h"
#include "feedstore.h"
#include "pollfixture.h"
#include "threadstore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

class TestFeedRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void storesAFeedAndItsValidators();
    void notModifiedKeepsEverything_data();
    void notModifiedKeepsEverything();
    void failuresKeepTheThreads_data();
    void failuresKeepTheThreads();
    void failuresBackOff();
    void goneStopsPolling();
    void retryAfterIsHonoured();
    void permanentMoveChangesTheAddress();
    void moveOntoAnotherSubscriptionIsANotice();
    void fillsATitleTheSubscriptionLacked();
    void requestCarriesTheValidators();

private:
    FeedRecord subscribe(const QString &url, const QString &title = QStringLiteral("Court"));
    FeedRecord reload(qint64 id) const;
    qint64 threads() const;
    FeedPollResult apply(const FeedRecord &feed, const FetchResult &fetch);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    PollSchedule m_schedule;
};

namespace {

QDateTime now()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

FetchResult okFetch(const QUrl &url, const QByteArray &body, const QString &etag = QStringLiteral("\"v1\""))
{
    FetchResult fetch;
    fetch.outcome = FetchResult::Outcome::Ok;
    fetch.httpStatus = 200;
    fetch.requestedUrl = url;
    fetch.finalUrl = url;
    fetch.etag = etag;
    fetch.lastModified = QStringLiteral("Sat, 28 Nov 2026 10:00:00 GMT");
    fetch.mediaType = QStringLiteral("application/rss+xml");
    fetch.body = body;
    fetch.bodySha256 =
        QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    fetch.retrievedAt = now();
    return fetch;
}

FetchResult failedFetch(const QUrl &url, int status, const QString &message)
{
    FetchResult fetch;
    fetch.outcome = FetchResult::Outcome::Error;
    fetch.httpStatus = status;
    fetch.requestedUrl = url;
    fetch.finalUrl = url;
    fetch.errorMessage = message;
    fetch.retrievedAt = now();
    return fetch;
}

const QUrl feedUrl(QStringLiteral("https://court.example/feed.xml"));

} // namespace

void TestFeedRefresh::init()
{
    QVERIFY(m_dir.isValid());
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
    auto opened = Database::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_db = std::move(opened).value();
}

FeedRecord TestFeedRefresh::subscribe(const QString &url, const QString &title)
{
    NewFeed feed;
    feed.url = QUrl(url);
    feed.title = title;
    const Result<FeedRecord> added = FeedStore(*m_db).add(feed, now());
    return added ? added.value() : FeedRecord{};
}

FeedRecord TestFeedRefresh::reload(qint64 id) const
{
    const auto feed = FeedStore(*m_db).feed(id);
    return feed && feed.value() ? *feed.value() : FeedRecord{};
}

qint64 TestFeedRefresh::threads() const
{
    return ThreadStore(*m_db).count(ThreadFilter{}).value();
}

FeedPollResult TestFeedRefresh::apply(const FeedRecord &feed, const FetchResult &fetch)
{
    return FeedRefresh::apply(*m_db, feed, fetch, m_schedule);
}

void TestFeedRefresh::storesAFeedAndItsValidators()
{
    const FeedRecord feed = subscribe(feedUrl.toString());
    QVERIFY(feed.id > 0);
    const FetchResult fetch = okFetch(feedUrl, PollFixture::rss(QStringLiteral("Court"), 5));
    const FeedPollResult result = apply(feed, fetch);
    QCOMPARE(result.status, FeedPollResult::Status::Ok);
    QCOMPARE(result.inserted, 5);
    QCOMPARE(threads(), 5);
    const FeedRecord stored = reload(feed.id);
    QCOMPARE(stored.status, FeedStatus::Ok);
    QCOMPARE(stored.etag, QStringLiteral("\"v1\""));
    QCOMPARE(stored.lastModified, fetch.lastModified);
    QCOMPARE(stored.bodySha256, fetch.bodySha256);
    QCOMPARE(stored.lastFetch, fetch.retrievedAt);
    QCOMPARE(stored.failures, 0);
    // Thirty minutes by default, plus at most a tenth for jitter.
    QVERIFY(stored.nextPoll >= fetch.retrievedAt.addSecs(30 * 60));
    QVERIFY(stored.nextPoll <= fetch.retrievedAt.addSecs(33 * 60));
    QCOMPARE(result.nextPoll, stored.nextPoll);

    // The same document again stores nothing new.
    const FeedPollResult again = apply(stored, okFetch(feedUrl, fetch.body, QStringLiteral("\"v2\"")));
    QCOMPARE(again.inserted, 0);
    QCOMPARE(threads(), 5);
    QCOMPARE(reload(feed.id).etag, QStringLiteral("\"v2\""));
}

void TestFeedRefresh::notModifiedKeepsEverything_data()
{
    QTest::addColumn<QString>("etag");
    QTest::addColumn<QString>("expectedEtag");
    QTest::newRow("304 without validators keeps the stored ones") << QString() << QStringLiteral("\"v1\"");
    QTest::newRow("304 with a new etag takes it") << QStringLiteral("\"v9\"") << QStringLiteral("\"v9\"");
}

void TestFeedRefresh::notModifiedKeepsEverything()
{
    QFETCH(QString, etag);
    QFETCH(QString, expectedEtag);
    const FeedRecord feed = subscribe(feedUrl.toString());
    const FetchResult first = okFetch(feedUrl, PollFixture::rss(QStringLiteral("Court"), 3));
    QCOMPARE(apply(feed, first).inserted, 3);
    FetchResult notModified;
    notModified.outcome = FetchResult::Outcome::NotModified;
    notModified.httpStatus = 304;
    notModified.requestedUrl = feedUrl;
    notModified.finalUrl = feedUrl;
    notModified.etag = etag;
    notModified.retrievedAt = now().addSecs(1800);
    const FeedPollResult result = apply(reload(feed.id), notModified);
    QCOMPARE(result.status, FeedPollResult::Status::NotModified);
    QCOMPARE(result.inserted, 0);
    const FeedRecord stored = reload(feed.id);
    QCOMPARE(stored.status, FeedStatus::NotModified);
    QCOMPARE(stored.etag, expectedEtag);
    QCOMPARE(stored.lastModified, first.lastModified);
    QCOMPARE(stored.bodySha256, first.bodySha256);
    QCOMPARE(stored.lastFetch, notModified.retrievedAt);
    QCOMPARE(threads(), 3);
}

void TestFeedRefresh::failuresKeepTheThreads_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // a body that arrived with 200, else empty
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("errorHas");

    QTest::newRow("server error") << 500 << QByteArray() << QString()
                                  << QStringLiteral("The server had a problem (HTTP 500)");
    QTest::newRow("not found") << 404 << QByteArray() << QString() << QStringLiteral("(HTTP 404)");
    QTest::newRow("timeout") << 0 << QByteArray() << QString()
                             << QStringLiteral("did not answer within 20 seconds");
    QTest::newRow("HTML page without feed")
        << 200 << QByteArray("<!DOCTYPE html><html><head><title>Moved</title></head><body>Hi</body></html>")
        << QStringLiteral("text/html") << QStringLiteral("Not a feed: the page is HTML and links to no feed");
    QTest::newRow("HTML page linking to a feed")
        << 200
        << QByteArray("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                      "href=\"/new-feed.xml\"></head></html>")
        << QStringLiteral("text/html")
        << QStringLiteral("it links to the feed https://court.example/new-feed.xml");
    QTest::newRow("plain text") << 200 << QByteArray("Internal error: the database is locked")
                                << QStringLiteral("text/plain") << QStringLiteral("Not a feed: ");
    QTest::newRow("empty body") << 200 << QByteArray() << QStringLiteral("application/rss+xml")
                                << QStringLiteral("Not a feed: ");
}

void TestFeedRefresh::failuresKeepTheThreads()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, contentType);
    QFETCH(QString, errorHas);

    const FeedRecord feed = subscribe(feedUrl.toString());
    const FetchResult good = okFetch(feedUrl, PollFixture::rss(QStringLiteral("Court"), 4));
    QCOMPARE(apply(feed, good).inserted, 4);

    FetchResult bad;
    if (status == 200) {
        bad = okFetch(feedUrl, body, QStringLiteral("\"broken\""));
        bad.mediaType = contentType;
    } else {
        bad = failedFetch(feedUrl, status,
                          status == 0     ? QStringLiteral("The server did not answer within 20 seconds")
                          : status == 500 ? QStringLiteral("The server had a problem (HTTP 500)")
                                          : QStringLiteral("Not found (HTTP 404)"));
    }
    const FeedPollResult result = apply(reload(feed.id), bad);
    QCOMPARE(result.status, FeedPollResult::Status::Error);
    QVERIFY2(result.error.contains(errorHas), qPrintable(result.error));
    const FeedRecord stored = reload(feed.id);
    QCOMPARE(stored.status, FeedStatus::Error);
    QCOMPARE(stored.error, result.error);
    QCOMPARE(stored.failures, 1);
    // The good document stays the reference for the next conditional GET.
    QCOMPARE(stored.etag, good.etag);
    QCOMPARE(stored.bodySha256, good.bodySha256);
    QCOMPARE(threads(), 4);
    QCOMPARE(stored.threads, 4);
}

void TestFeedRefresh::failuresBackOff()
{
    FeedRecord feed = subscribe(feedUrl.toString());
    QCOMPARE(apply(feed, okFetch(feedUrl, PollFixture::rss(QStringLiteral("Court"), 2))).inserted, 2);
    qint64 lastWait = 0;
    for (int attempt = 1; attempt <= 8; ++attempt) {
        const FetchResult bad = failedFetch(feedUrl, 503, QStringLiteral("Service unavailable (HTTP 503)"));
        const FeedPollResult result = apply(reload(feed.id), bad);
        QCOMPARE(result.status, FeedPollResult::Status::Error);
        const FeedRecord stored = reload(feed.id);
        QCOMPARE(stored.failures, attempt);
        const qint64 wait = bad.retrievedAt.secsTo(stored.nextPoll);
        QVERIFY2(wait >= lastWait, qPrintable(QStringLiteral("%1 then %2").arg(lastWait).arg(wait)));
        QVERIFY(wait <= 24 * 3600 * 11 / 10);
        lastWait = wait;
    }
    // Capped at a day (the jitter runs backwards at the cap).
    QVERIFY(lastWait >= 24 * 3600 * 9 / 10);
    QVERIFY(lastWait <= 24 * 3600);
    QCOMPARE(threads(), 2);
    // A success forgets the failures.
    const FeedPollResult back =
        apply(reload(feed.id), okFetch(feedUrl, PollFixture::rss(QStringLiteral("Court"), 3)));
    QCOMPARE(back.status, FeedPollResult::Status::Ok);
    QCOMPARE(reload(feed.id).failures, 0);
    QCOMPARE(threads(), 3);
}

void TestFeedRefresh::goneStopsPolling()
{
    const FeedRecord feed = subscribe(feedUrl.toString());
    QCOMPARE(apply(feed, okFetch(feedUrl, PollFixture::rss(QStringLiteral("Court"), 2))).inserted, 2);
    const FeedPollResult result =
        apply(reload(feed.id),
              failedFetch(feedUrl, 410, QStringLiteral("Gone: the publisher removed this feed (HTTP 410)")));
    QVERIFY(result.stopped);
    const FeedRecord stored = reload(feed.id);
    QVERIFY(stored.stopped);
    QVERIFY(!stored.nextPoll.isValid());
    QCOMPARE(threads(), 2);
    QVERIFY(FeedStore(*m_db).due(now().addDays(400)).value().isEmpty());
    // Turned back on by the user: due at once.
    QVERIFY(FeedStore(*m_db).resume(feed.id, now()).value());
    QCOMPARE(FeedStore(*m_db).due(now()).value().size(), 1);
    QVERIFY(!reload(feed.id).stopped);
}

void TestFeedRefresh::retryAfterIsHonoured()
{
    const FeedRecord feed = subscribe(feedUrl.toString());
    FetchResult busy = failedFetch(feedUrl, 429, QStringLiteral("Too many requests (HTTP 429)"));
    busy.retryAfterSeconds = 6 * 3600;
    apply(feed, busy);
    QVERIFY(reload(feed.id).nextPoll >= busy.retrievedAt.addSecs(6 * 3600));
}

void TestFeedRefresh::permanentMoveChangesTheAddress()
{
    const FeedRecord feed = subscribe(feedUrl.toString());
    const QUrl moved(QStringLiteral("https://news.court.example/rss"));
    FetchResult fetch = okFetch(moved, PollFixture::rss(QStringLiteral("Court"), 1));
    fetch.requestedUrl = feedUrl;
    fetch.movedTo = moved;
    fetch.redirects = 1;
    const FeedPollResult result = apply(feed, fetch);
    QCOMPARE(result.movedTo, moved);
    QCOMPARE(reload(feed.id).url, moved);
    QCOMPARE(threads(), 1);
}

void TestFeedRefresh::moveOntoAnotherSubscriptionIsANotice()
{
    const FeedRecord feed = subscribe(feedUrl.toString());
    const FeedRecord other =
        subscribe(QStringLiteral("https://news.court.example/rss"), QStringLiteral("Other"));
    FetchResult fetch = okFetch(other.url, PollFixture::rss(QStringLiteral("Court"), 1));
    fetch.requestedUrl = feedUrl;
    fetch.movedTo = other.url;
    const FeedPollResult result = apply(feed, fetch);
    QCOMPARE(result.status, FeedPollResult::Status::Ok);
    QVERIFY(result.movedTo.isEmpty());
    QVERIFY2(result.notice.contains(QStringLiteral("already has the address")), qPrintable(result.notice));
    QCOMPARE(reload(feed.id).url, feedUrl);
    QCOMPARE(threads(), 1);
}

void TestFeedRefresh::fillsATitleTheSubscriptionLacked()
{
    const FeedRecord feed = subscribe(feedUrl.toString(), QString());
    QCOMPARE(feed.title, QString());
    const FeedPollResult result =
        apply(feed, okFetch(feedUrl, PollFixture::rss(QStringLiteral("Ninth Circuit"), 1)));
    QCOMPARE(result.title, QStringLiteral("Ninth Circuit"));
    QCOMPARE(reload(feed.id).title, QStringLiteral("Ninth Circuit"));
    QCOMPARE(reload(feed.id).site, QUrl(QStringLiteral("https://court.example/")));
}

void TestFeedRefresh::requestCarriesTheValidators()
{
    const FeedRecord feed = subscribe(feedUrl.toString());
    const FetchResult fetch = okFetch(feedUrl, PollFixture::rss(QStringLiteral("Court"), 1));
    apply(feed, fetch);
    FetchLimits limits;
    limits.maxRedirects = 2;
    const FetchRequest request = FeedRefresh::request(reload(feed.id), limits);
    QCOMPARE(request.url, feedUrl);
    QCOMPARE(request.etag, fetch.etag);
    QCOMPARE(request.lastModified, fetch.lastModified);
    QCOMPARE(request.lastBodySha256, fetch.bodySha256);
    QCOMPARE(request.limits, limits);
}

QTEST_GUILESS_MAIN(TestFeedRefresh)
#include "tst_feedrefresh.moc"
