// The window stays responsive while it polls large feeds from loopback: the event loop's stalls are
// measured (median and worst) while the poller fetches, parses and stores on its own thread and the
// user keeps moving through the thread list.
#include "database.h"
#include "feedstore.h"
#include "mainwindow.h"
#include "poller.h"
#include "pollfeedback.h"
#include "testhttpserver.h"
#include "threadlistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

class TestPollResponsiveness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowStaysResponsiveDuringAPoll();

private:
    QTemporaryDir m_dir;
};

namespace {

constexpr int feedCount = 12;
constexpr int itemsPerFeed = 250;

// About 1.5 MB of RSS: long articles with markup, as court and law-firm feeds send.
QByteArray bigFeed(int feed)
{
    const QByteArray paragraph =
        "<p>The panel held that the district court erred in granting summary judgment because genuine "
        "disputes of material fact remained as to whether the agency's <em>interpretation</em> of the "
        "statute was reasonable; see <a href=\"https://court.example/op/1\">the opinion</a>.</p>";
    QByteArray xml = "<rss version=\"2.0\"><channel><title>Court " + QByteArray::number(feed) +
                     "</title><link>https://court.example/</link>";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int n = 0; n < itemsPerFeed; ++n) {
        const QByteArray id = QByteArray::number(feed) + '-' + QByteArray::number(n);
        xml += "<item><title>Opinion " + id + "</title><guid>op-" + id +
               "</guid><link>https://court.example/op/" + id + "</link><pubDate>" +
               QLocale::c()
                   .toString(now.addSecs(-600 * (n + 1)), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"))
                   .toUtf8() +
               "</pubDate><description><![CDATA[" + paragraph.repeated(30) + "]]></description></item>";
    }
    return xml + "</channel></rss>";
}

} // namespace

void TestPollResponsiveness::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("DocketTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pollresponsiveness"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    // The window polls on its own only when a test asks it to: no test reaches the internet.
    QSettings().setValue(QStringLiteral("pollAutomatically"), false);
}

void TestPollResponsiveness::windowStaysResponsiveDuringAPoll()
{
    // The server gets a thread of its own, so that serving 18 MB does not
    // count against the window's event loop.
    QThread serverThread;
    serverThread.start();
    auto *server = new TestHttpServer;
    server->moveToThread(&serverThread);
    QList<QUrl> urls;
    bool listening = false;
    QMetaObject::invokeMethod(
        server,
        [server, &urls, &listening] {
            listening = server->listen();
            for (int feed = 0; feed < feedCount; ++feed) {
                const QByteArray path = "/court" + QByteArray::number(feed) + ".xml";
                server->route(path, TestHttpResponse::ok(bigFeed(feed)));
                urls.append(server->url(QString::fromLatin1(path)));
            }
        },
        Qt::BlockingQueuedConnection);
    auto stopServer = qScopeGuard([&serverThread, server] {
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    });
    QVERIFY(listening);

    const QString path = m_dir.filePath(QStringLiteral("responsive.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        for (int feed = 0; feed < feedCount; ++feed) {
            NewFeed subscription;
            subscription.url = urls.at(feed);
            subscription.title = QStringLiteral("Court %1").arg(feed);
            QVERIFY(FeedStore(*db.value()).add(subscription, QDateTime::currentDateTimeUtc()));
        }
    }

    MainWindow window(path);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.poller(), &Poller::finished);

    // A tick every 5 ms; a stall is how much later than that a tick comes.
    QList<qint64> stalls;
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    qint64 last = 0;
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.nsecsElapsed();
        stalls.append(std::max<qint64>(0, now - last - 5'000'000));
        last = now;
    });
    // And a reader moving down the list meanwhile.
    QTimer reader;
    connect(&reader, &QTimer::timeout, this, [&window] { QTest::keyClick(window.threadView(), Qt::Key_J); });

    clock.start();
    ticker.start(5);
    reader.start(60);
    window.poller()->pollAll();
    QElapsedTimer bound;
    bound.start();
    while (finished.isEmpty() && bound.elapsed() < 120000)
        QTest::qWait(20);
    ticker.stop();
    reader.stop();
    QCOMPARE(finished.size(), 1);
    const PollSummary summary = finished.first().first().value<PollSummary>();
    QCOMPARE(summary.ok, feedCount);
    QCOMPARE(summary.inserted, feedCount * itemsPerFeed);
    QTRY_VERIFY(window.threadModel()->rowCount() > 0);

    QVERIFY(stalls.size() > 20);
    std::sort(stalls.begin(), stalls.end());
    const double medianMs = stalls.at(stalls.size() / 2) / 1e6;
    const double worstMs = stalls.last() / 1e6;
    qInfo("event-loop stall during a poll of %d feeds (%d threads) over %lld ms: median %.2f ms, worst %.2f "
          "ms, "
          "%lld ticks",
          feedCount, feedCount * itemsPerFeed, qint64(bound.elapsed()), medianMs, worstMs,
          qint64(stalls.size()));
    QVERIFY2(worstMs < 100.0, qPrintable(QStringLiteral("worst stall %1 ms").arg(worstMs)));
}

QTEST_MAIN(TestPollResponsiveness)
#include "tst_pollresponsiveness.moc"
