// The 21-day rule applied to the database: what expiry deletes, keeps and remembers.
#include "storagetest.h"

#include "settingsstore.h"
#include "threadexpiry.h"
#include "threadstore.h"

#include <QTest>

using namespace StorageTest;

class TestThreadExpiry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void edges_data();
    void edges();
    void dryRunChangesNothing();
    void tombstonesStopReturns_data();
    void tombstonesStopReturns();
    void dropsEverythingOfAThread();
    void givesSpaceBack();
    void readOnlyDatabaseSaysWhy();
    void refusesNonsense();

private:
    // Stores one thread as a poll at firstSeen would have, returning its id.
    qint64 storeAt(const Item &item, const QDateTime &firstSeen);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    qint64 m_feed = 0;
};

void TestThreadExpiry::init()
{
    m_dir = new QTemporaryDir;
    m_db = open(*m_dir);
    QVERIFY(m_db);
    m_feed = addFeed(*m_db, QStringLiteral("https://courts.example/feed"));
}

void TestThreadExpiry::cleanup()
{
    m_db.reset();
    std::unique_ptr<QTemporaryDir> dir(m_dir);
    m_dir = nullptr;
}

qint64 TestThreadExpiry::storeAt(const Item &item, const QDateTime &firstSeen)
{
    const Result<UpsertReport> stored = ThreadStore(*m_db).store(m_feed, feed({item}), firstSeen);
    if (!stored || stored->insertedIds.isEmpty())
        return 0;
    return stored->insertedIds.first();
}

void TestThreadExpiry::edges_data()
{
    QTest::addColumn<qint64>("postedAgo"); // seconds before now; -1: no post time
    QTest::addColumn<qint64>("seenAgo");   // seconds before now
    QTest::addColumn<bool>("kept");
    QTest::addColumn<std::optional<int>>("feedDays");
    QTest::addColumn<int>("globalDays");
    QTest::addColumn<std::optional<int>>("runDays"); // expire --days
    QTest::addColumn<bool>("deleted");

    const std::optional<int> none;
    QTest::newRow("20 days old") << 20 * day << 20 * day << false << none << 21 << none << false;
    QTest::newRow("one second short of 21 days")
        << 21 * day - 1 << 21 * day - 1 << false << none << 21 << none << false;
    QTest::newRow("exactly 21 days") << 21 * day << 21 * day << false << none << 21 << none << false;
    QTest::newRow("21 days and one second")
        << 21 * day + 1 << 21 * day << false << none << 21 << none << true;
    QTest::newRow("ages from its post time, not first seen")
        << 40 * day << 20 * day << false << none << 21 << std::optional<int>(30) << true;
    QTest::newRow("kept, a year old") << 365 * day << 365 * day << true << none << 21 << none << false;
    QTest::newRow("no post time, seen 21 days and a second ago")
        << qint64(-1) << 21 * day + 1 << false << none << 21 << none << true;
    QTest::newRow("no post time, seen exactly 21 days ago")
        << qint64(-1) << 21 * day << false << none << 21 << none << false;
    QTest::newRow("feed keeps 90 days, 60 days old")
        << 60 * day << 60 * day << false << std::optional<int>(90) << 21 << none << false;
    QTest::newRow("feed keeps 7 days, 8 days old")
        << 8 * day << 8 * day << false << std::optional<int>(7) << 21 << none << true;
    QTest::newRow("global 30 days, 25 days old")
        << 25 * day << 25 * day << false << none << 30 << none << false;
    QTest::newRow("global 30 days, 31 days old")
        << 31 * day << 31 * day << false << none << 30 << none << true;
    QTest::newRow("--days 10, 11 days old")
        << 11 * day << 11 * day << false << none << 21 << std::optional<int>(10) << true;
    QTest::newRow("--days 10, feed keeps 90")
        << 11 * day << 11 * day << false << std::optional<int>(90) << 21 << std::optional<int>(10) << false;
    QTest::newRow("--days 10, kept") << 11 * day << 11 * day << true << none << 21 << std::optional<int>(10)
                                     << false;
}

void TestThreadExpiry::edges()
{
    QFETCH(qint64, postedAgo);
    QFETCH(qint64, seenAgo);
    QFETCH(bool, kept);
    QFETCH(std::optional<int>, feedDays);
    QFETCH(int, globalDays);
    QFETCH(std::optional<int>, runDays);
    QFETCH(bool, deleted);

    QVERIFY(FeedStore(*m_db).setRetentionDays(m_feed, feedDays).ok());
    QVERIFY(SettingsStore(*m_db).setRetentionDays(globalDays).ok());
    const QDateTime posted = postedAgo < 0 ? QDateTime() : now().addSecs(-postedAgo);
    const Item old = item(QStringLiteral("urn:old"), QStringLiteral("Old ruling"), posted);
    const qint64 id = storeAt(old, now().addSecs(-seenAgo));
    QVERIFY(id > 0);
    ThreadStore threads(*m_db);
    if (kept)
        QVERIFY(threads.setKept({id}, true).ok());
    // A thread that is new today never goes.
    const qint64 fresh = storeAt(item(QStringLiteral("urn:new"), QStringLiteral("New ruling"), now()), now());

    ExpiryOptions options;
    options.now = now();
    options.days = runDays;
    const Result<ExpiryReport> report = ThreadExpiry(*m_db).run(options);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->deleted, deleted ? 1 : 0);
    QCOMPARE(threads.thread(id, now()).value().has_value(), !deleted);
    QVERIFY(threads.thread(fresh, now()).value().has_value());
    QCOMPARE(FeedStore(*m_db).feed(m_feed).value()->threads, deleted ? 1 : 2);

    // The expiry a list shows agrees with what expiry did (without --days).
    if (!runDays && !deleted) {
        const std::optional<ThreadRecord> thread = threads.thread(id, now()).value();
        QCOMPARE(thread->expires.isValid(), !kept);
        if (!kept)
            QVERIFY(thread->expires >= now());
    }
    // A deleted thread the feed still lists does not come back.
    const UpsertReport again = threads.store(m_feed, feed({old}), now()).value();
    QCOMPARE(again.tombstoned, deleted ? 1 : 0);
    QCOMPARE(again.inserted, 0);
}

void TestThreadExpiry::dryRunChangesNothing()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(storeAt(item(QStringLiteral("urn:%1").arg(i), QStringLiteral("Story %1").arg(i),
                             now().addSecs(-i * 10 * day)),
                        now().addSecs(-i * 10 * day)) > 0);
    ExpiryOptions options;
    options.now = now();
    options.dryRun = true;
    const qint64 before = m_db->fileSize();
    // Of 0, 10, 20, 30 and 40 days old, the last two are past 21 days.
    QCOMPARE(ThreadExpiry(*m_db).run(options).value().deleted, 2);
    QCOMPARE(ThreadStore(*m_db).count(ThreadFilter{}).value(), 5);
    QCOMPARE(m_db->fileSize(), before);
    options.dryRun = false;
    QCOMPARE(ThreadExpiry(*m_db).run(options).value().deleted, 2);
    QCOMPARE(ThreadStore(*m_db).count(ThreadFilter{}).value(), 3);
}

void TestThreadExpiry::tombstonesStopReturns_data()
{
    QTest::addColumn<QString>("change"); // how the feed lists the expired item later
    QTest::addColumn<bool>("stopped");

    QTest::newRow("same item") << QStringLiteral("same") << true;
    QTest::newRow("new title, same id") << QStringLiteral("title") << true;
    QTest::newRow("new id, same link and post time") << QStringLiteral("id") << true;
    QTest::newRow("new id and link, same text") << QStringLiteral("id link") << true;
    QTest::newRow("new id, same link, new post time, new title") << QStringLiteral("id time title") << false;
    QTest::newRow("another item") << QStringLiteral("other") << false;
}

void TestThreadExpiry::tombstonesStopReturns()
{
    QFETCH(QString, change);
    QFETCH(bool, stopped);

    // No post time, so "too old at first fetch" cannot be what stops it.
    Item old = item(QStringLiteral("urn:gone"), QStringLiteral("Notice of hearing"), QDateTime(),
                    QStringLiteral("<p>Hearing set.</p>"), QStringLiteral("https://courts.example/notice"));
    QVERIFY(storeAt(old, now().addSecs(-30 * day)) > 0);
    ExpiryOptions options;
    options.now = now();
    QCOMPARE(ThreadExpiry(*m_db).run(options).value().deleted, 1);

    Item later = old;
    if (change.contains(u"title"))
        later.title = QStringLiteral("Notice of hearing (amended)");
    if (change.contains(u"id"))
        later.id = QStringLiteral("urn:renumbered");
    if (change.contains(u"link"))
        later.link = QUrl(QStringLiteral("https://courts.example/notice?ref=rss"));
    if (change.contains(u"time"))
        later.published = now();
    if (change == u"other")
        later = item(QStringLiteral("urn:other"), QStringLiteral("Another notice"), QDateTime());
    const UpsertReport report = ThreadStore(*m_db).store(m_feed, feed({later}), now()).value();
    QCOMPARE(report.tombstoned, stopped ? 1 : 0);
    QCOMPARE(report.inserted, stopped ? 0 : 1);
}

void TestThreadExpiry::dropsEverythingOfAThread()
{
    Item filed = item(QStringLiteral("urn:x"), QStringLiteral("Zoning variance"), now().addSecs(-25 * day));
    filed.categories = {QStringLiteral("Land use")};
    filed.enclosures = {Enclosure{QUrl(QStringLiteral("https://x.example/a.pdf")), QString(), 1}};
    const qint64 id = storeAt(filed, now().addSecs(-25 * day));
    Item revised = filed;
    revised.title = QStringLiteral("Zoning variance granted");
    QVERIFY(ThreadStore(*m_db).store(m_feed, feed({revised}), now().addSecs(-24 * day)).ok());
    QCOMPARE(ThreadStore(*m_db).revisions(id).value().size(), 1);

    ExpiryOptions options;
    options.now = now();
    const ExpiryReport report = ThreadExpiry(*m_db).run(options).value();
    QCOMPARE(report.deleted, 1);
    QCOMPARE(report.searchRowsPurged, 1);
    QVERIFY(ThreadStore(*m_db).revisions(id).value().isEmpty());
    ThreadFilter search;
    search.search = QStringLiteral("zoning");
    QCOMPARE(ThreadStore(*m_db).count(search).value(), 0);
    QCOMPARE(ThreadExpiry(*m_db).purgeSearchIndex().value(), 0);
    QVERIFY(m_db->checkIntegrity().value());
}

void TestThreadExpiry::givesSpaceBack()
{
    const QString body =
        QStringLiteral("<p>%1</p>").arg(QStringLiteral("A long opinion text. ").repeated(400));
    QList<Item> items;
    for (int i = 0; i < 400; ++i)
        items.append(
            item(QStringLiteral("urn:%1").arg(i), QStringLiteral("Opinion %1").arg(i), QDateTime(), body));
    QVERIFY(ThreadStore(*m_db).store(m_feed, feed(items), now().addSecs(-30 * day)).ok());
    // Fold the log into the file so its size is the data's.
    m_db.reset();
    m_db = open(*m_dir);
    const qint64 before = m_db->fileSize();
    QVERIFY(before > 2 * 1024 * 1024);

    ExpiryOptions options;
    options.now = now();
    const ExpiryReport report = ThreadExpiry(*m_db).run(options).value();
    QCOMPARE(report.deleted, 400);
    QVERIFY(report.reclaimedBytes > before / 2);
    m_db.reset();
    m_db = open(*m_dir);
    QVERIFY2(m_db->fileSize() < before / 4,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(m_db->fileSize())));
}

void TestThreadExpiry::readOnlyDatabaseSaysWhy()
{
    QVERIFY(storeAt(item(QStringLiteral("urn:o"), QStringLiteral("Old"), QDateTime()),
                    now().addSecs(-30 * day)) > 0);
    m_db.reset();
    DatabaseOptions readOnly;
    readOnly.access = DatabaseOptions::Access::ReadOnly;
    m_db = open(*m_dir, QStringLiteral("docket.sqlite"), readOnly);
    QVERIFY(m_db);
    ExpiryOptions options;
    options.now = now();
    options.dryRun = true;
    QCOMPARE(ThreadExpiry(*m_db).run(options).value().deleted, 1);
    options.dryRun = false;
    const Result<ExpiryReport> refused = ThreadExpiry(*m_db).run(options);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("reading only")),
             qPrintable(refused.error().message));
}

void TestThreadExpiry::refusesNonsense()
{
    ExpiryOptions options;
    QVERIFY(!ThreadExpiry(*m_db).run(options).ok()); // no time
    options.now = now();
    options.days = 0;
    const Result<ExpiryReport> refused = ThreadExpiry(*m_db).run(options);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("at least one day")));
}

QTEST_GUILESS_MAIN(TestThreadExpiry)
#include "tst_threadexpiry.moc"
