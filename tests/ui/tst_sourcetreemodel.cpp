// SourceTreeModel over a cache filled from real feeds: structure, counts, error marks, saved searches.
#include "savedsearchstore.h"
#include "sourcetreemodel.h"
#include "uitestcache.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>

using namespace UiTestCache;

class TestSourceTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyCacheHasFixedViewsOnly();
    void foldersHoldTheirFeeds();
    void unreadCountsMatchTheCache();
    void failedFeedIsMarked();
    void reloadKeepsRowsWhenOnlyCountsChange();
    void savedSearchesFormAGroup_data();
    void savedSearchesFormAGroup();
    void removedSearchLeavesTheGroup();
    void keysRoundTrip_data();
    void keysRoundTrip();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_caches = 0;
};

void TestSourceTreeModel::init()
{
    QVERIFY(m_dir.isValid());
    // One cache per test and data row.
    m_database = open(m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                                         .arg(QString::fromLatin1(QTest::currentTestFunction()))
                                         .arg(++m_caches)));
    QVERIFY(m_database);
}

void TestSourceTreeModel::cleanup()
{
    m_database.reset();
}

void TestSourceTreeModel::emptyCacheHasFixedViewsOnly()
{
    SourceTreeModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.hasFeeds());
    QCOMPARE(model.keyOf(model.index(0, 0)).kind, SourceKey::Kind::All);
    QCOMPARE(model.keyOf(model.index(1, 0)).kind, SourceKey::Kind::Unread);
    QCOMPARE(model.keyOf(model.index(2, 0)).kind, SourceKey::Kind::Kept);
}

void TestSourceTreeModel::foldersHoldTheirFeeds()
{
    SourceTreeModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 court = addFixture(*m_database, courtOpinions, QStringLiteral("Courts"));
    const qint64 tenth = addFixture(*m_database, tenthCircuit, QStringLiteral("Courts"));
    const qint64 blog = addFixture(*m_database, blogWithImages);
    QVERIFY(court && tenth && blog);
    model.reload();
    QVERIFY(model.hasFeeds());
    QCOMPARE(model.rowCount(), 5); // three views, the folder, the feed outside it
    const QModelIndex folder = model.index(3, 0);
    QCOMPARE(model.keyOf(folder).kind, SourceKey::Kind::Folder);
    QCOMPARE(model.data(folder).toString(), QStringLiteral("Courts"));
    QCOMPARE(model.rowCount(folder), 2);
    QCOMPARE(model.parent(model.index(0, 0, folder)), folder);
    const QModelIndex courtIndex = model.indexOf(SourceKey{SourceKey::Kind::Feed, court, {}});
    QCOMPARE(courtIndex.parent(), folder);
    QCOMPARE(model.keyOf(model.index(4, 0)), (SourceKey{SourceKey::Kind::Feed, blog, {}}));
}

void TestSourceTreeModel::unreadCountsMatchTheCache()
{
    const qint64 court = addFixture(*m_database, courtOpinions, QStringLiteral("Courts"));
    const qint64 tenth = addFixture(*m_database, tenthCircuit, QStringLiteral("Courts"));
    QVERIFY(court && tenth);
    ThreadStore threads(*m_database);
    ThreadFilter courtOnly;
    courtOnly.feedId = court;
    courtOnly.limit = 3;
    const Result<ThreadPage> page = threads.list(courtOnly, generatedNow());
    QVERIFY(page && page->threads.size() == 3);
    QVERIFY(threads.setRead({page->threads.at(0).id, page->threads.at(1).id}, true).ok());
    QVERIFY(threads.setKept({page->threads.at(2).id}, true).ok());

    SourceTreeModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ThreadFilter courtAll;
    courtAll.feedId = court;
    const Result<qint64> courtTotal = threads.count(courtAll);
    QVERIFY(courtTotal.ok());
    const qint64 courtUnread = courtTotal.value() - 2;
    const QModelIndex courtIndex = model.indexOf(SourceKey{SourceKey::Kind::Feed, court, {}});
    QCOMPARE(model.data(courtIndex, SourceTreeModel::UnreadRole).toLongLong(), courtUnread);
    const qint64 tenthUnread =
        model.data(model.indexOf(SourceKey{SourceKey::Kind::Feed, tenth, {}}), SourceTreeModel::UnreadRole)
            .toLongLong();
    QCOMPARE(tenthUnread, 4);
    const QModelIndex folder = courtIndex.parent();
    QCOMPARE(model.data(folder, SourceTreeModel::UnreadRole).toLongLong(), courtUnread + tenthUnread);
    QCOMPARE(model.data(model.index(0, 0), SourceTreeModel::UnreadRole).toLongLong(),
             courtUnread + tenthUnread);
    QCOMPARE(model.data(model.index(2, SourceTreeModel::UnreadColumn)).toString(), QStringLiteral("1"));
}

void TestSourceTreeModel::failedFeedIsMarked()
{
    const qint64 court = addFixture(*m_database, courtOpinions);
    QVERIFY(court);
    SourceTreeModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex index = model.indexOf(SourceKey{SourceKey::Kind::Feed, court, {}});
    QVERIFY(model.data(index, Qt::DecorationRole).isNull());
    FetchRecord failure;
    failure.status = FeedStatus::Error;
    failure.error = QStringLiteral("The server answered 503 Service Unavailable.");
    failure.fetchedAt = generatedNow();
    QVERIFY(FeedStore(*m_database).recordFetch(court, failure).ok());
    model.reload();
    const QModelIndex marked = model.indexOf(SourceKey{SourceKey::Kind::Feed, court, {}});
    QVERIFY(!model.data(marked, Qt::DecorationRole).isNull());
    QVERIFY(model.data(marked, Qt::ToolTipRole).toString().contains(failure.error));
    QCOMPARE(model.data(marked, SourceTreeModel::ErrorRole).toString(), failure.error);
}

void TestSourceTreeModel::reloadKeepsRowsWhenOnlyCountsChange()
{
    const qint64 court = addFixture(*m_database, courtOpinions, QStringLiteral("Courts"));
    QVERIFY(court);
    SourceTreeModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex kept(model.indexOf(SourceKey{SourceKey::Kind::Feed, court, {}}));
    const qint64 before = kept.data(SourceTreeModel::UnreadRole).toLongLong();
    QVERIFY(ThreadStore(*m_database).markAllRead(court).ok());
    model.reload();
    QVERIFY(kept.isValid());
    QCOMPARE(model.keyOf(kept), (SourceKey{SourceKey::Kind::Feed, court, {}}));
    QVERIFY(before > 0);
    QCOMPARE(kept.data(SourceTreeModel::UnreadRole).toLongLong(), 0);
}

void TestSourceTreeModel::savedSearchesFormAGroup_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("listed");
    QTest::newRow("none") << QStringList() << QStringList();
    QTest::newRow("one") << QStringList{QStringLiteral("Precedential")}
                         << QStringList{QStringLiteral("Precedential")};
    QTest::newRow("sorted by name, whatever the case")
        << QStringList{QStringLiteral("rehearing"), QStringLiteral("Appeals"), QStringLiteral("Patents")}
        << QStringList{QStringLiteral("Appeals"), QStringLiteral("Patents"), QStringLiteral("rehearing")};
    QTest::newRow("name with a colon")
        << QStringList{QStringLiteral("Rule 12: motions")} << QStringList{QStringLiteral("Rule 12: motions")};
}

void TestSourceTreeModel::savedSearchesFormAGroup()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, listed);
    QVERIFY(addFixture(*m_database, courtOpinions, QStringLiteral("Courts")));
    SourceTreeModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SavedSearchStore searches(*m_database);
    for (const QString &name : names)
        QVERIFY(searches.save(name, name.toLower() + QStringLiteral(" OR court"), generatedNow()).ok());
    model.reload();

    using Kind = SourceKey::Kind;
    QCOMPARE(model.keyOf(model.index(2, 0)).kind, Kind::Kept);
    const int folderRow = listed.isEmpty() ? 3 : 4; // the group sits between Kept and the folders
    QCOMPARE(model.rowCount(), folderRow + 1);
    QCOMPARE(model.keyOf(model.index(folderRow, 0)).kind, Kind::Folder);
    if (listed.isEmpty()) {
        QVERIFY(!model.indexOf(SourceKey{Kind::SavedSearches, 0, {}}).isValid());
        return;
    }
    const QModelIndex group = model.index(3, 0);
    QCOMPARE(model.keyOf(group).kind, Kind::SavedSearches);
    QCOMPARE(model.data(group).toString(), QStringLiteral("Saved searches"));
    QCOMPARE(model.rowCount(group), int(listed.size()));
    for (int row = 0; row < listed.size(); ++row) {
        const QModelIndex search = model.index(row, 0, group);
        QCOMPARE(model.keyOf(search), (SourceKey{Kind::SavedSearch, 0, listed.at(row)}));
        QCOMPARE(model.data(search).toString(), listed.at(row));
        QCOMPARE(model.data(search, SourceTreeModel::QueryRole).toString(),
                 listed.at(row).toLower() + QStringLiteral(" OR court"));
        QCOMPARE(model.indexOf(model.keyOf(search)), search);
        QVERIFY(model.data(search, Qt::AccessibleTextRole).toString().contains(listed.at(row)));
    }
}

void TestSourceTreeModel::removedSearchLeavesTheGroup()
{
    SavedSearchStore searches(*m_database);
    QVERIFY(searches.save(QStringLiteral("Appeals"), QStringLiteral("appeal"), generatedNow()).ok());
    QVERIFY(searches.save(QStringLiteral("Patents"), QStringLiteral("patent"), generatedNow()).ok());
    SourceTreeModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SourceKey appeals{SourceKey::Kind::SavedSearch, 0, QStringLiteral("Appeals")};
    QVERIFY(model.indexOf(appeals).isValid());
    QVERIFY(searches.remove(QStringLiteral("Appeals")).value());
    model.reload();
    QVERIFY(!model.indexOf(appeals).isValid());
    QCOMPARE(model.rowCount(model.index(3, 0)), 1);
    QVERIFY(searches.remove(QStringLiteral("Patents")).value());
    model.reload();
    QCOMPARE(model.rowCount(), 3); // the empty group goes too
}

void TestSourceTreeModel::keysRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("all") << QStringLiteral("all") << true;
    QTest::newRow("unread") << QStringLiteral("unread") << true;
    QTest::newRow("kept") << QStringLiteral("kept") << true;
    QTest::newRow("folder") << QStringLiteral("folder:3") << true;
    QTest::newRow("feed") << QStringLiteral("feed:12") << true;
    QTest::newRow("saved searches group") << QStringLiteral("saved-searches") << true;
    QTest::newRow("saved search") << QStringLiteral("search:Appeals") << true;
    QTest::newRow("saved search named with colons") << QStringLiteral("search:Rule 12:b") << true;
    QTest::newRow("saved search without name") << QStringLiteral("search:") << false;
    QTest::newRow("saved search named blank") << QStringLiteral("search:  ") << false;
    QTest::newRow("feed without id") << QStringLiteral("feed:") << false;
    QTest::newRow("negative id") << QStringLiteral("feed:-4") << false;
    QTest::newRow("unknown kind") << QStringLiteral("tag:3") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSourceTreeModel::keysRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<SourceKey> key = SourceKey::fromString(text);
    QCOMPARE(key.has_value(), valid);
    if (key)
        QCOMPARE(key->toString(), text);
}

QTEST_MAIN(TestSourceTreeModel)
#include "tst_sourcetreemodel.moc"
