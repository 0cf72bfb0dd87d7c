// Many fetches at once against loopback servers that play several hosts
// (127.0.0.1 to 127.0.0.4) and record how many requests were in progress at
// once, per host and overall.
#include "fetchqueue.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestFetchQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrencyLimits_data();
    void concurrencyLimits();
    void startsInOrder();
    void busyHostDoesNotHoldBackOthers();
    void cancel();
    void cancelAllReportsIdleOnce();
};

namespace {

FetchRequest requestFor(const QUrl &url)
{
    FetchRequest request;
    request.url = url;
    request.limits.connectTimeout = std::chrono::milliseconds(5000);
    request.limits.inactivityTimeout = std::chrono::milliseconds(5000);
    request.limits.totalTimeout = std::chrono::milliseconds(10000);
    return request;
}

TestHttpResponse slowFeed(int delayMs)
{
    TestHttpResponse response =
        TestHttpResponse::ok("<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
    response.delayMs = delayMs;
    return response;
}

// Waits, bounded, until the queue says it is idle.
bool waitIdle(FetchQueue &queue, QSignalSpy &idleSpy, int boundMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (idleSpy.isEmpty() && timer.elapsed() < boundMs)
        idleSpy.wait(50);
    return !idleSpy.isEmpty() && queue.isIdle();
}

} // namespace

void TestFetchQueue::concurrencyLimits_data()
{
    QTest::addColumn<int>("overall");
    QTest::addColumn<int>("perHost");
    QTest::addColumn<int>("hosts");
    QTest::addColumn<int>("feedsPerHost");

    QTest::newRow("defaults: 6 overall, 2 per host") << 6 << 2 << 4 << 8;
    QTest::newRow("one host") << 6 << 2 << 1 << 8;
    QTest::newRow("3 overall, 1 per host") << 3 << 1 << 4 << 4;
}

void TestFetchQueue::concurrencyLimits()
{
    QFETCH(int, overall);
    QFETCH(int, perHost);
    QFETCH(int, hosts);
    QFETCH(int, feedsPerHost);

    TestHttpServer server;
    QList<QHostAddress> addresses;
    for (int i = 1; i <= hosts; ++i) {
        addresses.append(QHostAddress(QStringLiteral("127.0.0.%1").arg(i)));
        QVERIFY2(server.listen(addresses.last()), "this test needs the loopback range 127.0.0.0/8");
    }
    for (int i = 0; i < feedsPerHost; ++i)
        server.route("/feed" + QByteArray::number(i) + ".xml", slowFeed(120));

    QNetworkAccessManager manager;
    FetchQueue queue(&manager);
    if (overall != queue.maxConcurrent() || perHost != queue.maxPerHost()) {
        queue.setMaxConcurrent(overall);
        queue.setMaxPerHost(perHost);
    } else {
        QCOMPARE(queue.maxConcurrent(), 6); // the defaults, untouched
        QCOMPARE(queue.maxPerHost(), 2);
    }
    QSignalSpy fetched(&queue, &FetchQueue::fetched);
    QSignalSpy idle(&queue, &FetchQueue::idle);

    QSet<FetchQueue::JobId> ids;
    // Interleaved hosts, the way feeds sit in a subscription list.
    for (int i = 0; i < feedsPerHost; ++i) {
        for (int host = 0; host < hosts; ++host)
            ids.insert(queue.enqueue(requestFor(server.url(QStringLiteral("/feed%1.xml").arg(i), host))));
    }
    QCOMPARE(ids.size(), hosts * feedsPerHost);
    QVERIFY(queue.runningCount() <= overall);

    QVERIFY(waitIdle(queue, idle));
    QCOMPARE(idle.size(), 1);
    QCOMPARE(fetched.size(), hosts * feedsPerHost);
    QSet<FetchQueue::JobId> reported;
    for (const QList<QVariant> &arguments : std::as_const(fetched)) {
        reported.insert(arguments.at(0).value<FetchQueue::JobId>());
        const FetchResult result = arguments.at(1).value<FetchResult>();
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    }
    QCOMPARE(reported, ids); // each exactly once

    const int expectedOverall = std::min(overall, hosts * perHost);
    QCOMPARE(server.maxActive(), expectedOverall); // reached, never passed
    for (const QHostAddress &address : std::as_const(addresses))
        QCOMPARE(server.maxActive(address), perHost);
}

void TestFetchQueue::startsInOrder()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager manager;
    FetchQueue queue(&manager);
    queue.setMaxPerHost(1);
    QSignalSpy fetched(&queue, &FetchQueue::fetched);
    QSignalSpy idle(&queue, &FetchQueue::idle);
    QList<FetchQueue::JobId> ids;
    for (int i = 0; i < 6; ++i) {
        server.route("/f" + QByteArray::number(i), slowFeed(20));
        ids.append(queue.enqueue(requestFor(server.url(QStringLiteral("/f%1").arg(i)))));
    }
    QVERIFY(waitIdle(queue, idle));
    QList<QByteArray> paths;
    for (const TestHttpRequest &request : server.requests())
        paths.append(request.path);
    QCOMPARE(paths, (QList<QByteArray>{"/f0", "/f1", "/f2", "/f3", "/f4", "/f5"}));
    QList<FetchQueue::JobId> order;
    for (const QList<QVariant> &arguments : std::as_const(fetched))
        order.append(arguments.at(0).value<FetchQueue::JobId>());
    QCOMPARE(order, ids);
}

void TestFetchQueue::busyHostDoesNotHoldBackOthers()
{
    TestHttpServer server;
    QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    server.route("/slow", slowFeed(400));
    server.route("/quick", slowFeed(0));
    QNetworkAccessManager manager;
    FetchQueue queue(&manager);
    QSignalSpy fetched(&queue, &FetchQueue::fetched);
    QSignalSpy idle(&queue, &FetchQueue::idle);

    queue.enqueue(requestFor(server.url(QStringLiteral("/slow?a"), 0)));
    queue.enqueue(requestFor(server.url(QStringLiteral("/slow?b"), 0)));
    const auto third = queue.enqueue(requestFor(server.url(QStringLiteral("/slow?c"), 0)));
    const auto other = queue.enqueue(requestFor(server.url(QStringLiteral("/quick"), 1)));
    QCOMPARE(queue.runningCount(), 3); // a, b and the other host; c waits for its host
    QCOMPARE(queue.waitingCount(), 1);

    QVERIFY(waitIdle(queue, idle));
    QCOMPARE(fetched.first().at(0).value<FetchQueue::JobId>(), other);
    QCOMPARE(fetched.last().at(0).value<FetchQueue::JobId>(), third);
}

void TestFetchQueue::cancel()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    for (int i = 1; i <= 5; ++i)
        server.route("/f" + QByteArray::number(i), slowFeed(300));
    QNetworkAccessManager manager;
    FetchQueue queue(&manager);
    QSignalSpy fetched(&queue, &FetchQueue::fetched);
    QSignalSpy idle(&queue, &FetchQueue::idle);
    QList<FetchQueue::JobId> ids;
    for (int i = 1; i <= 5; ++i)
        ids.append(queue.enqueue(requestFor(server.url(QStringLiteral("/f%1").arg(i)))));

    queue.cancel(ids.at(0)); // running
    queue.cancel(ids.at(3)); // waiting
    queue.cancel(9999);      // unknown: nothing happens
    QVERIFY(waitIdle(queue, idle));

    QSet<FetchQueue::JobId> reported;
    for (const QList<QVariant> &arguments : std::as_const(fetched))
        reported.insert(arguments.at(0).value<FetchQueue::JobId>());
    QCOMPARE(reported, (QSet<FetchQueue::JobId>{ids.at(1), ids.at(2), ids.at(4)}));
    QCOMPARE(server.hits("/f4"), 0);
    QCOMPARE(server.maxActive(), 2);
}

void TestFetchQueue::cancelAllReportsIdleOnce()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    TestHttpResponse silent = slowFeed(0);
    silent.behaviour = TestHttpResponse::Behaviour::Silent;
    server.route("/silent", silent);
    QNetworkAccessManager manager;
    FetchQueue queue(&manager);
    QSignalSpy fetched(&queue, &FetchQueue::fetched);
    QSignalSpy idle(&queue, &FetchQueue::idle);
    for (int i = 0; i < 4; ++i)
        queue.enqueue(requestFor(server.url(QStringLiteral("/silent"))));
    QTRY_COMPARE_WITH_TIMEOUT(server.activeExchanges(), 2, 5000);

    queue.cancelAll();
    QVERIFY(queue.isIdle());
    QCOMPARE(idle.size(), 1);
    queue.cancelAll();
    QCOMPARE(idle.size(), 1);
    // The server sees the cancelled requests go away.
    QTRY_COMPARE_WITH_TIMEOUT(server.activeExchanges(), 0, 5000);
    QTest::qWait(50);
    QCOMPARE(fetched.size(), 0);
}

QTEST_GUILESS_MAIN(TestFetchQueue)
#include "tst_fetchqueue.moc"
