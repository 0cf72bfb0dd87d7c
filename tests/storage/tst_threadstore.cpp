// Storing parsed feeds: dedupe, revisions, retention at first fetch; reading and marking.
#include "storagetest.h"

#include "folderstore.h"
#include "threadexpiry.h"
#include "threadstore.h"
#include "transaction.h"

#include <QTest>

using namespace StorageTest;

namespace {

// inserted, revised, unchanged, too old, tombstoned: a report as a list so a
// failing row shows every count.
QList<int> counts(const UpsertReport &report)
{
    return {report.inserted, report.revised, report.unchanged, report.tooOld, report.tombstoned};
}

QDateTime hoursAgo(int hours)
{
    return now().addSecs(-hours * 3600);
}

} // namespace

class TestThreadStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void secondPoll_data();
    void secondPoll();
    void firstFetchRetention_data();
    void firstFetchRetention();
    void revisionKeepsStateAndHistory();
    void revisionUpdatesSearch();
    void sameIdInTwoFeedsIsTwoThreads();
    void attachmentsRoundTrip();
    void unknownFeedIsRefused();
    void outerRollbackUndoesStore();
    void marking();
    void removingFeedDropsItsThreads();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    qint64 m_feed = 0;
};

void TestThreadStore::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_db = open(*m_dir);
    QVERIFY(m_db);
    m_feed = addFeed(*m_db, QStringLiteral("https://courts.example/opinions.xml"));
    QVERIFY(m_feed > 0);
}

void TestThreadStore::cleanup()
{
    m_db.reset();
    std::unique_ptr<QTemporaryDir> dir(m_dir);
    m_dir = nullptr;
}

void TestThreadStore::secondPoll_data()
{
    QTest::addColumn<QList<Item>>("first");
    QTest::addColumn<QList<Item>>("second");
    QTest::addColumn<QList<int>>("report"); // of the second poll
    QTest::addColumn<int>("threads");       // stored after both
    QTest::addColumn<int>("revisions");     // kept in all

    const Item a =
        item(QStringLiteral("urn:a"), QStringLiteral("Smith v. Jones decided"), hoursAgo(5),
             QStringLiteral("<p>The court affirmed.</p>"), QStringLiteral("https://courts.example/a"));
    const Item b =
        item(QStringLiteral("urn:b"), QStringLiteral("Doe v. Roe argued"), hoursAgo(3),
             QStringLiteral("<p>Oral argument was heard.</p>"), QStringLiteral("https://courts.example/b"));

    QTest::newRow("same items again: unchanged")
        << QList<Item>{a, b} << QList<Item>{a, b} << QList<int>{0, 0, 2, 0, 0} << 2 << 0;
    QTest::newRow("one new item") << QList<Item>{a} << QList<Item>{a, b} << QList<int>{1, 0, 1, 0, 0} << 2
                                  << 0;

    Item retitled = a;
    retitled.title = QStringLiteral("Smith v. Jones decided (corrected)");
    QTest::newRow("title corrected: revised")
        << QList<Item>{a} << QList<Item>{retitled} << QList<int>{0, 1, 0, 0, 0} << 1 << 1;
    Item rewritten = a;
    rewritten.content = QStringLiteral("<p>The court reversed.</p>");
    QTest::newRow("body changed: revised")
        << QList<Item>{a} << QList<Item>{rewritten} << QList<int>{0, 1, 0, 0, 0} << 1 << 1;
    Item summarised = a;
    summarised.summary = QStringLiteral("A new summary");
    QTest::newRow("summary added: revised")
        << QList<Item>{a} << QList<Item>{summarised} << QList<int>{0, 1, 0, 0, 0} << 1 << 1;
    Item reflowed = a;
    reflowed.content = QStringLiteral("<p>The court\n    affirmed.</p>\n");
    reflowed.title = QStringLiteral("  Smith v. Jones   decided ");
    QTest::newRow("only white space changed: unchanged")
        << QList<Item>{a} << QList<Item>{reflowed} << QList<int>{0, 0, 1, 0, 0} << 1 << 0;
    Item dated = a;
    dated.updated = hoursAgo(1);
    dated.categories = {QStringLiteral("Appeals")};
    QTest::newRow("only metadata changed: unchanged")
        << QList<Item>{a} << QList<Item>{dated} << QList<int>{0, 0, 1, 0, 0} << 1 << 0;
    QTest::newRow("changed twice: two revisions")
        << QList<Item>{a, retitled} << QList<Item>{rewritten} << QList<int>{0, 1, 0, 0, 0} << 1 << 2;

    Item newId = a;
    newId.id = QStringLiteral("urn:a-renumbered");
    QTest::newRow("new id, same link: the same thread")
        << QList<Item>{a} << QList<Item>{newId} << QList<int>{0, 0, 1, 0, 0} << 1 << 0;
    Item newIdRetitled = retitled;
    newIdRetitled.id = QStringLiteral("urn:a-renumbered");
    QTest::newRow("new id, same link, new title: revised")
        << QList<Item>{a} << QList<Item>{newIdRetitled} << QList<int>{0, 1, 0, 0, 0} << 1 << 1;

    // A feed pointing every item at its home page: the link identifies nothing.
    Item home1 = item(QStringLiteral("urn:h1"), QStringLiteral("First notice"), hoursAgo(4), QString(),
                      QStringLiteral("https://courts.example/"));
    Item home2 = item(QStringLiteral("urn:h2"), QStringLiteral("Second notice"), hoursAgo(2), QString(),
                      QStringLiteral("https://courts.example/"));
    Item home3 = item(QStringLiteral("urn:h3"), QStringLiteral("Third notice"), hoursAgo(1), QString(),
                      QStringLiteral("https://courts.example/"));
    QTest::newRow("shared link: separate threads")
        << QList<Item>{home1, home2} << QList<Item>{home1, home2, home3} << QList<int>{1, 0, 2, 0, 0} << 3
        << 0;
    QTest::newRow("shared link, one item a poll: separate threads")
        << QList<Item>{home1} << QList<Item>{home2} << QList<int>{1, 0, 0, 0, 0} << 2 << 0;
    Item redated = newIdRetitled;
    redated.published = hoursAgo(1);
    QTest::newRow("new id, same link, new post time: a new thread")
        << QList<Item>{a} << QList<Item>{redated} << QList<int>{1, 0, 0, 0, 0} << 2 << 0;

    Item copy = a;
    copy.id = QStringLiteral("urn:a-syndicated");
    copy.link = QUrl(QStringLiteral("https://mirror.example/a"));
    QTest::newRow("new id and link, same text: duplicate")
        << QList<Item>{a} << QList<Item>{copy} << QList<int>{0, 0, 1, 0, 0} << 1 << 0;

    Item empty1;
    empty1.id = QStringLiteral("urn:empty1");
    empty1.published = hoursAgo(2);
    Item empty2 = empty1;
    empty2.id = QStringLiteral("urn:empty2");
    QTest::newRow("empty items are not each other's duplicates")
        << QList<Item>{empty1} << QList<Item>{empty1, empty2} << QList<int>{1, 0, 1, 0, 0} << 2 << 0;

    Item noId = b;
    noId.id.clear();
    QTest::newRow("no id: the link identifies it")
        << QList<Item>{noId} << QList<Item>{noId} << QList<int>{0, 0, 1, 0, 0} << 1 << 0;
}

void TestThreadStore::secondPoll()
{
    QFETCH(QList<Item>, first);
    QFETCH(QList<Item>, second);
    QFETCH(QList<int>, report);
    QFETCH(int, threads);
    QFETCH(int, revisions);

    ThreadStore store(*m_db);
    // Items of the first list are stored one poll each, in order.
    for (const Item &item : first)
        QVERIFY(store.store(m_feed, feed({item}), now().addSecs(-600)).ok());
    const Result<UpsertReport> result = store.store(m_feed, feed(second), now());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(counts(result.value()), report);

    ThreadFilter all;
    const Result<ThreadPage> page = store.list(all, now());
    QVERIFY(page.ok());
    QCOMPARE(page->threads.size(), threads);
    int stored = 0;
    for (const ThreadRecord &thread : page->threads) {
        const Result<QList<RevisionRecord>> earlier = store.revisions(thread.id);
        QVERIFY(earlier.ok());
        stored += int(earlier->size());
        QCOMPARE(thread.revised, !earlier->isEmpty());
    }
    QCOMPARE(stored, revisions);
}

void TestThreadStore::firstFetchRetention_data()
{
    QTest::addColumn<std::optional<int>>("feedDays");
    QTest::addColumn<qint64>("ageSeconds"); // -1: no post time
    QTest::addColumn<bool>("stored");

    QTest::newRow("posted today") << std::optional<int>() << qint64(3600) << true;
    QTest::newRow("posted exactly 21 days ago") << std::optional<int>() << 21 * day << true;
    QTest::newRow("posted 21 days and a second ago") << std::optional<int>() << 21 * day + 1 << false;
    QTest::newRow("posted a year ago") << std::optional<int>() << 365 * day << false;
    QTest::newRow("no post time") << std::optional<int>() << qint64(-1) << true;
    QTest::newRow("feed keeps 90 days, posted 60 days ago") << std::optional<int>(90) << 60 * day << true;
    QTest::newRow("feed keeps 7 days, posted 8 days ago") << std::optional<int>(7) << 8 * day << false;
}

void TestThreadStore::firstFetchRetention()
{
    QFETCH(std::optional<int>, feedDays);
    QFETCH(qint64, ageSeconds);
    QFETCH(bool, stored);

    QVERIFY(FeedStore(*m_db).setRetentionDays(m_feed, feedDays).ok());
    const QDateTime published = ageSeconds < 0 ? QDateTime() : now().addSecs(-ageSeconds);
    ThreadStore store(*m_db);
    const Result<UpsertReport> result = store.store(
        m_feed, feed({item(QStringLiteral("urn:x"), QStringLiteral("Old news"), published)}), now());
    QVERIFY(result.ok());
    QCOMPARE(result->inserted, stored ? 1 : 0);
    QCOMPARE(result->tooOld, stored ? 0 : 1);
    QCOMPARE(store.count(ThreadFilter{}).value(), stored ? 1 : 0);
}

void TestThreadStore::revisionKeepsStateAndHistory()
{
    ThreadStore store(*m_db);
    Item original = item(QStringLiteral("urn:r"), QStringLiteral("Ruling expected Monday"), hoursAgo(30),
                         QStringLiteral("<p>The ruling is expected on Monday.</p>"));
    const QDateTime firstPoll = now().addSecs(-20 * 3600);
    const Result<UpsertReport> first = store.store(m_feed, feed({original}), firstPoll);
    QVERIFY(first.ok());
    const qint64 id = first->insertedIds.value(0);
    QVERIFY(store.setRead({id}, true).ok());
    QVERIFY(store.setKept({id}, true).ok());

    Item corrected = original;
    corrected.title = QStringLiteral("Ruling postponed");
    corrected.content = QStringLiteral("<p>The ruling was postponed.</p>");
    const Result<UpsertReport> second = store.store(m_feed, feed({corrected}), now());
    QVERIFY(second.ok());
    QCOMPARE(second->revisedIds, QList<qint64>{id});

    const std::optional<ThreadRecord> thread = store.thread(id, now()).value();
    QVERIFY(thread);
    QCOMPARE(thread->title, corrected.title);
    QCOMPARE(thread->content, corrected.content);
    QVERIFY(thread->revised);
    QVERIFY(thread->read);
    QVERIFY(thread->kept);
    QVERIFY(!thread->expires.isValid());
    QCOMPARE(thread->changedAt, now());
    QCOMPARE(thread->firstSeen, firstPoll);
    QCOMPARE(thread->published, original.published);

    const QList<RevisionRecord> revisions = store.revisions(id).value();
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions.first().title, original.title);
    QCOMPARE(revisions.first().content, original.content);
    QCOMPARE(revisions.first().at, firstPoll);
    QCOMPARE(revisions.first().replacedAt, now());
}

void TestThreadStore::revisionUpdatesSearch()
{
    ThreadStore store(*m_db);
    Item original = item(QStringLiteral("urn:s"), QStringLiteral("Injunction granted"), hoursAgo(2),
                         QStringLiteral("<p>The motion was heard.</p>"));
    QVERIFY(store.store(m_feed, feed({original}), now().addSecs(-60)).ok());
    Item corrected = original;
    corrected.title = QStringLiteral("Injunction denied");
    QVERIFY(store.store(m_feed, feed({corrected}), now()).ok());

    ThreadFilter search;
    search.search = QStringLiteral("denied");
    QCOMPARE(store.count(search).value(), 1);
    search.search = QStringLiteral("granted");
    QCOMPARE(store.count(search).value(), 0);
}

void TestThreadStore::sameIdInTwoFeedsIsTwoThreads()
{
    const qint64 other = addFeed(*m_db, QStringLiteral("https://other.example/feed"));
    ThreadStore store(*m_db);
    const Item shared = item(QStringLiteral("urn:shared"), QStringLiteral("Syndicated story"), hoursAgo(1));
    QCOMPARE(store.store(m_feed, feed({shared}), now()).value().inserted, 1);
    QCOMPARE(store.store(other, feed({shared}), now()).value().inserted, 1);
    QCOMPARE(store.count(ThreadFilter{}).value(), 2);
}

void TestThreadStore::attachmentsRoundTrip()
{
    ThreadStore store(*m_db);
    Item withFiles = item(QStringLiteral("urn:f"), QStringLiteral("Opinion filed"), hoursAgo(1));
    withFiles.author = QStringLiteral("Clerk of Court");
    withFiles.summary = QStringLiteral("<b>Filed</b>");
    withFiles.updated = hoursAgo(0);
    withFiles.categories = {QStringLiteral("Opinions"), QStringLiteral("Tax")};
    withFiles.enclosures = {Enclosure{QUrl(QStringLiteral("https://courts.example/op.pdf")),
                                      QStringLiteral("application/pdf"), 123456},
                            Enclosure{QUrl(QStringLiteral("https://courts.example/arg.mp3")), QString(), -1}};
    const qint64 id = store.store(m_feed, feed({withFiles}), now()).value().insertedIds.value(0);
    const std::optional<ThreadRecord> thread = store.thread(id, now()).value();
    QVERIFY(thread);
    QCOMPARE(thread->guid, withFiles.id);
    QCOMPARE(thread->author, withFiles.author);
    QCOMPARE(thread->summary, withFiles.summary);
    QCOMPARE(thread->updated, withFiles.updated);
    QCOMPARE(thread->categories, withFiles.categories);
    QCOMPARE(thread->enclosures, withFiles.enclosures);
    QCOMPARE(thread->feedTitle, QStringLiteral("https://courts.example/opinions.xml"));
    QCOMPARE(thread->expires, withFiles.published.addSecs(21 * day));
    QVERIFY(!store.thread(id + 1000, now()).value().has_value());
}

void TestThreadStore::unknownFeedIsRefused()
{
    ThreadStore store(*m_db);
    const Result<UpsertReport> result = store.store(
        m_feed + 99, feed({item(QStringLiteral("urn:x"), QStringLiteral("X"), hoursAgo(1))}), now());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("no such feed")),
             qPrintable(result.error().message));
}

void TestThreadStore::outerRollbackUndoesStore()
{
    ThreadStore store(*m_db);
    {
        Transaction outer(*m_db);
        QVERIFY(outer.ok());
        QCOMPARE(
            store
                .store(m_feed, feed({item(QStringLiteral("urn:x"), QStringLiteral("X"), hoursAgo(1))}), now())
                .value()
                .inserted,
            1);
        QCOMPARE(store.count(ThreadFilter{}).value(), 1);
        // Leaving the scope without commit rolls the whole change back.
    }
    QCOMPARE(store.count(ThreadFilter{}).value(), 0);
    QCOMPARE(
        store.store(m_feed, feed({item(QStringLiteral("urn:x"), QStringLiteral("X"), hoursAgo(1))}), now())
            .value()
            .inserted,
        1);
}

void TestThreadStore::marking()
{
    ThreadStore store(*m_db);
    const QList<qint64> ids =
        store
            .store(m_feed,
                   feed({item(QStringLiteral("1"), QStringLiteral("One"), hoursAgo(2)),
                         item(QStringLiteral("2"), QStringLiteral("Two"), hoursAgo(1))}),
                   now())
            .value()
            .insertedIds;
    const qint64 missing = ids.last() + 50;
    const MarkReport read = store.setRead({ids.first(), missing}, true).value();
    QCOMPARE(read.changed, QList<qint64>{ids.first()});
    QCOMPARE(read.missing, QList<qint64>{missing});
    const MarkReport again = store.setRead({ids.first()}, true).value();
    QCOMPARE(again.unchanged, QList<qint64>{ids.first()});
    QCOMPARE(FeedStore(*m_db).feed(m_feed).value()->unread, 1);
    QCOMPARE(store.setRead({ids.first()}, false).value().changed, QList<qint64>{ids.first()});
    QCOMPARE(FeedStore(*m_db).feed(m_feed).value()->unread, 2);
    QCOMPARE(store.markAllRead(m_feed).value(), 2);
    QCOMPARE(FeedStore(*m_db).feed(m_feed).value()->unread, 0);

    QCOMPARE(store.setKept({ids.last()}, true).value().changed, QList<qint64>{ids.last()});
    std::optional<ThreadRecord> kept = store.thread(ids.last(), now()).value();
    QVERIFY(kept->kept);
    QVERIFY(!kept->expires.isValid());
    QCOMPARE(store.setKept({ids.last()}, false).value().changed, QList<qint64>{ids.last()});
    QVERIFY(store.thread(ids.last(), now()).value()->expires.isValid());
}

void TestThreadStore::removingFeedDropsItsThreads()
{
    const qint64 other = addFeed(*m_db, QStringLiteral("https://other.example/feed"));
    ThreadStore store(*m_db);
    Item filed = item(QStringLiteral("urn:gone"), QStringLiteral("Zoning appeal"), hoursAgo(2));
    filed.categories = {QStringLiteral("Land use")};
    filed.enclosures = {Enclosure{QUrl(QStringLiteral("https://x.example/a.pdf")), QString(), 10}};
    const qint64 gone = store.store(m_feed, feed({filed}), now()).value().insertedIds.value(0);
    Item revised = filed;
    revised.title = QStringLiteral("Zoning appeal withdrawn");
    QVERIFY(store.store(m_feed, feed({revised}), now()).ok());
    QVERIFY(store
                .store(other,
                       feed({item(QStringLiteral("urn:stays"), QStringLiteral("Zoning board"), hoursAgo(1))}),
                       now())
                .ok());

    QVERIFY(FeedStore(*m_db).remove(m_feed).value());
    QVERIFY(!FeedStore(*m_db).remove(m_feed).value());
    QVERIFY(!store.thread(gone, now()).value().has_value());
    QVERIFY(store.revisions(gone).value().isEmpty());
    ThreadFilter search;
    search.search = QStringLiteral("zoning");
    const QList<ThreadRecord> found = store.list(search, now()).value().threads;
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().feedId, other);
    QVERIFY(m_db->checkIntegrity().value());
}

QTEST_GUILESS_MAIN(TestThreadStore)
#include "tst_threadstore.moc"
