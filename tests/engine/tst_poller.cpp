// Poller: the window's poller on its worker thread, against a loopback server that the test thread runs.
#include "database.h"
#include "feedstore.h"
#include "poller.h"
#include "pollfixture.h"
#include "testhttpserver.h"
#include "threadstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pollsOnItsOwnThread();
    void dropsARequestWhileBusy();
    void findsAndSubscribes();
    void refusesASecondSubscription();
    void closesPromptlyDuringAPoll();
    void automaticPollingPollsWhatIsDue();

private:
    qint64 subscribe(const QUrl &url);
    qint64 threads();

    QTemporaryDir m_dir;
    QString m_path;
};

void TestPoller::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(
        QStringLiteral("cache-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(Database::open(m_path));
}

qint64 TestPoller::subscribe(const QUrl &url)
{
    auto db = Database::open(m_path);
    NewFeed feed;
    feed.url = url;
    feed.title = QStringLiteral("Court");
    const auto added = FeedStore(*db.value()).add(feed, QDateTime::currentDateTimeUtc());
    return added ? added->id : 0;
}

qint64 TestPoller::threads()
{
    auto db = Database::open(m_path);
    return ThreadStore(*db.value()).count(ThreadFilter{}).value();
}

void TestPoller::pollsOnItsOwnThread()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/a.xml",
                 TestHttpResponse::ok(PollFixture::rss(QStringLiteral("A"), 4, QStringLiteral("a"))));
    server.route("/b.xml",
                 TestHttpResponse::ok(PollFixture::rss(QStringLiteral("B"), 2, QStringLiteral("b"))));
    QVERIFY(subscribe(server.url(QStringLiteral("/a.xml"))));
    QVERIFY(subscribe(server.url(QStringLiteral("/b.xml"))));

    Poller poller(m_path);
    QSignalSpy started(&poller, &Poller::started);
    QSignalSpy progress(&poller, &Poller::progress);
    QSignalSpy polled(&poller, &Poller::feedPolled);
    QSignalSpy finished(&poller, &Poller::finished);
    QThread *testThread = QThread::currentThread();
    QThread *seenOn = nullptr;
    connect(&poller, &Poller::feedPolled, this, [&seenOn] { seenOn = QThread::currentThread(); });
    poller.pollDue(); // new feeds are due at once
    QVERIFY(poller.isBusy());
    QVERIFY(finished.wait(20000));
    QVERIFY(!poller.isBusy());
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toInt(), 2);
    QCOMPARE(progress.size(), 2);
    QCOMPARE(polled.size(), 2);
    QCOMPARE(seenOn, testThread); // signals arrive on the window's thread
    const PollSummary summary = finished.first().first().value<PollSummary>();
    QCOMPARE(summary.ok, 2);
    QCOMPARE(summary.inserted, 6);
    QCOMPARE(threads(), 6);
}

void TestPoller::dropsARequestWhileBusy()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    TestHttpResponse slow = TestHttpResponse::ok(PollFixture::rss(QStringLiteral("A"), 1));
    slow.delayMs = 500;
    server.route("/a.xml", slow);
    QVERIFY(subscribe(server.url(QStringLiteral("/a.xml"))));
    Poller poller(m_path);
    QSignalSpy finished(&poller, &Poller::finished);
    poller.pollAll();
    poller.pollAll();
    poller.pollFeed(1);
    QVERIFY(finished.wait(20000));
    QTest::qWait(700);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(server.hits("/a.xml"), 1);
}

void TestPoller::findsAndSubscribes()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/", TestHttpResponse::ok("<html><head><link rel=alternate type=application/atom+xml "
                                           "href=/feed.xml></head></html>",
                                           "text/html"));
    server.route("/feed.xml", TestHttpResponse::ok(PollFixture::rss(QStringLiteral("Ninth Circuit"), 3)));
    Poller poller(m_path);
    QSignalSpy found(&poller, &Poller::found);
    poller.find(server.url(QStringLiteral("/")));
    QVERIFY(found.wait(20000));
    const FoundFeed feed = found.first().first().value<FoundFeed>();
    QCOMPARE(feed.feed.title, QStringLiteral("Ninth Circuit"));
    QCOMPARE(feed.feed.items.size(), 3);

    QSignalSpy subscribed(&poller, &Poller::subscribed);
    poller.subscribe(feed, QStringLiteral("CA9"), {QStringLiteral("Courts"), QStringLiteral("Federal")});
    QVERIFY(subscribed.wait(20000));
    const FeedRecord record = subscribed.first().first().value<FeedRecord>();
    QCOMPARE(subscribed.first().at(1).toInt(), 3);
    QCOMPARE(record.title, QStringLiteral("CA9"));
    QCOMPARE(record.folderPath, (QStringList{QStringLiteral("Courts"), QStringLiteral("Federal")}));
    QCOMPARE(record.url, server.url(QStringLiteral("/feed.xml")));
    QCOMPARE(threads(), 3);
}

void TestPoller::refusesASecondSubscription()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/feed.xml", TestHttpResponse::ok(PollFixture::rss(QStringLiteral("Court"), 1)));
    QVERIFY(subscribe(server.url(QStringLiteral("/feed.xml"))));
    Poller poller(m_path);
    QSignalSpy found(&poller, &Poller::found);
    QSignalSpy notFound(&poller, &Poller::notFound);
    poller.find(server.url(QStringLiteral("/missing.xml")));
    QVERIFY(notFound.wait(20000));
    QVERIFY(notFound.first().first().toString().contains(QStringLiteral("404")));
    poller.find(server.url(QStringLiteral("/feed.xml")));
    QVERIFY(found.wait(20000));
    QSignalSpy failed(&poller, &Poller::subscribeFailed);
    poller.subscribe(found.first().first().value<FoundFeed>(), QString(), {});
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("already subscribed")),
             qPrintable(failed.first().first().toString()));
}

void TestPoller::closesPromptlyDuringAPoll()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    TestHttpResponse silent;
    silent.behaviour = TestHttpResponse::Behaviour::Silent;
    server.route("/silent.xml", silent);
    QVERIFY(subscribe(server.url(QStringLiteral("/silent.xml"))));
    QElapsedTimer timer;
    {
        Poller poller(m_path);
        poller.pollAll();
        QTest::qWait(300);
        timer.start();
    }
    QVERIFY2(timer.elapsed() < 3000, QByteArray::number(timer.elapsed()));
}

void TestPoller::automaticPollingPollsWhatIsDue()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/a.xml", TestHttpResponse::ok(PollFixture::rss(QStringLiteral("A"), 2)));
    QVERIFY(subscribe(server.url(QStringLiteral("/a.xml"))));
    Poller poller(m_path);
    QSignalSpy finished(&poller, &Poller::finished);
    poller.setAutomatic(true, std::chrono::milliseconds(100));
    QVERIFY(poller.isAutomatic());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<PollSummary>().inserted, 2);
    // After it, the feed waits its interval: later checks poll nothing.
    QTest::qWait(500);
    QCOMPARE(server.hits("/a.xml"), 1);
    poller.setAutomatic(false);
    QVERIFY(!poller.isAutomatic());
}

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
