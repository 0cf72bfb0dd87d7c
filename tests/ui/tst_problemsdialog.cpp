// ProblemsDialog: failing feeds listed with the reason and the next try; Try Again fetches the chosen
// feed now (a stopped one too) and the list follows.
#include "database.h"
#include "feedstore.h"
#include "poller.h"
#include "problemsdialog.h"
#include "testhttpserver.h"
#include "translations.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestProblemsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsFailingFeedsAndRetries();

private:
    // English plural forms ("1 thread", "3 threads") come from Docket's English translation.
    std::unique_ptr<Translations> m_english;
};

namespace {

qint64 addFeed(Database &db, const QUrl &url, const QString &title, std::optional<FetchRecord> fetch)
{
    NewFeed feed;
    feed.url = url;
    feed.title = title;
    const Result<FeedRecord> added = FeedStore(db).add(feed, QDateTime::currentDateTimeUtc());
    if (!added)
        return 0;
    if (fetch && !FeedStore(db).recordFetch(added->id, *fetch))
        return 0;
    return added->id;
}

FetchRecord failure(const QString &message, bool stopped)
{
    FetchRecord fetch;
    fetch.status = FeedStatus::Error;
    fetch.error = message;
    fetch.fetchedAt = QDateTime::currentDateTimeUtc();
    fetch.nextPoll = stopped ? QDateTime() : fetch.fetchedAt.addSecs(3600);
    fetch.failures = stopped ? 1 : 3;
    fetch.stopped = stopped;
    return fetch;
}

} // namespace

void TestProblemsDialog::listsFailingFeedsAndRetries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("problems.sqlite"));
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/gone.xml", TestHttpResponse::ok("<rss version=\"2.0\"><channel><title>Back</title>"
                                                   "</channel></rss>"));
    auto opened = Database::open(path);
    QVERIFY(opened);
    Database &db = *opened.value();
    FetchRecord fine;
    fine.status = FeedStatus::Ok;
    fine.fetchedAt = QDateTime::currentDateTimeUtc();
    fine.nextPoll = fine.fetchedAt.addSecs(1800);
    QVERIFY(addFeed(db, QUrl(QStringLiteral("https://fine.example/feed")), QStringLiteral("Fine"), fine));
    QVERIFY(addFeed(db, QUrl(QStringLiteral("https://slow.example/feed")), QStringLiteral("Slow Court"),
                    failure(QStringLiteral("The server did not answer within 20 seconds"), false)));
    const qint64 gone =
        addFeed(db, server.url(QStringLiteral("/gone.xml")), QStringLiteral("Gone Blog"),
                failure(QStringLiteral("Gone: the publisher removed this feed (HTTP 410)"), true));
    QVERIFY(gone);

    Poller poller(path);
    ProblemsDialog dialog(db, poller);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    QStringList feeds;
    for (int row = 0; row < table->rowCount(); ++row)
        feeds.append(table->item(row, 0)->text());
    QCOMPARE(feeds, (QStringList{QStringLiteral("Gone Blog"), QStringLiteral("Slow Court")}));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("The server did not answer within 20 seconds"));
    QVERIFY(table->item(1, 2)->text().contains(QStringLiteral("3 failed fetches in a row")));
    QVERIFY(table->item(0, 3)->text().startsWith(QStringLiteral("Stopped")));
    QVERIFY(!dialog.retryButton()->isEnabled()); // nothing chosen yet

    table->selectRow(0);
    QVERIFY(dialog.retryButton()->isEnabled());
    QSignalSpy finished(&poller, &Poller::finished);
    dialog.retryButton()->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(server.hits("/gone.xml"), 1);
    // It answered: no longer a problem, and polled again on schedule.
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Slow Court"));
    const FeedRecord back = *FeedStore(db).feed(gone).value();
    QVERIFY(!back.stopped);
    QVERIFY(back.nextPoll.isValid());
}

void TestProblemsDialog::initTestCase()
{
    m_english = std::make_unique<Translations>(QStringLiteral("en"));
    QCOMPARE(m_english->language(), QStringLiteral("en"));
}

QTEST_MAIN(TestProblemsDialog)
#include "tst_problemsdialog.moc"
