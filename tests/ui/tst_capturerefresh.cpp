// The thread on screen while its full article is being fetched shows the article once the poll that
// captured it is over, against a loopback server.
#include "database.h"
#include "feedparser.h"
#include "feedstore.h"
#include "mainwindow.h"
#include "poller.h"
#include "readerview.h"
#include "testdata.h"
#include "testhttpserver.h"
#include "threadlistmodel.h"
#include "threadstore.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestCaptureRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheArticleOnceCaptured();

private:
    QTemporaryDir m_dir;
};

void TestCaptureRefresh::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("DocketTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_capturerefresh"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    // The window polls on its own only when a test asks it to: no test reaches the internet.
    QSettings().setValue(QStringLiteral("pollAutomatically"), false);
}

void TestCaptureRefresh::showsTheArticleOnceCaptured()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    QByteArray page = TestData::read(QStringLiteral("capture/article_with_images.html"));
    page.replace("IMAGE_HOST", server.url(QStringLiteral("/")).authority().toUtf8());
    server.route("/ruling", TestHttpResponse::ok(page, "text/html"));
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"));
    const QByteArray feed =
        "<rss version=\"2.0\"><channel><title>Courthouse Ledger</title><item><title>Appeals "
        "court narrows arbitration</title><guid>ruling-1</guid><link>" +
        server.url(QStringLiteral("/ruling")).toEncoded() + "</link><pubDate>" + date.toUtf8() +
        "</pubDate><description>The Court of Appeals reversed an order compelling "
        "arbitration.</description></item></channel></rss>";
    server.route("/feed.xml", TestHttpResponse::ok(feed));

    // The thread is stored, its article not yet fetched.
    const QString path = m_dir.filePath(QStringLiteral("capture.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        NewFeed subscription;
        subscription.url = server.url(QStringLiteral("/feed.xml"));
        const Result<FeedRecord> added =
            FeedStore(*db.value()).add(subscription, QDateTime::currentDateTimeUtc());
        QVERIFY(added);
        FeedParser::Options options;
        options.baseUrl = subscription.url;
        const auto parsed = FeedParser::parse(feed, options);
        QVERIFY(parsed);
        QVERIFY(ThreadStore(*db.value()).store(added->id, parsed->feed, QDateTime::currentDateTimeUtc()));
    }

    MainWindow window(path);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.threadModel()->rowCount(), 1);
    window.threadView()->setCurrentIndex(window.threadModel()->index(0, 0));
    QTRY_VERIFY(window.readerView()->documentHtml().contains(QStringLiteral("Fetching the full article")));

    QSignalSpy finished(window.poller(), &Poller::finished);
    window.poller()->pollAll();
    QVERIFY(finished.wait(20000));
    QCOMPARE(server.hits("/ruling"), 1);
    const QString shown = window.readerView()->documentHtml();
    QVERIFY2(!shown.contains(QStringLiteral("Fetching the full article")), qPrintable(shown.left(400)));
    QVERIFY(shown.contains(QStringLiteral("the presiding judge said the clause")));
}

QTEST_MAIN(TestCaptureRefresh)
#include "tst_capturerefresh.moc"
