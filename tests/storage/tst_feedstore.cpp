// Subscriptions and their folders: adding, listing with counts, fetch results, settings.
#include "storagetest.h"

#include "folderstore.h"
#include "settingsstore.h"
#include "threadstore.h"

#include <QTest>

using namespace StorageTest;

class TestFeedStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void statusNames_data();
    void statusNames();
    void addAndRead();
    void addRefuses_data();
    void addRefuses();
    void listOrderAndCounts();
    void fetchResults_data();
    void fetchResults();
    void settersAndLimits();
    void foldersNestOneLevel();
    void findFolder_data();
    void findFolder();
    void renameAndRemoveFolder();
    void globalRetention();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void TestFeedStore::init()
{
    m_dir = new QTemporaryDir;
    m_db = open(*m_dir);
    QVERIFY(m_db);
}

void TestFeedStore::cleanup()
{
    m_db.reset();
    std::unique_ptr<QTemporaryDir> dir(m_dir);
    m_dir = nullptr;
}

void TestFeedStore::statusNames_data()
{
    QTest::addColumn<FeedStatus>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("new") << FeedStatus::New << QStringLiteral("new");
    QTest::newRow("ok") << FeedStatus::Ok << QStringLiteral("ok");
    QTest::newRow("not modified") << FeedStatus::NotModified << QStringLiteral("not-modified");
    QTest::newRow("error") << FeedStatus::Error << QStringLiteral("error");
}

void TestFeedStore::statusNames()
{
    QFETCH(FeedStatus, status);
    QFETCH(QString, name);
    QCOMPARE(feedStatusName(status), name);
    // And the name survives a round trip through the database.
    FeedStore feeds(*m_db);
    const qint64 id = addFeed(*m_db, QStringLiteral("https://a.example/feed"));
    FetchRecord fetch;
    fetch.status = status;
    fetch.fetchedAt = now();
    QVERIFY(feeds.recordFetch(id, fetch).value());
    QCOMPARE(feeds.feed(id).value()->status, status);
}

void TestFeedStore::addAndRead()
{
    FeedStore feeds(*m_db);
    const FolderRecord folder = FolderStore(*m_db).ensure({QStringLiteral("Courts")}).value();
    const Result<FeedRecord> added = feeds.add(
        NewFeed{QUrl(QStringLiteral("https://courts.example/opinions.xml")), QStringLiteral("  Opinions  "),
                QUrl(QStringLiteral("https://courts.example/")), folder.id},
        now());
    QVERIFY(added.ok());
    QVERIFY(added->id > 0);
    QCOMPARE(added->title, QStringLiteral("Opinions"));
    QCOMPARE(added->url, QUrl(QStringLiteral("https://courts.example/opinions.xml")));
    QCOMPARE(added->site, QUrl(QStringLiteral("https://courts.example/")));
    QCOMPARE(added->folderId, std::optional<qint64>(folder.id));
    QCOMPARE(added->folder(), QStringLiteral("Courts"));
    QCOMPARE(added->status, FeedStatus::New);
    QVERIFY(!added->lastFetch.isValid());
    QCOMPARE(added->nextPoll, now());
    QCOMPARE(added->added, now());
    QCOMPARE(added->threads, 0);
    QVERIFY(!added->retentionDays);

    QCOMPARE(feeds.feedByUrl(QUrl(QStringLiteral("https://courts.example/opinions.xml"))).value()->id,
             added->id);
    QVERIFY(!feeds.feedByUrl(QUrl(QStringLiteral("https://courts.example/other.xml"))).value().has_value());
    QVERIFY(!feeds.feed(added->id + 1).value().has_value());
}

void TestFeedStore::addRefuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already subscribed")
        << QStringLiteral("https://courts.example/feed") << QStringLiteral("already subscribed");
    QTest::newRow("same address, host in capitals")
        << QStringLiteral("https://COURTS.example/feed") << QStringLiteral("already subscribed");
    QTest::newRow("relative address")
        << QStringLiteral("feed.xml") << QStringLiteral("not a complete feed address");
    QTest::newRow("empty address") << QString() << QStringLiteral("not a complete feed address");
}

void TestFeedStore::addRefuses()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QVERIFY(addFeed(*m_db, QStringLiteral("https://courts.example/feed")) > 0);
    const Result<FeedRecord> refused = FeedStore(*m_db).add(NewFeed{QUrl(url), {}, {}, {}}, now());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
    QCOMPARE(FeedStore(*m_db).list().value().size(), 1);
}

void TestFeedStore::listOrderAndCounts()
{
    FolderStore folders(*m_db);
    const qint64 courts = folders.ensure({QStringLiteral("Courts")}).value().id;
    const qint64 appeals = folders.ensure({QStringLiteral("Courts"), QStringLiteral("Appeals")}).value().id;
    const qint64 blogs = folders.ensure({QStringLiteral("Blogs")}).value().id;
    FeedStore feeds(*m_db);
    auto add = [&](const QString &title, std::optional<qint64> folder) {
        return feeds
            .add(NewFeed{QUrl(QStringLiteral("https://x.example/") + title), title, QUrl(), folder}, now())
            .value()
            .id;
    };
    const qint64 zed = add(QStringLiteral("Zed"), std::nullopt);
    add(QStringLiteral("alpha"), std::nullopt);
    add(QStringLiteral("Circuit"), appeals);
    add(QStringLiteral("Supreme"), courts);
    add(QStringLiteral("Blog"), blogs);

    ThreadStore threads(*m_db);
    const QList<qint64> ids = threads
                                  .store(zed,
                                         feed({item(QStringLiteral("1"), QStringLiteral("One"), now()),
                                               item(QStringLiteral("2"), QStringLiteral("Two"), now()),
                                               item(QStringLiteral("3"), QStringLiteral("Three"), now())}),
                                         now())
                                  .value()
                                  .insertedIds;
    QVERIFY(threads.setRead({ids.first()}, true).ok());

    const QList<FeedRecord> listed = feeds.list().value();
    QStringList order;
    for (const FeedRecord &feed : listed)
        order.append(feed.folder() + u'|' + feed.title);
    QCOMPARE(order,
             (QStringList{QStringLiteral("|alpha"), QStringLiteral("|Zed"), QStringLiteral("Blogs|Blog"),
                          QStringLiteral("Courts|Supreme"), QStringLiteral("Courts/Appeals|Circuit")}));
    QCOMPARE(listed.at(1).threads, 3);
    QCOMPARE(listed.at(1).unread, 2);
    QCOMPARE(listed.at(0).threads, 0);
}

void TestFeedStore::fetchResults_data()
{
    QTest::addColumn<FeedStatus>("status");
    QTest::addColumn<qint64>("nextPollIn"); // seconds after now; -1: polling stopped
    QTest::addColumn<bool>("dueNow");
    QTest::addColumn<bool>("dueInADay");

    QTest::newRow("ok, next poll in an hour") << FeedStatus::Ok << qint64(3600) << false << true;
    QTest::newRow("not modified, due again now") << FeedStatus::NotModified << qint64(0) << true << true;
    QTest::newRow("error, backed off two days") << FeedStatus::Error << 2 * day << false << false;
    QTest::newRow("gone (410): polling stopped") << FeedStatus::Error << qint64(-1) << false << false;
}

void TestFeedStore::fetchResults()
{
    QFETCH(FeedStatus, status);
    QFETCH(qint64, nextPollIn);
    QFETCH(bool, dueNow);
    QFETCH(bool, dueInADay);

    FeedStore feeds(*m_db);
    const qint64 id = addFeed(*m_db, QStringLiteral("https://a.example/feed"));
    QCOMPARE(feeds.due(now()).value().size(), 1); // a new feed is due at once
    FetchRecord fetch;
    fetch.status = status;
    fetch.error = QStringLiteral("The server said the feed is gone.");
    fetch.fetchedAt = now();
    fetch.nextPoll = nextPollIn < 0 ? QDateTime() : now().addSecs(nextPollIn);
    fetch.etag = QStringLiteral("\"abc\"");
    fetch.lastModified = QStringLiteral("Sat, 28 Feb 2026 10:00:00 GMT");
    QVERIFY(feeds.recordFetch(id, fetch).value());
    QVERIFY(!feeds.recordFetch(id + 7, fetch).value());

    const FeedRecord feed = *feeds.feed(id).value();
    QCOMPARE(feed.status, status);
    QCOMPARE(feed.error, status == FeedStatus::Error ? fetch.error : QString());
    QCOMPARE(feed.lastFetch, now());
    QCOMPARE(feed.nextPoll, fetch.nextPoll);
    QCOMPARE(feed.etag, fetch.etag);
    QCOMPARE(feed.lastModified, fetch.lastModified);
    QCOMPARE(feeds.due(now()).value().size(), dueNow ? 1 : 0);
    QCOMPARE(feeds.due(now().addSecs(day)).value().size(), dueInADay ? 1 : 0);
}

void TestFeedStore::settersAndLimits()
{
    FeedStore feeds(*m_db);
    const qint64 id = addFeed(*m_db, QStringLiteral("https://a.example/feed"));
    QVERIFY(feeds.setTitle(id, QStringLiteral(" New\ttitle ")).value());
    QVERIFY(feeds.setSite(id, QUrl(QStringLiteral("https://a.example/"))).value());
    QVERIFY(feeds.setRetentionDays(id, 90).value());
    QVERIFY(feeds.setPollIntervalMinutes(id, 30).value());
    FeedRecord feed = *feeds.feed(id).value();
    QCOMPARE(feed.title, QStringLiteral("New title"));
    QCOMPARE(feed.site, QUrl(QStringLiteral("https://a.example/")));
    QCOMPARE(feed.retentionDays, std::optional<int>(90));
    QCOMPARE(feed.pollIntervalMinutes, std::optional<int>(30));
    QVERIFY(feeds.setRetentionDays(id, std::nullopt).value());
    QVERIFY(!feeds.feed(id).value()->retentionDays);
    QVERIFY(!feeds.setRetentionDays(id, 0).ok());
    QVERIFY(!feeds.setPollIntervalMinutes(id, -1).ok());
    QVERIFY(!feeds.setTitle(id + 5, QStringLiteral("x")).value());
}

void TestFeedStore::foldersNestOneLevel()
{
    FolderStore folders(*m_db);
    const FolderRecord child = folders.ensure({QStringLiteral("Courts"), QStringLiteral("Appeals")}).value();
    QCOMPARE(child.name, QStringLiteral("Appeals"));
    QCOMPARE(child.parentName, QStringLiteral("Courts"));
    QCOMPARE(child.path(), QStringLiteral("Courts/Appeals"));
    // The same folder again, in other letters: no duplicate.
    QCOMPARE(folders.ensure({QStringLiteral("courts"), QStringLiteral("APPEALS")}).value().id, child.id);
    QCOMPARE(folders.list().value().size(), 2);
    // The same name under another parent is another folder.
    QVERIFY(folders.ensure({QStringLiteral("Agencies"), QStringLiteral("Appeals")}).value().id != child.id);

    const Result<FolderRecord> deep =
        folders.ensure({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    QVERIFY(!deep.ok());
    QVERIFY(deep.error().message.contains(QStringLiteral("one level deep")));
    QVERIFY(!folders.ensure({QStringLiteral("  ")}).ok());
    QVERIFY(!folders.ensure({}).ok());
}

void TestFeedStore::findFolder_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("found"); // path; empty: none; "error": ambiguous

    QTest::newRow("top-level by name") << QStringLiteral("Courts") << QStringLiteral("Courts");
    QTest::newRow("any case") << QStringLiteral("courts") << QStringLiteral("Courts");
    QTest::newRow("child by path") << QStringLiteral("Courts/Appeals") << QStringLiteral("Courts/Appeals");
    QTest::newRow("child by its unique name")
        << QStringLiteral("Federal") << QStringLiteral("Courts/Federal");
    QTest::newRow("a name two folders have") << QStringLiteral("Appeals") << QStringLiteral("error");
    QTest::newRow("no such folder") << QStringLiteral("Blogs") << QString();
}

void TestFeedStore::findFolder()
{
    QFETCH(QString, query);
    QFETCH(QString, found);
    FolderStore folders(*m_db);
    QVERIFY(folders.ensure({QStringLiteral("Courts"), QStringLiteral("Appeals")}).ok());
    QVERIFY(folders.ensure({QStringLiteral("Courts"), QStringLiteral("Federal")}).ok());
    QVERIFY(folders.ensure({QStringLiteral("Agencies"), QStringLiteral("Appeals")}).ok());
    const Result<std::optional<FolderRecord>> result = folders.find(query);
    if (found == u"error") {
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("Parent/")));
        return;
    }
    QVERIFY(result.ok());
    QCOMPARE(result.value() ? result.value()->path() : QString(), found);
}

void TestFeedStore::renameAndRemoveFolder()
{
    FolderStore folders(*m_db);
    const FolderRecord courts = folders.ensure({QStringLiteral("Courts")}).value();
    const FolderRecord appeals =
        folders.ensure({QStringLiteral("Courts"), QStringLiteral("Appeals")}).value();
    QVERIFY(folders.ensure({QStringLiteral("Blogs")}).ok());
    const qint64 inAppeals = addFeed(*m_db, QStringLiteral("https://a.example/feed"), appeals.id);

    const Result<bool> clash = folders.rename(courts.id, QStringLiteral("blogs"));
    QVERIFY(!clash.ok());
    QVERIFY(clash.error().message.contains(QStringLiteral("already there")));
    QVERIFY(folders.rename(courts.id, QStringLiteral("Judiciary")).value());
    QCOMPARE(FeedStore(*m_db).feed(inAppeals).value()->folder(), QStringLiteral("Judiciary/Appeals"));

    // Removing a folder takes its subfolders; their feeds move to the top.
    QVERIFY(folders.remove(courts.id).value());
    QVERIFY(!folders.remove(courts.id).value());
    QCOMPARE(folders.list().value().size(), 1);
    const FeedRecord moved = *FeedStore(*m_db).feed(inAppeals).value();
    QVERIFY(!moved.folderId);
    QVERIFY(moved.folder().isEmpty());
}

void TestFeedStore::globalRetention()
{
    SettingsStore settings(*m_db);
    QCOMPARE(settings.retentionDays().value(), 21);
    QVERIFY(settings.setRetentionDays(45).ok());
    QCOMPARE(settings.retentionDays().value(), 45);
    QVERIFY(!settings.setRetentionDays(0).ok());
    QCOMPARE(settings.retentionDays().value(), 45);
    // Lists show expiry by the setting.
    const qint64 feedId = addFeed(*m_db, QStringLiteral("https://a.example/feed"));
    const qint64 id =
        ThreadStore(*m_db)
            .store(feedId, feed({item(QStringLiteral("1"), QStringLiteral("One"), now())}), now())
            .value()
            .insertedIds.value(0);
    QCOMPARE(ThreadStore(*m_db).thread(id, now()).value()->expires, now().addSecs(45 * day));
}

QTEST_GUILESS_MAIN(TestFeedStore)
#include "tst_feedstore.moc"
