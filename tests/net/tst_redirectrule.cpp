// Which redirects Docket follows, and where to: the rule itself, and the
// scheme changes live through the fetcher against a loopback server that
// speaks both http and https (a test certificate trusted by the test alone).
// The fetcher's other live redirect tests are in tst_feedfetcher.
#include "feedfetcher.h"
#include "redirectrule.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslError>
#include <QTest>

class TestRedirectRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void follow_data();
    void follow();
    void statuses();
    void httpToHttpsOnTheSameServer();
    void httpsToHttpRefused();

private:
    bool listenBoth(TestHttpServer &server, bool tlsFirst);
    void trustTestCertificate(QNetworkAccessManager &manager);

    QSslCertificate m_certificate{TestData::read(QStringLiteral("net/loopback_tls.crt"))};
    QSslKey m_key{TestData::read(QStringLiteral("net/loopback_tls.key")), QSsl::Ec};
};

namespace {

const QByteArray feedBody = "<rss version=\"2.0\"><channel><title>Secure</title></channel></rss>";

FetchResult fetch(QNetworkAccessManager &manager, const QUrl &url)
{
    FeedFetcher fetcher(&manager);
    QSignalSpy spy(&fetcher, &FeedFetcher::finished);
    FetchRequest request;
    request.url = url;
    request.limits.connectTimeout = std::chrono::milliseconds(5000);
    request.limits.inactivityTimeout = std::chrono::milliseconds(5000);
    request.limits.totalTimeout = std::chrono::milliseconds(8000);
    fetcher.start(request);
    if (!spy.wait(10000))
        return {};
    return spy.first().first().value<FetchResult>();
}

} // namespace

bool TestRedirectRule::listenBoth(TestHttpServer &server, bool tlsFirst)
{
    if (m_certificate.isNull() || m_key.isNull())
        return false;
    if (tlsFirst)
        return server.listenTls(m_certificate, m_key) && server.listen();
    return server.listen() && server.listenTls(m_certificate, m_key);
}

void TestRedirectRule::trustTestCertificate(QNetworkAccessManager &manager)
{
    // Only errors about the test certificate are waived, and only for this manager.
    connect(&manager, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                for (const QSslError &error : errors) {
                    if (error.certificate() != m_certificate)
                        return;
                }
                reply->ignoreSslErrors(errors);
            });
}

void TestRedirectRule::follow_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<int>("followedSoFar");
    QTest::addColumn<QString>("target");  // empty: refused
    QTest::addColumn<QString>("refusal"); // empty: followed

    const QString from = QStringLiteral("http://courts.example.org/feeds/opinions.xml");
    QTest::newRow("absolute") << from << 301 << QByteArray("http://courts.example.org/new.xml") << 0
                              << QStringLiteral("http://courts.example.org/new.xml") << QString();
    QTest::newRow("relative path") << from << 302 << QByteArray("rss.xml") << 0
                                   << QStringLiteral("http://courts.example.org/feeds/rss.xml") << QString();
    QTest::newRow("absolute path") << from << 307 << QByteArray("/rss?court=ca9") << 0
                                   << QStringLiteral("http://courts.example.org/rss?court=ca9") << QString();
    QTest::newRow("scheme-relative") << from << 308 << QByteArray("//cdn.example.net/feed.xml") << 0
                                     << QStringLiteral("http://cdn.example.net/feed.xml") << QString();
    QTest::newRow("surrounding white space")
        << from << 301 << QByteArray("  /new.xml \t") << 0
        << QStringLiteral("http://courts.example.org/new.xml") << QString();
    QTest::newRow("http to https") << from << 301
                                   << QByteArray("https://courts.example.org/feeds/opinions.xml") << 0
                                   << QStringLiteral("https://courts.example.org/feeds/opinions.xml")
                                   << QString();
    QTest::newRow("the fifth is still followed")
        << from << 302 << QByteArray("/5") << 4 << QStringLiteral("http://courts.example.org/5") << QString();
    QTest::newRow("the sixth is not")
        << from << 302 << QByteArray("/6") << 5 << QString()
        << QStringLiteral("The server redirected Docket more than 5 times; Docket stopped following");
    QTest::newRow("https down to http")
        << QStringLiteral("https://courts.example.org/feed.xml") << 301
        << QByteArray("http://courts.example.org/feed.xml") << 0 << QString()
        << QStringLiteral(
               "The redirect leads from a secure https: address to an insecure http: one, which Docket "
               "does not follow");
    QTest::newRow("file") << from << 301 << QByteArray("file:///etc/passwd") << 0 << QString()
                          << QStringLiteral(
                                 "The redirect leads to a file: address, which Docket never follows");
    QTest::newRow("ftp") << from << 302 << QByteArray("ftp://ftp.example.org/feed.xml") << 0 << QString()
                         << QStringLiteral(
                                "The redirect leads to a ftp: address, which Docket never follows");
    QTest::newRow("data") << from << 302 << QByteArray("data:application/rss+xml,<rss/>") << 0 << QString()
                          << QStringLiteral(
                                 "The redirect leads to a data: address, which Docket never follows");
    QTest::newRow("javascript") << from << 302 << QByteArray("javascript:alert(1)") << 0 << QString()
                                << QStringLiteral(
                                       "The redirect leads to a javascript: address, which Docket never "
                                       "follows");
    QTest::newRow("upper-case scheme")
        << from << 302 << QByteArray("FILE:///etc/passwd") << 0 << QString()
        << QStringLiteral("The redirect leads to a file: address, which Docket never "
                          "follows");
    QTest::newRow("no location") << from << 302 << QByteArray() << 0 << QString()
                                 << QStringLiteral(
                                        "The server redirected Docket without saying where to (HTTP 302)");
    QTest::newRow("blank location") << from << 301 << QByteArray("   ") << 0 << QString()
                                    << QStringLiteral(
                                           "The server redirected Docket without saying where to (HTTP 301)");
    QTest::newRow("http without a host")
        << from << 301 << QByteArray("http:///feed.xml") << 0 << QString()
        << QStringLiteral("The server redirected Docket to an address that is not "
                          "valid (HTTP 301)");

    const QString login = QStringLiteral("http://alice:s3cret@courts.example.org/feed.xml");
    QTest::newRow("login kept on the same server")
        << login << 301 << QByteArray("/moved.xml") << 0
        << QStringLiteral("http://alice:s3cret@courts.example.org/moved.xml") << QString();
    QTest::newRow("login kept on the upgrade to https")
        << login << 301 << QByteArray("https://courts.example.org/feed.xml") << 0
        << QStringLiteral("https://alice:s3cret@courts.example.org/feed.xml") << QString();
    QTest::newRow("login not handed to another server")
        << login << 302 << QByteArray("http://mirror.example.net/feed.xml") << 0
        << QStringLiteral("http://mirror.example.net/feed.xml") << QString();
    QTest::newRow("login not handed to another port")
        << login << 302 << QByteArray("http://courts.example.org:8080/feed.xml") << 0
        << QStringLiteral("http://courts.example.org:8080/feed.xml") << QString();
    QTest::newRow("a login in the location itself is dropped for another server")
        << from << 302 << QByteArray("http://bob:pw@mirror.example.net/feed.xml") << 0
        << QStringLiteral("http://mirror.example.net/feed.xml") << QString();
}

void TestRedirectRule::follow()
{
    QFETCH(QString, from);
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    QFETCH(int, followedSoFar);
    QFETCH(QString, target);
    QFETCH(QString, refusal);

    const Result<QUrl> result = RedirectRule::follow(QUrl(from), status, location, followedSoFar, 5);
    QCOMPARE(result.ok(), refusal.isEmpty());
    if (result.ok())
        QCOMPARE(result.value().toString(), target);
    else
        QCOMPARE(result.error().message, refusal);
}

void TestRedirectRule::statuses()
{
    for (const int status : {301, 302, 303, 307, 308})
        QVERIFY(RedirectRule::isRedirect(status));
    for (const int status : {200, 300, 304, 305, 306, 404})
        QVERIFY(!RedirectRule::isRedirect(status));
    QVERIFY(RedirectRule::isPermanent(301));
    QVERIFY(RedirectRule::isPermanent(308));
    for (const int status : {302, 303, 307})
        QVERIFY(!RedirectRule::isPermanent(status));
}

void TestRedirectRule::httpToHttpsOnTheSameServer()
{
    TestHttpServer server;
    QVERIFY(listenBoth(server, false));
    const QUrl secure = server.url(QStringLiteral("/feed.xml"), 1);
    QCOMPARE(secure.scheme(), QStringLiteral("https"));
    server.route("/old.xml", TestHttpResponse::redirect(301, secure.toEncoded()));
    server.route("/feed.xml", TestHttpResponse::ok(feedBody));

    QNetworkAccessManager manager;
    trustTestCertificate(manager);

    const FetchResult result = fetch(manager, server.url(QStringLiteral("/old.xml")));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.finalUrl, secure);
    QCOMPARE(result.movedTo, secure);
    QCOMPARE(result.body, feedBody);
    QCOMPARE(server.requests().last().localAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(server.hits("/feed.xml"), 1);
}

void TestRedirectRule::httpsToHttpRefused()
{
    TestHttpServer server;
    QVERIFY(listenBoth(server, true));
    server.route("/secure.xml",
                 TestHttpResponse::redirect(301, server.url(QStringLiteral("/feed.xml"), 1).toEncoded()));
    server.route("/feed.xml", TestHttpResponse::ok(feedBody));
    QNetworkAccessManager manager;
    trustTestCertificate(manager);

    const FetchResult result = fetch(manager, server.url(QStringLiteral("/secure.xml")));
    QVERIFY(result.failed());
    QCOMPARE(result.errorMessage,
             QStringLiteral("The redirect leads from a secure https: address to an insecure "
                            "http: one, which Docket does not follow"));
    QCOMPARE(server.hits("/secure.xml"), 1); // the TLS side really answered
    QCOMPARE(server.hits("/feed.xml"), 0);
}

QTEST_GUILESS_MAIN(TestRedirectRule)
#include "tst_redirectrule.moc"
