// FeedSubscriber: subscribing to a feed file and importing OPML, on real SQLite files, all or nothing.
#include "database.h"
#include "feedparser.h"
#include "feedsource.h"
#include "feedstore.h"
#include "feedsubscriber.h"
#include "folderstore.h"
#include "opmlreader.h"
#include "settingsstore.h"
#include "testdata.h"
#include "threadstore.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestFeedSubscriber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void subscribesAndStores_data();
    void subscribesAndStores();
    void refusesWhatIsAlreadySubscribed();
    void rollsBackAFailedSubscription_data();
    void rollsBackAFailedSubscription();
    void importsOpml_data();
    void importsOpml();
    void importLeavesFeedFilesUnread();
    void importIsAllOrNothing();

private:
    // The parsed feed of a fixture, read as FeedSource reads it for both faces.
    static std::optional<std::pair<FeedSource, Feed>> feedOf(const QString &fixture);
    static OpmlDocument opmlOf(const QString &fixture);
    QList<FeedRecord> feeds() const;
    QStringList folderPaths() const;
    qint64 threadCount() const;
    bool execute(const QString &sql) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

namespace {

const QString tenthCircuit = QStringLiteral("cli/juriscraper--opinions-ca10_example.xml");
const QString eighthCircuit = QStringLiteral("cli/juriscraper--oral_args-ca8_example.xml");
const QString natasha = QStringLiteral("ui/netnewswire--natasha.xml");
const QString opmlFixture = QStringLiteral("cli/opml_folders_and_top_level.opml");

// Whole seconds, as the cache stores times.
QDateTime now()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

} // namespace

void TestFeedSubscriber::init()
{
    QVERIFY(m_dir.isValid());
    m_path =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_path + suffix);
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    QVERIFY(opened.ok());
    m_db = std::move(opened).value();
}

void TestFeedSubscriber::cleanup()
{
    m_db.reset();
}

std::optional<std::pair<FeedSource, Feed>> TestFeedSubscriber::feedOf(const QString &fixture)
{
    const Result<FeedSource> source = FeedSource::read(TestData::path(fixture));
    if (!source)
        return std::nullopt;
    FeedParser::Options options;
    options.baseUrl = source->url;
    const Result<FeedParser::Parsed> parsed = FeedParser::parse(source->bytes, options);
    if (!parsed)
        return std::nullopt;
    return std::pair{source.value(), parsed->feed};
}

OpmlDocument TestFeedSubscriber::opmlOf(const QString &fixture)
{
    const Result<OpmlReader::Parsed> parsed = OpmlReader::read(TestData::read(fixture));
    return parsed ? parsed->document : OpmlDocument();
}

QList<FeedRecord> TestFeedSubscriber::feeds() const
{
    const Result<QList<FeedRecord>> list = FeedStore(*m_db).list();
    return list ? list.value() : QList<FeedRecord>();
}

QStringList TestFeedSubscriber::folderPaths() const
{
    QStringList paths;
    const Result<QList<FolderRecord>> list = FolderStore(*m_db).list();
    if (list) {
        for (const FolderRecord &folder : list.value())
            paths.append(folder.path());
    }
    paths.sort();
    return paths;
}

qint64 TestFeedSubscriber::threadCount() const
{
    const Result<qint64> count = ThreadStore(*m_db).count(ThreadFilter());
    return count ? count.value() : -1;
}

bool TestFeedSubscriber::execute(const QString &sql) const
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql);
}

void TestFeedSubscriber::subscribesAndStores_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("retentionDays"); // 0: Docket's default
    QTest::addColumn<QString>("title");     // asked for; empty: the feed's own
    QTest::addColumn<QString>("storedTitle");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("tooOld");

    QTest::newRow("court opinions under the feed's title")
        << tenthCircuit << 36500 << QString() << QStringLiteral("Tenth Circuit Daily Decisions") << 4 << 0;
    QTest::newRow("oral arguments under a title of the user's")
        << eighthCircuit << 36500 << QStringLiteral("Eighth Circuit arguments")
        << QStringLiteral("Eighth Circuit arguments") << 29 << 0;
    QTest::newRow("old opinions are past the default retention")
        << tenthCircuit << 0 << QString() << QStringLiteral("Tenth Circuit Daily Decisions") << 0 << 4;
}

void TestFeedSubscriber::subscribesAndStores()
{
    QFETCH(QString, fixture);
    QFETCH(int, retentionDays);
    QFETCH(QString, title);
    QFETCH(QString, storedTitle);
    QFETCH(int, inserted);
    QFETCH(int, tooOld);

    if (retentionDays > 0)
        QVERIFY(SettingsStore(*m_db).setRetentionDays(retentionDays).ok());
    const auto read = feedOf(fixture);
    QVERIFY(read);
    FeedSubscriber::Request request;
    request.url = read->first.url;
    request.title = title;
    request.now = now();
    const Result<FeedSubscriber::Subscription> subscribed =
        FeedSubscriber(*m_db).subscribe(read->second, request);
    QVERIFY2(subscribed.ok(), subscribed.ok() ? "" : qPrintable(subscribed.error().message));
    QVERIFY(!subscribed->refused);
    QCOMPARE(subscribed->feed.title, storedTitle);
    QCOMPARE(subscribed->threads.inserted, inserted);
    QCOMPARE(subscribed->threads.tooOld, tooOld);
    QCOMPARE(threadCount(), inserted);

    const QList<FeedRecord> stored = feeds();
    QCOMPARE(stored.size(), 1);
    const FeedRecord &feed = stored.first();
    QCOMPARE(feed.id, subscribed->feed.id);
    QCOMPARE(feed.url, QUrl::fromLocalFile(TestData::path(fixture)));
    QCOMPARE(feed.title, storedTitle);
    QCOMPARE(feed.status, FeedStatus::Ok);
    QCOMPARE(feed.lastFetch, request.now);
    QCOMPARE(feed.nextPoll, request.now.addSecs(FeedSubscriber::firstPollDelaySeconds));
    QCOMPARE(feed.threads, inserted);
}

void TestFeedSubscriber::refusesWhatIsAlreadySubscribed()
{
    QVERIFY(SettingsStore(*m_db).setRetentionDays(36500).ok());
    const auto read = feedOf(tenthCircuit);
    QVERIFY(read);
    FeedSubscriber subscriber(*m_db);
    FeedSubscriber::Request request;
    request.url = read->first.url;
    request.now = now();
    const Result<FeedSubscriber::Subscription> first = subscriber.subscribe(read->second, request);
    QVERIFY(first.ok() && !first->refused);
    const QList<FeedRecord> before = feeds();

    // Another title, a folder and a later time change nothing either.
    const Result<FolderRecord> folder = FolderStore(*m_db).ensure({QStringLiteral("Courts")});
    QVERIFY(folder.ok());
    request.title = QStringLiteral("Tenth again");
    request.folderId = folder->id;
    request.now = request.now.addSecs(600);
    const Result<FeedSubscriber::Subscription> again = subscriber.subscribe(read->second, request);
    QVERIFY(again.ok());
    QVERIFY(again->refused);
    QVERIFY2(again->refused->message.contains(u"already subscribed"), qPrintable(again->refused->message));
    QVERIFY(again->refused->message.contains(first->feed.title));
    QCOMPARE(again->feed.id, first->feed.id);
    QCOMPARE(again->threads, UpsertReport());
    QCOMPARE(feeds(), before);
    QCOMPARE(threadCount(), 4);
}

void TestFeedSubscriber::rollsBackAFailedSubscription_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("read-only database") << QStringLiteral("read-only");
    QTest::newRow("threads refused") << QStringLiteral(
        "CREATE TRIGGER refuse BEFORE INSERT ON threads BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    QTest::newRow("fetch record refused") << QStringLiteral(
        "CREATE TRIGGER refuse BEFORE UPDATE ON feeds BEGIN SELECT RAISE(ABORT, 'disk full'); END");
}

void TestFeedSubscriber::rollsBackAFailedSubscription()
{
    QFETCH(QString, failure);
    QVERIFY(SettingsStore(*m_db).setRetentionDays(36500).ok());
    if (failure == u"read-only") {
        m_db.reset();
        DatabaseOptions options;
        options.access = DatabaseOptions::Access::ReadOnly;
        Result<std::unique_ptr<Database>> opened = Database::open(m_path, options);
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
    } else {
        QVERIFY(execute(failure));
    }
    const auto read = feedOf(tenthCircuit);
    QVERIFY(read);
    FeedSubscriber::Request request;
    request.url = read->first.url;
    request.now = now();
    const Result<FeedSubscriber::Subscription> subscribed =
        FeedSubscriber(*m_db).subscribe(read->second, request);
    QVERIFY(!subscribed.ok());
    QVERIFY(!subscribed.error().message.isEmpty());
    QCOMPARE(feeds().size(), 0);
    QCOMPARE(threadCount(), 0);
    QVERIFY(m_db->checkIntegrity().ok());
}

void TestFeedSubscriber::importsOpml_data()
{
    QTest::addColumn<QList<QUrl>>("subscribedBefore"); // at the top level
    QTest::addColumn<int>("imports");                  // how often the list is imported
    QTest::addColumn<int>("imported");                 // by the last import
    QTest::addColumn<int>("already");

    const QList<QUrl> none;
    QTest::newRow("into an empty cache") << none << 1 << 5 << 0;
    QTest::newRow("merged with a feed already subscribed")
        << QList<QUrl>{QUrl(QStringLiteral("https://www.ca10.uscourts.gov/opinions/new/daily_decisions.rss"))}
        << 1 << 4 << 1;
    QTest::newRow("the same list twice") << none << 2 << 0 << 5;
}

void TestFeedSubscriber::importsOpml()
{
    QFETCH(QList<QUrl>, subscribedBefore);
    QFETCH(int, imports);
    QFETCH(int, imported);
    QFETCH(int, already);

    const QDateTime at = now();
    for (const QUrl &url : subscribedBefore)
        QVERIFY(FeedStore(*m_db).add(NewFeed{url, QStringLiteral("Mine"), QUrl(), std::nullopt}, at).ok());
    const OpmlDocument document = opmlOf(opmlFixture);
    QCOMPARE(document.subscriptionCount(), 5);
    FeedSubscriber subscriber(*m_db);
    Result<FeedSubscriber::ImportCounts> counts = FeedSubscriber::ImportCounts();
    for (int i = 0; i < imports; ++i)
        counts = subscriber.importOpml(document, at);
    QVERIFY(counts.ok());
    QCOMPARE(counts->imported, imported);
    QCOMPARE(counts->already, already);

    const QList<FeedRecord> stored = feeds();
    QCOMPARE(stored.size(), 5);
    QSet<QUrl> urls;
    for (const FeedRecord &feed : stored) {
        urls.insert(feed.url);
        if (subscribedBefore.contains(feed.url)) {
            // What was subscribed stays as it was.
            QCOMPARE(feed.title, QStringLiteral("Mine"));
            QVERIFY(feed.folderPath.isEmpty());
        }
        QCOMPARE(feed.status, FeedStatus::New);
        QVERIFY(!feed.lastFetch.isValid());
    }
    QCOMPARE(urls.size(), 5);
    QCOMPARE(folderPaths(), (QStringList{QStringLiteral("Commentary"), QStringLiteral("Courts"),
                                         QStringLiteral("Courts/Bankruptcy")}));
}

void TestFeedSubscriber::importLeavesFeedFilesUnread()
{
    OpmlDocument document;
    OpmlFolder folder;
    folder.title = QStringLiteral("Courts");
    folder.subscriptions.append(
        OpmlSubscription{QUrl::fromLocalFile(TestData::path(natasha)), QStringLiteral("Natasha"), QUrl()});
    document.folders.append(folder);
    const Result<FeedSubscriber::ImportCounts> counts = FeedSubscriber(*m_db).importOpml(document, now());
    QVERIFY(counts.ok());
    QCOMPARE(counts->imported, 1);
    const QList<FeedRecord> stored = feeds();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().status, FeedStatus::New);
    QCOMPARE(stored.first().folder(), QStringLiteral("Courts"));
    QCOMPARE(threadCount(), 0);
}

void TestFeedSubscriber::importIsAllOrNothing()
{
    // The last feed of the list cannot be stored: nothing of the list may stay.
    QVERIFY(
        execute(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON feeds WHEN NEW.url LIKE '%digest%' "
                               "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    const Result<FeedSubscriber::ImportCounts> counts =
        FeedSubscriber(*m_db).importOpml(opmlOf(opmlFixture), now());
    QVERIFY(!counts.ok());
    QVERIFY(!counts.error().message.isEmpty());
    QCOMPARE(feeds().size(), 0);
    QCOMPARE(folderPaths(), QStringList());
}

QTEST_MAIN(TestFeedSubscriber)
#include "tst_feedsubscriber.moc"
