// Fetching feeds from a real HTTP server on 127.0.0.1: what Docket sends, and
// how each kind of answer (validators, statuses, redirects, encodings) ends.
#include "feedfetcher.h"
#include "testhttpencoding.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestFeedFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsUserAgentAndAccept();
    void conditionalGetRoundTrip_data();
    void conditionalGetRoundTrip();
    void sameBodyHashIsNotModified();
    void unsafeValidatorsAreNotSent();
    void encodedBodies_data();
    void encodedBodies();
    void charsetHandedThrough_data();
    void charsetHandedThrough();
    void statuses_data();
    void statuses();
    void redirects_data();
    void redirects();
    void onlyHttpIsFetched_data();
    void onlyHttpIsFetched();
    void credentialsNeverShown_data();
    void credentialsNeverShown();
};

namespace {

const QByteArray feedBody =
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Rulings</title></channel></rss>";

FetchResult fetch(QNetworkAccessManager &manager, const FetchRequest &request, int boundMs = 10000)
{
    FeedFetcher fetcher(&manager);
    QSignalSpy spy(&fetcher, &FeedFetcher::finished);
    fetcher.start(request);
    if (!spy.isEmpty()) // must never be reported from inside start()
        return {};
    if (!spy.wait(boundMs) || spy.size() != 1) {
        FetchResult none;
        none.errorMessage = QStringLiteral("(test) no result within the bound");
        return none;
    }
    return spy.first().first().value<FetchResult>();
}

FetchRequest requestFor(const QUrl &url)
{
    FetchRequest request;
    request.url = url;
    request.limits.connectTimeout = std::chrono::milliseconds(3000);
    request.limits.inactivityTimeout = std::chrono::milliseconds(3000);
    request.limits.totalTimeout = std::chrono::milliseconds(8000);
    return request;
}

// An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") seconds from now.
QByteArray httpDate(qint64 secondsFromNow)
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc().addSecs(secondsFromNow),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

void TestFeedFetcher::sendsUserAgentAndAccept()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/feed.xml", TestHttpResponse::ok(feedBody));
    QNetworkAccessManager manager;

    const FetchResult result = fetch(manager, requestFor(server.url(QStringLiteral("/feed.xml"))));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.body, feedBody);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.mediaType, QStringLiteral("application/rss+xml"));
    QVERIFY(result.retrievedAt.isValid());
    QVERIFY(qAbs(result.retrievedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    QCOMPARE(server.hits("/feed.xml"), 1);
    const TestHttpRequest sent = server.requests().first();
    QCOMPARE(sent.method, QByteArray("GET"));
    QCOMPARE(sent.header("User-Agent"), QByteArray("Docket/" DOCKET_VERSION));
    QVERIFY(
        sent.header("Accept").startsWith("application/rss+xml, application/atom+xml, application/feed+json"));
    QVERIFY(sent.header("Accept-Encoding").contains("gzip"));
    QVERIFY(!sent.hasHeader("If-None-Match"));
    QVERIFY(!sent.hasHeader("If-Modified-Since"));
}

void TestFeedFetcher::conditionalGetRoundTrip_data()
{
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<QByteArray>("lastModified");

    QTest::newRow("etag only") << QByteArray("\"v1-abc\"") << QByteArray();
    QTest::newRow("weak etag") << QByteArray("W/\"v1\"") << QByteArray();
    QTest::newRow("last-modified only") << QByteArray() << QByteArray("Tue, 24 Nov 2026 08:00:00 GMT");
    QTest::newRow("both") << QByteArray("\"v1\"") << QByteArray("Tue, 24 Nov 2026 08:00:00 GMT");
}

void TestFeedFetcher::conditionalGetRoundTrip()
{
    QFETCH(QByteArray, etag);
    QFETCH(QByteArray, lastModified);

    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/feed.xml", [&](const TestHttpRequest &request) {
        const bool etagMatches = !etag.isEmpty() && request.header("If-None-Match") == etag;
        const bool dateMatches =
            !lastModified.isEmpty() && request.header("If-Modified-Since") == lastModified;
        if (etagMatches || dateMatches)
            return TestHttpResponse::withStatus(304);
        TestHttpResponse response = TestHttpResponse::ok(feedBody);
        if (!etag.isEmpty())
            response.header("ETag", etag);
        if (!lastModified.isEmpty())
            response.header("Last-Modified", lastModified);
        return response;
    });
    QNetworkAccessManager manager;

    FetchRequest request = requestFor(server.url(QStringLiteral("/feed.xml")));
    const FetchResult first = fetch(manager, request);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage));
    QCOMPARE(first.etag.toLatin1(), etag);
    QCOMPARE(first.lastModified.toLatin1(), lastModified);

    request.etag = first.etag;
    request.lastModified = first.lastModified;
    const FetchResult second = fetch(manager, request);
    QVERIFY2(second.notModified(), qPrintable(second.errorMessage));
    QCOMPARE(second.httpStatus, 304);
    QVERIFY(second.body.isEmpty());

    QCOMPARE(server.hits("/feed.xml"), 2);
    const TestHttpRequest conditional = server.requests().last();
    QCOMPARE(conditional.header("If-None-Match"), etag.isEmpty() ? QByteArray() : etag);
    QCOMPARE(conditional.header("If-Modified-Since"), lastModified.isEmpty() ? QByteArray() : lastModified);
}

void TestFeedFetcher::sameBodyHashIsNotModified()
{
    // A server that ignores validators and always resends the whole feed.
    TestHttpServer server;
    QVERIFY(server.listen());
    QByteArray body = feedBody;
    server.route("/feed.xml", [&](const TestHttpRequest &) { return TestHttpResponse::ok(body); });
    QNetworkAccessManager manager;

    FetchRequest request = requestFor(server.url(QStringLiteral("/feed.xml")));
    const FetchResult first = fetch(manager, request);
    QVERIFY(first.ok());
    QCOMPARE(first.bodySha256,
             QString::fromLatin1(QCryptographicHash::hash(feedBody, QCryptographicHash::Sha256).toHex()));

    request.lastBodySha256 = first.bodySha256;
    const FetchResult same = fetch(manager, request);
    QVERIFY(same.notModified());
    QCOMPARE(same.httpStatus, 200);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(same.bodySha256, first.bodySha256);

    body.replace("Rulings", "Orders");
    const FetchResult changed = fetch(manager, request);
    QVERIFY(changed.ok());
    QCOMPARE(changed.body, body);
    QVERIFY(changed.bodySha256 != first.bodySha256);
}

void TestFeedFetcher::unsafeValidatorsAreNotSent()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/feed.xml", TestHttpResponse::ok(feedBody));
    QNetworkAccessManager manager;

    FetchRequest request = requestFor(server.url(QStringLiteral("/feed.xml")));
    request.etag = QStringLiteral("\"v1\"\r\nX-Injected: yes");
    request.lastModified = QStringLiteral("Tue, 24 Nov 2026 08:00:00 GMT\nX-Injected: yes");
    QVERIFY(fetch(manager, request).ok());
    const TestHttpRequest sent = server.requests().first();
    QVERIFY(!sent.hasHeader("X-Injected"));
    QVERIFY(!sent.hasHeader("If-None-Match"));
    QVERIFY(!sent.hasHeader("If-Modified-Since"));
}

void TestFeedFetcher::encodedBodies_data()
{
    QTest::addColumn<int>("encoding");
    QTest::newRow("gzip") << int(TestHttpResponse::Encoding::Gzip);
    QTest::newRow("deflate") << int(TestHttpResponse::Encoding::Deflate);
    QTest::newRow("identity") << int(TestHttpResponse::Encoding::Identity);
}

void TestFeedFetcher::encodedBodies()
{
    QFETCH(int, encoding);

    TestHttpServer server;
    QVERIFY(server.listen());
    const QByteArray body = feedBody.repeated(200);
    TestHttpResponse response = TestHttpResponse::ok(body);
    response.encoding = TestHttpResponse::Encoding(encoding);
    server.route("/feed.xml", response);
    QNetworkAccessManager manager;

    const FetchResult result = fetch(manager, requestFor(server.url(QStringLiteral("/feed.xml"))));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.body, body); // decompressed
    QCOMPARE(result.bodySha256,
             QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
    if (response.encoding != TestHttpResponse::Encoding::Identity)
        QVERIFY(server.bodyBytesSent("/feed.xml") < body.size() / 10); // it really went compressed
}

void TestFeedFetcher::charsetHandedThrough_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("charset");

    QTest::newRow("declared and right") << QByteArray("application/rss+xml; charset=utf-8")
                                        << QStringLiteral("application/rss+xml") << QStringLiteral("utf-8");
    // The body below is Latin-1: the declaration is wrong, and the parser is
    // the one to notice, so the fetcher hands it on untouched.
    QTest::newRow("declared and wrong")
        << QByteArray("text/xml;charset=UTF-8") << QStringLiteral("text/xml") << QStringLiteral("UTF-8");
    QTest::newRow("quoted, odd case") << QByteArray("Application/XML; Charset=\"ISO-8859-1\"")
                                      << QStringLiteral("application/xml") << QStringLiteral("ISO-8859-1");
    QTest::newRow("unknown label") << QByteArray("text/xml; charset=klingon") << QStringLiteral("text/xml")
                                   << QStringLiteral("klingon");
    QTest::newRow("no charset") << QByteArray("application/atom+xml")
                                << QStringLiteral("application/atom+xml") << QString();
    QTest::newRow("no content type") << QByteArray() << QString() << QString();
}

void TestFeedFetcher::charsetHandedThrough()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QString, mediaType);
    QFETCH(QString, charset);

    TestHttpServer server;
    QVERIFY(server.listen());
    const QByteArray latin1Body =
        "<?xml version=\"1.0\"?><rss><channel><title>Cour d'appel \xe9t\xe9</title></channel></rss>";
    server.route("/feed.xml", TestHttpResponse::ok(latin1Body, contentType));
    QNetworkAccessManager manager;

    const FetchResult result = fetch(manager, requestFor(server.url(QStringLiteral("/feed.xml"))));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.mediaType, mediaType);
    QCOMPARE(result.charset, charset);
    QCOMPARE(result.body, latin1Body); // bytes untouched
}

void TestFeedFetcher::statuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("retrySeconds"); // -1: none

    QTest::newRow("404") << 404 << QByteArray() << QStringLiteral("Not found (HTTP 404)") << -1;
    QTest::newRow("410") << 410 << QByteArray()
                         << QStringLiteral("Gone: the publisher removed this feed (HTTP 410)") << -1;
    QTest::newRow("429 without retry-after")
        << 429 << QByteArray()
        << QStringLiteral("Too many requests: the server asked Docket to slow down (HTTP 429)") << -1;
    QTest::newRow("429 retry-after seconds")
        << 429 << QByteArray("120")
        << QStringLiteral("Too many requests: the server asked Docket to wait 120 seconds (HTTP 429)") << 120;
    QTest::newRow("429 retry-after date")
        << 429 << httpDate(3600)
        << QStringLiteral("Too many requests: the server asked Docket to wait 60 minutes (HTTP 429)") << 3600;
    QTest::newRow("500") << 500 << QByteArray()
                         << QStringLiteral("The server had an internal error (HTTP 500)") << -1;
    QTest::newRow("500 with retry-after kept")
        << 500 << QByteArray("30") << QStringLiteral("The server had an internal error (HTTP 500)") << 30;
    QTest::newRow("503 without retry-after")
        << 503 << QByteArray() << QStringLiteral("The server is unavailable for now (HTTP 503)") << -1;
    QTest::newRow("503 retry-after seconds")
        << 503 << QByteArray("7200")
        << QStringLiteral("The server is unavailable for now and asked Docket to wait 120 minutes (HTTP 503)")
        << 7200;
    QTest::newRow("503 retry-after date in the past")
        << 503 << httpDate(-600)
        << QStringLiteral("The server is unavailable for now and asked Docket to wait 0 seconds (HTTP 503)")
        << 0;
    QTest::newRow("503 unreadable retry-after")
        << 503 << QByteArray("soon") << QStringLiteral("The server is unavailable for now (HTTP 503)") << -1;
}

void TestFeedFetcher::statuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, message);
    QFETCH(int, retrySeconds);

    TestHttpServer server;
    QVERIFY(server.listen());
    TestHttpResponse response = TestHttpResponse::withStatus(status, "<html><body>Error page</body></html>");
    if (!retryAfter.isEmpty())
        response.header("Retry-After", retryAfter);
    server.route("/feed.xml", response);
    QNetworkAccessManager manager;

    const FetchResult result = fetch(manager, requestFor(server.url(QStringLiteral("/feed.xml"))));
    QVERIFY(result.failed());
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.errorMessage, message);
    QVERIFY(result.body.isEmpty()); // an error page is not a feed
    if (retrySeconds < 0) {
        QVERIFY(!result.retryAfterSeconds.has_value());
    } else {
        QVERIFY(result.retryAfterSeconds.has_value());
        QVERIFY2(qAbs(*result.retryAfterSeconds - retrySeconds) <= 5,
                 qPrintable(QString::number(*result.retryAfterSeconds)));
    }
}

void TestFeedFetcher::redirects_data()
{
    // Each hop is "STATUS LOCATION"; the last hop's location is served the feed at /feed.xml.
    QTest::addColumn<QStringList>("hops");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("movedTo"); // path on the test server, empty: not moved
    QTest::addColumn<QString>("message");

    const QString tooMany =
        QStringLiteral("The server redirected Docket more than 5 times; Docket stopped following");
    QStringList five;
    QStringList six;
    for (int i = 0; i < 6; ++i)
        six.append(QStringLiteral("302 /hop%1").arg(i));
    five = six.mid(0, 5);

    QTest::newRow("five redirects followed") << five << true << QString() << QString();
    QTest::newRow("six redirects refused") << six << false << QString() << tooMany;
    QTest::newRow("301 moves the feed")
        << QStringList{QStringLiteral("301 /new")} << true << QStringLiteral("/new") << QString();
    QTest::newRow("302 does not") << QStringList{QStringLiteral("302 /new")} << true << QString()
                                  << QString();
    QTest::newRow("301 then 302: moved as far as the 301 went")
        << QStringList{QStringLiteral("301 /a"), QStringLiteral("302 /b")} << true << QStringLiteral("/a")
        << QString();
    QTest::newRow("302 then 301: not moved")
        << QStringList{QStringLiteral("302 /a"), QStringLiteral("301 /b")} << true << QString() << QString();
    QTest::newRow("301 twice: moved to the end")
        << QStringList{QStringLiteral("301 /a"), QStringLiteral("308 /b")} << true << QStringLiteral("/b")
        << QString();
    QTest::newRow("to file: refused")
        << QStringList{QStringLiteral("301 file:///etc/passwd")} << false << QString()
        << QStringLiteral("The redirect leads to a file: address, which Docket never follows");
}

void TestFeedFetcher::redirects()
{
    QFETCH(QStringList, hops);
    QFETCH(bool, ok);
    QFETCH(QString, movedTo);
    QFETCH(QString, message);

    TestHttpServer server;
    QVERIFY(server.listen());
    // /start -> hop 1 location, which redirects to hop 2's location, ... -> /feed.xml
    QByteArray path = "/start";
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const QByteArray status = hops.at(i).section(QLatin1Char(' '), 0, 0).toLatin1();
        const QByteArray location = hops.at(i).section(QLatin1Char(' '), 1).toLatin1();
        TestHttpResponse redirect = TestHttpResponse::withStatus(status.toInt());
        if (!location.isEmpty())
            redirect.header("Location", location);
        server.route(path, redirect);
        path = location.startsWith('/') ? location : "/" + location;
    }
    server.route(path, TestHttpResponse::ok(feedBody));
    QNetworkAccessManager manager;

    const FetchResult result = fetch(manager, requestFor(server.url(QStringLiteral("/start"))));
    QCOMPARE(result.ok(), ok);
    QCOMPARE(result.errorMessage, message);
    QCOMPARE(result.requestedUrl, server.url(QStringLiteral("/start")));
    QCOMPARE(result.movedTo, movedTo.isEmpty() ? QUrl() : server.url(movedTo));
    QCOMPARE(result.movedPermanently(), !movedTo.isEmpty());
    if (ok) {
        QCOMPARE(result.body, feedBody);
        QCOMPARE(result.finalUrl, server.url(QString::fromLatin1(path)));
        QCOMPARE(result.redirects, hops.size());
    }
    QCOMPARE(server.requests().size(), std::min<qsizetype>(hops.size() + (ok ? 1 : 0), 6));
    for (const TestHttpRequest &request : server.requests())
        QCOMPARE(request.header("User-Agent"), FeedFetcher::userAgent()); // every hop is Docket's request
}

void TestFeedFetcher::onlyHttpIsFetched_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("file") << QUrl(QStringLiteral("file:///home/counsel/feed.xml"))
                          << QStringLiteral("Docket fetches only http and https addresses, not file: ones");
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://ftp.example.com/feed.xml"))
                         << QStringLiteral("Docket fetches only http and https addresses, not ftp: ones");
    QTest::newRow("relative") << QUrl(QStringLiteral("feed.xml"))
                              << QStringLiteral("The address is not a valid web address");
    QTest::newRow("empty") << QUrl() << QStringLiteral("The address is not a valid web address");
}

void TestFeedFetcher::onlyHttpIsFetched()
{
    QFETCH(QUrl, url);
    QFETCH(QString, message);
    QNetworkAccessManager manager;
    const FetchResult result = fetch(manager, requestFor(url));
    QVERIFY(result.failed());
    QCOMPARE(result.errorMessage, message);
}

void TestFeedFetcher::credentialsNeverShown_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("serverRunning");
    QTest::newRow("404") << QByteArray("/missing.xml") << true;
    QTest::newRow("redirect to ftp with credentials") << QByteArray("/to-ftp") << true;
    QTest::newRow("connection refused") << QByteArray("/feed.xml") << false;
    QTest::newRow("reset mid-body") << QByteArray("/reset") << true;
}

void TestFeedFetcher::credentialsNeverShown()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, serverRunning);

    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/to-ftp", TestHttpResponse::redirect(302, "ftp://alice:s3cret@127.0.0.1/feed.xml"));
    TestHttpResponse reset = TestHttpResponse::ok(feedBody.repeated(100));
    reset.behaviour = TestHttpResponse::Behaviour::ResetMidBody;
    server.route("/reset", reset);
    QUrl url = server.url(QString::fromLatin1(path));
    url.setUserName(QStringLiteral("alice"));
    url.setPassword(QStringLiteral("s3cret"));
    if (!serverRunning)
        server.stop(); // nothing listens on that port any more

    QNetworkAccessManager manager;
    const FetchResult result = fetch(manager, requestFor(url));
    QVERIFY(result.failed());
    QVERIFY(!result.errorMessage.isEmpty());
    QVERIFY2(!result.errorMessage.contains(QStringLiteral("s3cret")), qPrintable(result.errorMessage));
    QVERIFY2(!result.errorMessage.contains(QStringLiteral("alice")), qPrintable(result.errorMessage));
}

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
