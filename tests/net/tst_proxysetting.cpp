// Fetches through a proxy: the one the user set, or the system's; loopback direct.
// The "proxy" is the loopback test server, which records the absolute-form
// request line a client sends to a proxy.
#include "feedfetcher.h"
#include "proxysetting.h"
#include "testhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestProxySetting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chosenProxyIsUsed();
    void systemProxyIsHonouredByDefault();
    void loopbackIsReachedDirectly();
    void noProxyWhenChosen();

private:
    QByteArray m_savedHttpProxy;
    QByteArray m_savedNoProxy;
};

namespace {

const QByteArray feedBody = "<rss version=\"2.0\"><channel><title>Proxied</title></channel></rss>";
const QUrl remoteFeed(QStringLiteral("http://feeds.docket.invalid/opinions/feed.xml?court=ca9"));

FetchResult fetch(QNetworkAccessManager &manager, const QUrl &url)
{
    FeedFetcher fetcher(&manager);
    QSignalSpy spy(&fetcher, &FeedFetcher::finished);
    FetchRequest request;
    request.url = url;
    request.limits.connectTimeout = std::chrono::milliseconds(3000);
    request.limits.inactivityTimeout = std::chrono::milliseconds(3000);
    request.limits.totalTimeout = std::chrono::milliseconds(6000);
    fetcher.start(request);
    if (!spy.wait(10000))
        return {};
    return spy.first().first().value<FetchResult>();
}

QNetworkProxy proxyAt(const TestHttpServer &server)
{
    return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), server.port());
}

} // namespace

void TestProxySetting::init()
{
    m_savedHttpProxy = qgetenv("http_proxy");
    m_savedNoProxy = qgetenv("no_proxy");
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
}

void TestProxySetting::cleanup()
{
    if (m_savedHttpProxy.isNull())
        qunsetenv("http_proxy");
    else
        qputenv("http_proxy", m_savedHttpProxy);
    if (!m_savedNoProxy.isNull())
        qputenv("no_proxy", m_savedNoProxy);
}

void TestProxySetting::chosenProxyIsUsed()
{
    TestHttpServer proxy;
    QVERIFY(proxy.listen());
    proxy.route("/opinions/feed.xml", TestHttpResponse::ok(feedBody));
    QNetworkAccessManager manager;
    ProxySetting::apply(manager, proxyAt(proxy));

    const FetchResult result = fetch(manager, remoteFeed);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.body, feedBody);
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().first().target, remoteFeed.toEncoded());
    QCOMPARE(proxy.requests().first().header("Host"), QByteArray("feeds.docket.invalid"));
}

void TestProxySetting::systemProxyIsHonouredByDefault()
{
    TestHttpServer proxy;
    QVERIFY(proxy.listen());
    proxy.route("/opinions/feed.xml", TestHttpResponse::ok(feedBody));
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1/").arg(proxy.port()).toLatin1());
    QNetworkAccessManager manager;
    ProxySetting::apply(manager);

    const FetchResult result = fetch(manager, remoteFeed);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().first().target, remoteFeed.toEncoded());
}

void TestProxySetting::loopbackIsReachedDirectly()
{
    TestHttpServer proxy;
    QVERIFY(proxy.listen());
    TestHttpServer origin;
    QVERIFY(origin.listen());
    origin.route("/feed.xml", TestHttpResponse::ok(feedBody));
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1/").arg(proxy.port()).toLatin1());
    QNetworkAccessManager manager;
    ProxySetting::apply(manager);

    const FetchResult result = fetch(manager, origin.url(QStringLiteral("/feed.xml")));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(origin.requests().size(), 1);
    QCOMPARE(origin.requests().first().target, QByteArray("/feed.xml"));
    QCOMPARE(proxy.requests().size(), 0);
}

void TestProxySetting::noProxyWhenChosen()
{
    TestHttpServer proxy;
    QVERIFY(proxy.listen());
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1/").arg(proxy.port()).toLatin1());
    QNetworkAccessManager manager;
    ProxySetting::apply(manager, QNetworkProxy(QNetworkProxy::NoProxy));

    // Straight to a name that does not resolve: an error, and the proxy never asked.
    const FetchResult result = fetch(manager, remoteFeed);
    QVERIFY(result.failed());
    QVERIFY2(result.errorMessage.contains(QStringLiteral("feeds.docket.invalid")),
             qPrintable(result.errorMessage));
    QCOMPARE(proxy.connectionsAccepted(), 0);
}

QTEST_GUILESS_MAIN(TestProxySetting)
#include "tst_proxysetting.moc"
