// Every FetchLimits bound, enforced against a loopback server that misbehaves
// on purpose: silence, stalls, trickles, resets, oversize and endless bodies,
// and compressed bodies that inflate past the limit.
#include "feedfetcher.h"
#include "testhttpencoding.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(TestHttpResponse)
Q_DECLARE_METATYPE(FetchLimits)

class TestFetchLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limits_data();
    void limits();
    void connectTimeout();
    void timeoutSpansRedirects();
    void inflatingBodyStaysBoundedInMemory_data();
    void inflatingBodyStaysBoundedInMemory();
    void defaultsFollowTheCommandLineContract();
};

namespace {

using std::chrono::milliseconds;
constexpr qint64 oneMb = 1024 * 1024;

FetchLimits smallLimits()
{
    FetchLimits limits;
    limits.connectTimeout = milliseconds(2000);
    limits.inactivityTimeout = milliseconds(300);
    limits.totalTimeout = milliseconds(5000);
    limits.maxBodyBytes = oneMb;
    return limits;
}

struct Timed
{
    FetchResult result;
    qint64 elapsedMs = 0;
    bool reported = false;
};

Timed fetchTimed(QNetworkAccessManager &manager, const QUrl &url, const FetchLimits &limits,
                 const std::function<void()> &whileWaiting = {})
{
    FeedFetcher fetcher(&manager);
    QSignalSpy spy(&fetcher, &FeedFetcher::finished);
    FetchRequest request;
    request.url = url;
    request.limits = limits;
    QElapsedTimer timer;
    timer.start();
    fetcher.start(request);
    // Far past every limit in this file: a fetch still running then is a hang.
    while (spy.isEmpty() && timer.elapsed() < 20000) {
        spy.wait(5);
        if (whileWaiting)
            whileWaiting();
    }
    Timed timed;
    timed.elapsedMs = timer.elapsed();
    timed.reported = spy.size() == 1;
    if (timed.reported)
        timed.result = spy.first().first().value<FetchResult>();
    return timed;
}

// Resident memory of this process in bytes (Linux), or -1.
qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

TestHttpResponse precompressed(const QByteArray &encoding, const QByteArray &wire)
{
    TestHttpResponse response = TestHttpResponse::ok(wire);
    response.header("Content-Encoding", encoding);
    return response;
}

} // namespace

void TestFetchLimits::limits_data()
{
    QTest::addColumn<TestHttpResponse>("response");
    QTest::addColumn<FetchLimits>("limits");
    QTest::addColumn<QString>("message"); // empty: the fetch succeeds
    QTest::addColumn<int>("minElapsedMs");
    QTest::addColumn<int>("maxElapsedMs");
    QTest::addColumn<qint64>("maxBytesSent"); // body bytes the server got out; -1: not checked

    const QString tooLarge = QStringLiteral("The server sent more than 1 MB; Docket stopped reading");
    const QByteArray feed = QByteArray("<rss><channel><title>x</title></channel></rss>\n");

    TestHttpResponse silent = TestHttpResponse::ok(feed);
    silent.behaviour = TestHttpResponse::Behaviour::Silent;
    QTest::newRow("silent server") << silent << smallLimits()
                                   << QStringLiteral("The server did not answer within 0.3 seconds") << 250
                                   << 3000 << qint64(0);

    TestHttpResponse late = TestHttpResponse::ok(feed);
    late.delayMs = 3000;
    QTest::newRow("answer later than the inactivity limit")
        << late << smallLimits() << QStringLiteral("The server did not answer within 0.3 seconds") << 250
        << 2500 << qint64(0);

    TestHttpResponse inTime = TestHttpResponse::ok(feed);
    inTime.delayMs = 100;
    QTest::newRow("answer within the inactivity limit")
        << inTime << smallLimits() << QString() << 80 << 3000 << qint64(-1);

    TestHttpResponse stall = TestHttpResponse::ok(feed.repeated(100));
    stall.trickleBytes = 200;
    stall.trickleIntervalMs = 5000;
    QTest::newRow("stall after the first bytes")
        << stall << smallLimits()
        << QStringLiteral("The server stopped sending for 0.3 seconds; Docket gave up") << 250 << 3000
        << qint64(200);

    TestHttpResponse trickle = TestHttpResponse::ok(feed.repeated(2000)); // ~100 KB
    trickle.trickleBytes = 20;
    trickle.trickleIntervalMs = 50;
    FetchLimits oneSecond = smallLimits();
    oneSecond.totalTimeout = milliseconds(1000);
    QTest::newRow("slow trickle cut off")
        << trickle << oneSecond
        << QStringLiteral("The server took longer than 1 second in all; Docket stopped waiting") << 900
        << 3500 << qint64(2000);

    TestHttpResponse reset = TestHttpResponse::ok(feed.repeated(2000));
    reset.behaviour = TestHttpResponse::Behaviour::ResetMidBody;
    QTest::newRow("reset mid-body")
        << reset << smallLimits()
        << QStringLiteral("The server 127.0.0.1 broke off the connection before sending the whole feed") << 0
        << 3000 << qint64(-1);

    QTest::newRow("body exactly at the limit") << TestHttpResponse::ok(QByteArray(oneMb, 'a'))
                                               << smallLimits() << QString() << 0 << 5000 << qint64(-1);
    QTest::newRow("oversize, length declared") << TestHttpResponse::ok(QByteArray(oneMb + 1, 'a'))
                                               << smallLimits() << tooLarge << 0 << 3000 << qint64(-1);

    TestHttpResponse undeclared = TestHttpResponse::ok(QByteArray(3 * oneMb, 'a'));
    undeclared.contentLength = false;
    QTest::newRow("oversize, length not declared")
        << undeclared << smallLimits() << tooLarge << 0 << 3000 << qint64(-1);

    TestHttpResponse endless = TestHttpResponse::ok({});
    endless.behaviour = TestHttpResponse::Behaviour::Endless;
    // The client stops reading: the server gets out little more than the
    // limit plus what the sockets' buffers hold, never its own cap (512 MB).
    QTest::newRow("endless body") << endless << smallLimits() << tooLarge << 0 << 5000 << qint64(24 * oneMb);

    QTest::newRow("gzip inflating past the limit")
        << precompressed("gzip", TestHttpEncoding::gzip(QByteArray(8 * oneMb, ' '))) << smallLimits()
        << tooLarge << 0 << 5000 << qint64(-1);
    QTest::newRow("deflate inflating past the limit")
        << precompressed("deflate", TestHttpEncoding::deflate(QByteArray(8 * oneMb, ' '))) << smallLimits()
        << tooLarge << 0 << 5000 << qint64(-1);
    QTest::newRow("gzip inflating to just under the limit")
        << precompressed("gzip", TestHttpEncoding::gzip(QByteArray(oneMb - 10, ' '))) << smallLimits()
        << QString() << 0 << 5000 << qint64(-1);
}

void TestFetchLimits::limits()
{
    QFETCH(TestHttpResponse, response);
    QFETCH(FetchLimits, limits);
    QFETCH(QString, message);
    QFETCH(int, minElapsedMs);
    QFETCH(int, maxElapsedMs);
    QFETCH(qint64, maxBytesSent);

    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/feed.xml", response);
    QNetworkAccessManager manager;

    const Timed timed = fetchTimed(manager, server.url(QStringLiteral("/feed.xml")), limits);
    QVERIFY(timed.reported);
    QCOMPARE(timed.result.errorMessage, message);
    QCOMPARE(timed.result.ok(), message.isEmpty());
    if (!message.isEmpty())
        QVERIFY(timed.result.body.isEmpty()); // a cut-off body is never handed on
    else
        QVERIFY(timed.result.body.size() <= limits.maxBodyBytes);
    QVERIFY2(timed.elapsedMs >= minElapsedMs && timed.elapsedMs <= maxElapsedMs,
             qPrintable(QStringLiteral("%1 ms").arg(timed.elapsedMs)));
    if (maxBytesSent >= 0) {
        // Let the server notice the client is gone before counting.
        QTest::qWait(100);
        QVERIFY2(server.bodyBytesSent("/feed.xml") <= maxBytesSent,
                 qPrintable(QString::number(server.bodyBytesSent("/feed.xml"))));
    }
}

void TestFetchLimits::connectTimeout()
{
    // A plain listener that never answers the TLS handshake: the connection
    // is never ready, so the connect limit (not the inactivity one) applies.
    TestHttpServer server;
    QVERIFY(server.listen());
    QUrl url = server.url(QStringLiteral("/feed.xml"));
    url.setScheme(QStringLiteral("https"));
    FetchLimits limits = smallLimits();
    limits.connectTimeout = milliseconds(300);
    limits.inactivityTimeout = milliseconds(10000);
    limits.totalTimeout = milliseconds(15000);
    QNetworkAccessManager manager;

    const Timed timed = fetchTimed(manager, url, limits);
    QVERIFY(timed.reported);
    QCOMPARE(timed.result.errorMessage, QStringLiteral("The server did not answer within 0.3 seconds"));
    QVERIFY2(timed.elapsedMs >= 250 && timed.elapsedMs < 3000, qPrintable(QString::number(timed.elapsedMs)));
    QCOMPARE(server.connectionsAccepted(), 1);
    QCOMPARE(server.requests().size(), 0);
}

void TestFetchLimits::timeoutSpansRedirects()
{
    // Each hop answers in time; together they take too long.
    TestHttpServer server;
    QVERIFY(server.listen());
    for (int hop = 0; hop < 4; ++hop) {
        TestHttpResponse redirect = TestHttpResponse::redirect(302, "/hop" + QByteArray::number(hop + 1));
        redirect.delayMs = 250;
        server.route("/hop" + QByteArray::number(hop), redirect);
    }
    server.route("/hop4", TestHttpResponse::ok("<rss/>"));
    FetchLimits limits = smallLimits();
    limits.inactivityTimeout = milliseconds(400);
    limits.totalTimeout = milliseconds(700);
    QNetworkAccessManager manager;

    const Timed timed = fetchTimed(manager, server.url(QStringLiteral("/hop0")), limits);
    QVERIFY(timed.reported);
    QCOMPARE(timed.result.errorMessage,
             QStringLiteral("The server took longer than 0.7 seconds in all; Docket stopped waiting"));
    QVERIFY(server.hits("/hop4") == 0);
}

void TestFetchLimits::inflatingBodyStaysBoundedInMemory_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::newRow("gzip") << QByteArray("gzip");
    QTest::newRow("deflate") << QByteArray("deflate");
}

void TestFetchLimits::inflatingBodyStaysBoundedInMemory()
{
    QFETCH(QByteArray, encoding);
    if (residentBytes() < 0)
        QSKIP("needs /proc/self/status");

    constexpr qint64 inflated = 128 * oneMb;
    QByteArray wire;
    {
        const QByteArray plain(inflated, '\0');
        wire = encoding == "gzip" ? TestHttpEncoding::gzip(plain, 1) : TestHttpEncoding::deflate(plain, 1);
    }
    QVERIFY(wire.size() < oneMb);
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/bomb.xml", precompressed(encoding, wire));
    QNetworkAccessManager manager;

    const qint64 baseline = residentBytes();
    qint64 peak = baseline;
    FetchLimits limits = smallLimits();
    limits.maxBodyBytes = 4 * oneMb;
    const Timed timed = fetchTimed(manager, server.url(QStringLiteral("/bomb.xml")), limits,
                                   [&] { peak = std::max(peak, residentBytes()); });
    QVERIFY(timed.reported);
    QCOMPARE(timed.result.errorMessage,
             QStringLiteral("The server sent more than 4 MB; Docket stopped reading"));
    // Never anywhere near the 128 MB the body inflates to.
    QVERIFY2(peak - baseline < 48 * oneMb,
             qPrintable(QStringLiteral("grew by %1 MB").arg((peak - baseline) / oneMb)));
}

void TestFetchLimits::defaultsFollowTheCommandLineContract()
{
    const FetchLimits defaults;
    QCOMPARE(defaults.connectTimeout, milliseconds(15000));
    QCOMPARE(defaults.inactivityTimeout, milliseconds(20000));
    QCOMPARE(defaults.totalTimeout, milliseconds(45000));
    QCOMPARE(defaults.maxBodyBytes, 20 * oneMb);
    QCOMPARE(defaults.maxRedirects, 5);
}

QTEST_GUILESS_MAIN(TestFetchLimits)
#include "tst_fetchlimits.moc"
