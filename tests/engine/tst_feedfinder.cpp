// FeedFinder: what `add` and the add-feed dialog get for an address, against a loopback server: a feed,
// a page linking to feeds, a page linking to none, a failure.
#include "feedfinder.h"
#include "pollfixture.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestFeedFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheFeedAtItsAddress();
    void findsTheFeedAPageLinksTo();
    void reportsFailures_data();
    void reportsFailures();
    void followsAPermanentMove();

private:
    // Runs a search and waits, bounded, for its one report.
    struct Outcome
    {
        std::optional<FoundFeed> found;
        QString error;
        int reports = 0;
    };
    Outcome find(const QUrl &url);

    QNetworkAccessManager m_manager;
};

TestFeedFinder::Outcome TestFeedFinder::find(const QUrl &url)
{
    FeedFinder finder(&m_manager);
    QSignalSpy found(&finder, &FeedFinder::found);
    QSignalSpy failed(&finder, &FeedFinder::failed);
    FetchLimits limits;
    limits.inactivityTimeout = std::chrono::milliseconds(1500);
    finder.find(url, limits);
    Outcome outcome;
    if (!found.isEmpty() || !failed.isEmpty())
        return outcome; // never from inside find()
    QElapsedTimer timer;
    timer.start();
    while (found.isEmpty() && failed.isEmpty() && timer.elapsed() < 20000)
        QTest::qWait(20);
    QTest::qWait(50); // a second report would arrive now
    outcome.reports = int(found.size() + failed.size());
    if (!found.isEmpty())
        outcome.found = found.first().first().value<FoundFeed>();
    if (!failed.isEmpty())
        outcome.error = failed.first().first().toString();
    return outcome;
}

void TestFeedFinder::findsTheFeedAtItsAddress()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/rss", TestHttpResponse::ok(PollFixture::rss(QStringLiteral("Supreme Court"), 4))
                             .header("ETag", "\"first\""));
    const Outcome outcome = find(server.url(QStringLiteral("/rss")));
    QCOMPARE(outcome.reports, 1);
    QVERIFY(outcome.found);
    QCOMPARE(outcome.found->url, server.url(QStringLiteral("/rss")));
    QCOMPARE(outcome.found->feed.title, QStringLiteral("Supreme Court"));
    QCOMPARE(outcome.found->feed.items.size(), 4);
    QCOMPARE(outcome.found->fetch.etag, QStringLiteral("\"first\""));
    QVERIFY(!outcome.found->fetch.bodySha256.isEmpty());
    QVERIFY(outcome.found->others.isEmpty());
}

void TestFeedFinder::findsTheFeedAPageLinksTo()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/", TestHttpResponse::ok("<!doctype html><html><head><title>Court news</title>"
                                           "<link rel=\"alternate\" type=\"application/rss+xml\" "
                                           "title=\"Opinions\" href=\"/opinions.xml\">"
                                           "<link rel=\"alternate\" type=\"application/atom+xml\" "
                                           "title=\"Orders\" href=\"/orders.atom\">"
                                           "</head><body>News</body></html>",
                                           "text/html; charset=utf-8"));
    server.route("/opinions.xml", TestHttpResponse::ok(PollFixture::rss(QStringLiteral("Opinions"), 2)));
    const Outcome outcome = find(server.url(QStringLiteral("/")));
    QCOMPARE(outcome.reports, 1);
    QVERIFY2(outcome.found, qPrintable(outcome.error));
    QCOMPARE(outcome.found->url, server.url(QStringLiteral("/opinions.xml")));
    QCOMPARE(outcome.found->feed.title, QStringLiteral("Opinions"));
    QCOMPARE(outcome.found->others.size(), 1);
    QCOMPARE(outcome.found->others.first().url, server.url(QStringLiteral("/orders.atom")));
    QCOMPARE(outcome.found->others.first().title, QStringLiteral("Orders"));
    QCOMPARE(server.hits("/orders.atom"), 0); // only the first is fetched
}

void TestFeedFinder::reportsFailures_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("errorHas");
    QTest::newRow("page without feeds")
        << QByteArray("/plain.html") << QStringLiteral("Not a feed: the page is HTML and links to no feed");
    QTest::newRow("missing page") << QByteArray("/missing") << QStringLiteral("HTTP 404");
    QTest::newRow("page linking to a missing feed")
        << QByteArray("/broken-link.html") << QStringLiteral("The page links to the feed");
    QTest::newRow("neither feed nor page") << QByteArray("/data.bin") << QStringLiteral("Not a feed: ");
}

void TestFeedFinder::reportsFailures()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, errorHas);
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/plain.html",
                 TestHttpResponse::ok("<html><head><title>Hi</title></head></html>", "text/html"));
    server.route("/broken-link.html",
                 TestHttpResponse::ok("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                                      "href=\"/gone.xml\"></head></html>",
                                      "text/html"));
    server.route("/data.bin", TestHttpResponse::ok(QByteArray(2000, '\x01'), "application/octet-stream"));
    const Outcome outcome = find(server.url(QString::fromLatin1(path)));
    QCOMPARE(outcome.reports, 1);
    QVERIFY(!outcome.found);
    QVERIFY2(outcome.error.contains(errorHas), qPrintable(outcome.error));
}

void TestFeedFinder::followsAPermanentMove()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/old.xml",
                 TestHttpResponse::redirect(301, server.url(QStringLiteral("/new.xml")).toEncoded()));
    server.route("/new.xml", TestHttpResponse::ok(PollFixture::rss(QStringLiteral("Moved"), 1)));
    const Outcome outcome = find(server.url(QStringLiteral("/old.xml")));
    QVERIFY2(outcome.found, qPrintable(outcome.error));
    QCOMPARE(outcome.found->url, server.url(QStringLiteral("/new.xml")));
}

QTEST_GUILESS_MAIN(TestFeedFinder)
#include "tst_feedfinder.moc"
