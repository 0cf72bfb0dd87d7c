// PollFeedback: progress in the status bar while the poller works, the summary after, and the news of
// new threads the tray announces.
#include "database.h"
#include "feedstore.h"
#include "poller.h"
#include "pollfeedback.h"
#include "testhttpserver.h"
#include "translations.h"

#include <QApplication>
#include <QLocale>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestPollFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summaryText_data();
    void summaryText();
    void followsAPoll();

private:
    // English plural forms ("1 thread", "3 threads") come from Docket's English translation.
    std::unique_ptr<Translations> m_english;
};

void TestPollFeedback::summaryText_data()
{
    QTest::addColumn<int>("feeds");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("revised");
    QTest::addColumn<int>("failed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing due") << 0 << 0 << 0 << 0 << QStringLiteral("No feed was due for a fetch.");
    QTest::newRow("one feed, one thread")
        << 1 << 1 << 0 << 0 << QStringLiteral("Polled 1 feed: 1 new thread.");
    QTest::newRow("revisions and failures")
        << 40 << 5 << 2 << 3
        << QStringLiteral("Polled 40 feeds: 5 new threads, 2 revised; 3 failed (see Feeds ▸ Problems).");
}

void TestPollFeedback::summaryText()
{
    QFETCH(int, feeds);
    QFETCH(int, inserted);
    QFETCH(int, revised);
    QFETCH(int, failed);
    QFETCH(QString, expected);
    PollSummary summary;
    summary.feeds = feeds;
    summary.inserted = inserted;
    summary.revised = revised;
    summary.failed = failed;
    QCOMPARE(PollFeedback::summaryText(summary), expected);
}

void TestPollFeedback::followsAPoll()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("feedback.sqlite"));
    TestHttpServer server;
    QVERIFY(server.listen());
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(-600),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"));
    for (const char *name : {"a", "b"}) {
        TestHttpResponse response = TestHttpResponse::ok(
            "<rss version=\"2.0\"><channel><title>Court " + QByteArray(name) +
            "</title><item><title>Ruling</title>"
            "<guid>" +
            QByteArray(name) + "1</guid><pubDate>" + date.toUtf8() + "</pubDate></item></channel></rss>");
        response.delayMs = 150;
        server.route("/" + QByteArray(name) + ".xml", response);
    }
    server.route("/c.xml", TestHttpResponse::withStatus(500));
    {
        auto db = Database::open(path);
        for (const char *name : {"a", "b", "c"}) {
            NewFeed feed;
            feed.url = server.url(QStringLiteral("/%1.xml").arg(QLatin1String(name)));
            QVERIFY(FeedStore(*db.value()).add(feed, QDateTime::currentDateTimeUtc()));
        }
    }
    Poller poller(path);
    QStatusBar bar;
    PollFeedback feedback(poller, bar);
    QSignalSpy news(&feedback, &PollFeedback::newThreads);
    QSignalSpy messages(&feedback, &PollFeedback::message);
    QSignalSpy changed(&feedback, &PollFeedback::cacheChanged);
    QSignalSpy finished(&poller, &Poller::finished);
    QVERIFY(feedback.progressBar()->isHidden());
    poller.pollAll();
    QTRY_VERIFY(!feedback.progressBar()->isHidden());
    QCOMPARE(feedback.progressBar()->maximum(), 3);
    QVERIFY(finished.wait(20000));
    QVERIFY(feedback.progressBar()->isHidden());
    QCOMPARE(feedback.progressBar()->value(), 3);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(news.size(), 1);
    QCOMPARE(news.first().at(0).toInt(), 2);
    // Feeds without a title get theirs from the document.
    QStringList titles = news.first().at(1).toStringList();
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("Court a"), QStringLiteral("Court b")}));
    QCOMPARE(messages.first().first().toString(), QStringLiteral("Fetching 3 feeds…"));
    QCOMPARE(messages.last().first().toString(),
             QStringLiteral("Polled 3 feeds: 2 new threads; 1 failed (see Feeds ▸ Problems)."));
}

void TestPollFeedback::initTestCase()
{
    m_english = std::make_unique<Translations>(QStringLiteral("en"));
    QCOMPARE(m_english->language(), QStringLiteral("en"));
}

QTEST_MAIN(TestPollFeedback)
#include "tst_pollfeedback.moc"
