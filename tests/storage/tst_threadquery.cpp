// Listing threads: keyset pages newest first, and the filters (feed, folder, unread, kept).
#include "storagetest.h"

#include "folderstore.h"
#include "threadstore.h"

#include <QSet>
#include <QTest>

#include <limits>

using namespace StorageTest;

namespace {

QDateTime hoursAgo(int hours)
{
    return now().addSecs(-hours * 3600);
}

} // namespace

class TestThreadQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pagesWalkEveryThreadOnce_data();
    void pagesWalkEveryThreadOnce();
    void filters_data();
    void filters();
    void pageSizeIsBounded();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    qint64 m_feed = 0;
};

void TestThreadQuery::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_db = open(*m_dir);
    QVERIFY(m_db);
    m_feed = addFeed(*m_db, QStringLiteral("https://courts.example/opinions.xml"));
    QVERIFY(m_feed > 0);
}

void TestThreadQuery::cleanup()
{
    m_db.reset();
    std::unique_ptr<QTemporaryDir> dir(m_dir);
    m_dir = nullptr;
}

void TestThreadQuery::pagesWalkEveryThreadOnce_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("oneFeed");

    QTest::newRow("pages of 50, all feeds") << 50 << false;
    QTest::newRow("pages of 7, all feeds") << 7 << false;
    QTest::newRow("pages of 1000, all feeds") << 1000 << false;
    QTest::newRow("pages of 10, one feed") << 10 << true;
}

void TestThreadQuery::pagesWalkEveryThreadOnce()
{
    QFETCH(int, pageSize);
    QFETCH(bool, oneFeed);

    const qint64 second = addFeed(*m_db, QStringLiteral("https://second.example/feed"));
    ThreadStore store(*m_db);
    QList<Item> firstItems;
    QList<Item> secondItems;
    for (int i = 0; i < 130; ++i) {
        // Groups of three share a post time: the id breaks the tie.
        const QDateTime posted = i % 10 == 9 ? QDateTime() : now().addSecs(-(i / 3) * 600);
        Item made = item(QStringLiteral("urn:%1").arg(i), QStringLiteral("Story %1").arg(i), posted);
        (i % 2 ? firstItems : secondItems).append(made);
    }
    QVERIFY(store.store(m_feed, feed(firstItems), now()).ok());
    QVERIFY(store.store(second, feed(secondItems), now()).ok());

    ThreadFilter filter;
    filter.limit = pageSize;
    if (oneFeed)
        filter.feedId = m_feed;
    QSet<qint64> seen;
    ThreadCursor previous{std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()};
    for (int pages = 0; pages < 200; ++pages) {
        const Result<ThreadPage> page = store.list(filter, now());
        QVERIFY(page.ok());
        QVERIFY(page->threads.size() <= pageSize);
        for (const ThreadRecord &thread : page->threads) {
            QVERIFY(!seen.contains(thread.id));
            seen.insert(thread.id);
            const ThreadCursor cursor = thread.cursor();
            // Newest first: (sort time, id) strictly falls.
            QVERIFY(cursor.sortTime < previous.sortTime ||
                    (cursor.sortTime == previous.sortTime && cursor.id < previous.id));
            previous = cursor;
            if (oneFeed)
                QCOMPARE(thread.feedId, m_feed);
        }
        if (!page->next)
            break;
        filter.after = page->next;
    }
    QCOMPARE(seen.size(), oneFeed ? firstItems.size() : firstItems.size() + secondItems.size());
}

void TestThreadQuery::filters_data()
{
    QTest::addColumn<QString>("filterName");
    QTest::addColumn<int>("expected");

    QTest::newRow("all") << QStringLiteral("all") << 6;
    QTest::newRow("one feed") << QStringLiteral("feed") << 2;
    QTest::newRow("a folder with its subfolder") << QStringLiteral("folder") << 4;
    QTest::newRow("a subfolder alone") << QStringLiteral("subfolder") << 2;
    QTest::newRow("unread") << QStringLiteral("unread") << 5;
    QTest::newRow("kept") << QStringLiteral("kept") << 1;
    QTest::newRow("unread in a folder") << QStringLiteral("unread folder") << 3;
}

void TestThreadQuery::filters()
{
    QFETCH(QString, filterName);
    QFETCH(int, expected);

    FolderStore folders(*m_db);
    const FolderRecord courts = folders.ensure({QStringLiteral("Courts")}).value();
    const FolderRecord appeals =
        folders.ensure({QStringLiteral("Courts"), QStringLiteral("Appeals")}).value();
    const qint64 inCourts = addFeed(*m_db, QStringLiteral("https://courts.example/feed2"), courts.id);
    const qint64 inAppeals = addFeed(*m_db, QStringLiteral("https://appeals.example/feed"), appeals.id);
    ThreadStore store(*m_db);
    QList<qint64> ids;
    for (qint64 feedId : {m_feed, inCourts, inAppeals}) {
        const QList<Item> items{item(QStringLiteral("a%1").arg(feedId), QStringLiteral("A"), hoursAgo(2)),
                                item(QStringLiteral("b%1").arg(feedId), QStringLiteral("B"), hoursAgo(1))};
        ids += store.store(feedId, feed(items), now()).value().insertedIds;
    }
    QCOMPARE(ids.size(), 6);
    QVERIFY(store.setRead({ids.at(2)}, true).ok()); // in Courts
    QVERIFY(store.setKept({ids.at(4)}, true).ok()); // in Appeals

    ThreadFilter filter;
    if (filterName == u"feed")
        filter.feedId = inAppeals;
    if (filterName.contains(u"folder"))
        filter.folderId = filterName == u"subfolder" ? appeals.id : courts.id;
    filter.unreadOnly = filterName.startsWith(u"unread");
    filter.keptOnly = filterName == u"kept";
    QCOMPARE(store.list(filter, now()).value().threads.size(), expected);
    QCOMPARE(store.count(filter).value(), expected);
}

void TestThreadQuery::pageSizeIsBounded()
{
    QList<Item> items;
    for (int i = 0; i < 1005; ++i)
        items.append(item(QStringLiteral("urn:%1").arg(i), QStringLiteral("Story %1").arg(i), hoursAgo(1)));
    ThreadStore store(*m_db);
    QVERIFY(store.store(m_feed, feed(items), now()).ok());
    ThreadFilter filter;
    filter.limit = 100000;
    const ThreadPage page = store.list(filter, now()).value();
    QCOMPARE(page.threads.size(), 1000);
    QVERIFY(page.next.has_value());
    filter.limit = 0;
    QCOMPARE(store.list(filter, now()).value().threads.size(), 1);
}

QTEST_GUILESS_MAIN(TestThreadQuery)
#include "tst_threadquery.moc"
