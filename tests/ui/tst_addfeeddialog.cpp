// AddFeedDialog: an address, the feed found behind it with a preview, a folder, subscribe — against a
// loopback server, with the poller's worker doing the fetching.
#include "addfeeddialog.h"
#include "database.h"
#include "feedstore.h"
#include "poller.h"
#include "testhttpserver.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestAddFeedDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void findsPreviewsAndSubscribes();
    void offersTheOtherFeedsOfAPage();
    void saysPlainlyWhatWentWrong_data();
    void saysPlainlyWhatWentWrong();
    void handsFilesToTheWriter();

private:
    QTemporaryDir m_dir;
    QString m_path;
    // English plural forms ("1 thread", "3 threads") come from Docket's English translation.
    std::unique_ptr<Translations> m_english;
};

namespace {

QByteArray rss(const QString &title, int count)
{
    QByteArray xml = "<rss version=\"2.0\"><channel><title>" + title.toUtf8() + "</title>";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int n = 0; n < count; ++n)
        xml += "<item><title>Ruling " + QByteArray::number(n) + "</title><guid>r" + QByteArray::number(n) +
               "</guid><pubDate>" +
               QLocale::c()
                   .toString(now.addSecs(-3600 * (n + 1)), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"))
                   .toUtf8() +
               "</pubDate><description>Text " + QByteArray::number(n) + "</description></item>";
    return xml + "</channel></rss>";
}

// Waits, bounded, until the dialog is no longer waiting on the poller.
bool settle(const AddFeedDialog &dialog)
{
    return QTest::qWaitFor([&dialog] { return dialog.findButton()->isEnabled(); }, 20000);
}

} // namespace

void TestAddFeedDialog::init()
{
    QVERIFY(m_dir.isValid());
    m_path =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(Database::open(m_path));
}

void TestAddFeedDialog::findsPreviewsAndSubscribes()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/feed.xml", TestHttpResponse::ok(rss(QStringLiteral("Appeals Court"), 12)));
    Poller poller(m_path);
    AddFeedDialog dialog(poller, {QStringLiteral("Courts")});
    QVERIFY(!dialog.subscribeButton()->isEnabled());
    dialog.addressField()->setText(server.url(QStringLiteral("/feed.xml")).toString());
    QTest::mouseClick(dialog.findButton(), Qt::LeftButton);
    QVERIFY(!dialog.findButton()->isEnabled()); // waiting, not blocking
    QVERIFY(settle(dialog));
    QVERIFY2(dialog.found().has_value(), qPrintable(dialog.statusLabel()->text()));
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Appeals Court")));
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("12 threads")));
    QCOMPARE(dialog.previewList()->count(), 8); // the latest eight, newest first
    QVERIFY(dialog.previewList()->item(0)->text().startsWith(QStringLiteral("Ruling 0 — ")));
    QCOMPARE(dialog.titleField()->text(), QStringLiteral("Appeals Court"));
    QVERIFY(dialog.subscribeButton()->isEnabled());

    dialog.titleField()->setText(QStringLiteral("Court of Appeals"));
    dialog.folderField()->setCurrentText(QStringLiteral("Courts/Appellate"));
    QSignalSpy subscribed(&dialog, &AddFeedDialog::subscribedTo);
    QTest::mouseClick(dialog.subscribeButton(), Qt::LeftButton);
    QVERIFY(subscribed.wait(20000));
    QCOMPARE(subscribed.first().at(2).toInt(), 12);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto db = Database::open(m_path);
    const QList<FeedRecord> feeds = FeedStore(*db.value()).list().value();
    QCOMPARE(feeds.size(), 1);
    QCOMPARE(feeds.first().title, QStringLiteral("Court of Appeals"));
    QCOMPARE(feeds.first().folderPath, (QStringList{QStringLiteral("Courts"), QStringLiteral("Appellate")}));
    QCOMPARE(feeds.first().threads, 12);
    QCOMPARE(server.hits("/feed.xml"), 1); // fetched once: the preview's fetch is what is stored
}

void TestAddFeedDialog::offersTheOtherFeedsOfAPage()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route(
        "/", TestHttpResponse::ok("<html><head>"
                                  "<link rel=alternate type=application/rss+xml href=/a.xml title=Opinions>"
                                  "<link rel=alternate type=application/rss+xml href=/b.xml title=Orders>"
                                  "</head></html>",
                                  "text/html"));
    server.route("/a.xml", TestHttpResponse::ok(rss(QStringLiteral("Opinions"), 2)));
    server.route("/b.xml", TestHttpResponse::ok(rss(QStringLiteral("Orders"), 3)));
    Poller poller(m_path);
    AddFeedDialog dialog(poller, {});
    dialog.addressField()->setText(server.url(QStringLiteral("/")).toString());
    dialog.findButton()->click();
    QVERIFY(settle(dialog));
    QVERIFY(dialog.found());
    QCOMPARE(dialog.found()->feed.title, QStringLiteral("Opinions"));
    QVERIFY(!dialog.otherFeeds()->isHidden());
    QCOMPARE(dialog.otherFeeds()->count(), 2);
    QVERIFY(dialog.otherFeeds()->itemText(1).startsWith(QStringLiteral("Orders (")));
    // Choosing the other one finds it instead.
    dialog.titleField()->clear();
    dialog.otherFeeds()->setCurrentIndex(1);
    Q_EMIT dialog.otherFeeds()->activated(1);
    QVERIFY(settle(dialog));
    QVERIFY(dialog.found());
    QCOMPARE(dialog.found()->feed.title, QStringLiteral("Orders"));
    QCOMPARE(dialog.previewList()->count(), 3);
}

void TestAddFeedDialog::saysPlainlyWhatWentWrong_data()
{
    QTest::addColumn<QString>("address"); // "{server}" is replaced by the loopback server's address
    QTest::addColumn<QString>("statusHas");
    QTest::newRow("page without a feed")
        << QStringLiteral("{server}/plain.html") << QStringLiteral("links to no feed");
    QTest::newRow("missing") << QStringLiteral("{server}/nothing") << QStringLiteral("404");
    QTest::newRow("another scheme") << QStringLiteral("ftp://files.example/feed.xml")
                                    << QStringLiteral("not ftp: addresses");
    QTest::newRow("no host") << QStringLiteral("https://") << QStringLiteral("is not a valid web address");
}

void TestAddFeedDialog::saysPlainlyWhatWentWrong()
{
    QFETCH(QString, address);
    QFETCH(QString, statusHas);
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/plain.html",
                 TestHttpResponse::ok("<html><head><title>Firm</title></head></html>", "text/html"));
    Poller poller(m_path);
    AddFeedDialog dialog(poller, {});
    dialog.addressField()->setText(QString(address).replace(
        QStringLiteral("{server}"), server.url(QStringLiteral("/")).toString().chopped(1)));
    dialog.findButton()->click();
    QVERIFY(settle(dialog));
    QVERIFY2(dialog.statusLabel()->text().contains(statusHas), qPrintable(dialog.statusLabel()->text()));
    QVERIFY(!dialog.found());
    QVERIFY(!dialog.subscribeButton()->isEnabled());
}

void TestAddFeedDialog::handsFilesToTheWriter()
{
    Poller poller(m_path);
    AddFeedDialog dialog(poller, {});
    QSignalSpy file(&dialog, &AddFeedDialog::fileChosen);
    dialog.addressField()->setText(QStringLiteral("/srv/court/feed.xml"));
    dialog.findButton()->click();
    QCOMPARE(file.size(), 1);
    QCOMPARE(file.first().first().toString(), QStringLiteral("/srv/court/feed.xml"));
}

void TestAddFeedDialog::initTestCase()
{
    m_english = std::make_unique<Translations>(QStringLiteral("en"));
    QCOMPARE(m_english->language(), QStringLiteral("en"));
}

QTEST_MAIN(TestAddFeedDialog)
#include "tst_addfeeddialog.moc"
