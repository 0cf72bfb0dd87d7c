// Opening the database: settings, migrations, and every way a file can be unusable.
#include "storagetest.h"

#include "feedstore.h"
#include "folderstore.h"
#include "savedsearchstore.h"
#include "testdata.h"
#include "threadstore.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <unistd.h>

using namespace StorageTest;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant pragma(const Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

// A database with a feed and a thread, closed (log folded into the file).
void makeDatabase(const QString &path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY(opened.ok());
    Database &db = *opened.value();
    const qint64 feed = addFeed(db, QStringLiteral("https://courts.example/feed"));
    QVERIFY(ThreadStore(db)
                .store(feed,
                       StorageTest::feed({item(QStringLiteral("urn:1"), QStringLiteral("Opinion"), now())}),
                       now())
                .ok());
}

struct Run
{
    int exitCode = -1;
    QString output;
};

// Runs the helper; as root, as the unprivileged user "nobody", for whom
// file modes mean what they say.
Run runHelper(const QStringList &arguments, bool asNobody)
{
    QProcess process;
    if (asNobody) {
        process.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(97);
        });
    }
    process.start(QStringLiteral(DOCKET_STORAGE_HELPER), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseSettings();
    void connectionIsRemovedOnClose();
    void reopenKeepsData();
    void migratesFromEveryOlderVersion_data();
    void migratesFromEveryOlderVersion();
    void partialMigrationThenFull();
    void newerDatabaseIsRefusedUntouched();
    void unusableFilesAreRefusedUntouched_data();
    void unusableFilesAreRefusedUntouched();
    void missingFolderIsNotCreated();
    void folderInsteadOfFile();
    void defaultFolderIsCreated();
    void readOnlyAccess();
    void readOnlyFiles_data();
    void readOnlyFiles();
    void busyDatabase();
    void savepointRollbackKeepsOuterWork();
};

void TestDatabase::newDatabaseSettings()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = open(dir);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db->isWritable());
    QVERIFY(db->whyReadOnly().isEmpty());
    QCOMPARE(pragma(*db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(*db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(*db, QStringLiteral("auto_vacuum")).toInt(), 2); // incremental
    QCOMPARE(pragma(*db, QStringLiteral("synchronous")).toInt(), 1); // normal
    QCOMPARE(pragma(*db, QStringLiteral("busy_timeout")).toInt(), 5000);
    QCOMPARE(pragma(*db, QStringLiteral("user_version")).toInt(), Database::latestSchemaVersion());
    QVERIFY(db->checkIntegrity().value());
}

void TestDatabase::connectionIsRemovedOnClose()
{
    QTemporaryDir dir;
    const QStringList before = QSqlDatabase::connectionNames();
    {
        std::unique_ptr<Database> first = open(dir);
        std::unique_ptr<Database> second = open(dir);
        QVERIFY(first && second);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        // Both work on one file at once.
        const qint64 feed = addFeed(*first, QStringLiteral("https://a.example/feed"));
        QVERIFY(FeedStore(*second).feed(feed).value().has_value());
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestDatabase::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("docket.sqlite"));
    makeDatabase(path);
    std::unique_ptr<Database> db = open(dir);
    QVERIFY(db);
    QCOMPARE(ThreadStore(*db).count(ThreadFilter{}).value(), 1);
    QCOMPARE(pragma(*db, QStringLiteral("auto_vacuum")).toInt(), 2);
}

void TestDatabase::migratesFromEveryOlderVersion_data()
{
    QTest::addColumn<QString>("fixture");
    for (int version = 1; version < Database::latestSchemaVersion(); ++version)
        QTest::newRow(qPrintable(QStringLiteral("from version %1").arg(version)))
            << QStringLiteral("storage/schema_v%1.sqlite").arg(version);
}

void TestDatabase::migratesFromEveryOlderVersion()
{
    QFETCH(QString, fixture);
    QVERIFY2(QFile::exists(TestData::path(fixture)), qPrintable(fixture));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(TestData::path(fixture), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

    std::unique_ptr<Database> db = open(dir, QStringLiteral("old.sqlite"));
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db->checkIntegrity().value());

    // Everything the old version held is still there.
    const QList<FeedRecord> feeds = FeedStore(*db).list().value();
    QCOMPARE(feeds.size(), 2);
    const FeedRecord opinions = *FeedStore(*db).feed(1).value();
    QCOMPARE(opinions.title, QStringLiteral("Opinions"));
    QCOMPARE(opinions.folderPath, (QStringList{QStringLiteral("Courts"), QStringLiteral("Appeals")}));
    QCOMPARE(opinions.retentionDays, std::optional<int>(90));
    QCOMPARE(opinions.status, FeedStatus::Ok);
    QCOMPARE(opinions.threads, 1);
    QCOMPARE(opinions.unread, 0);
    ThreadStore threads(*db);
    const std::optional<ThreadRecord> thread = threads.thread(1, now()).value();
    QVERIFY(thread);
    QCOMPARE(thread->title, QStringLiteral("Smith v. Jones"));
    QVERIFY(thread->kept && thread->read);
    QCOMPARE(thread->categories, QStringList{QStringLiteral("Contracts")});
    QCOMPARE(thread->enclosures.size(), 1);
    const bool revisions = fixture >= QStringLiteral("storage/schema_v2");
    if (revisions) {
        QVERIFY(thread->revised);
        QCOMPARE(threads.revisions(1).value().size(), 1);
        QCOMPARE(SavedSearchStore(*db).list().value().size(), 1);
    } else {
        QVERIFY(!thread->revised);
        QCOMPARE(thread->changedAt, thread->firstSeen);
    }
    ThreadFilter search;
    search.search = QStringLiteral("affirmed");
    QCOMPARE(threads.count(search).value(), 1);

    // And what the newer versions added works on it.
    Item changed;
    changed.id = QStringLiteral("urn:op:1");
    changed.title = QStringLiteral("Smith v. Jones (amended)");
    changed.published = QDateTime::fromSecsSinceEpoch(1767200000, Qt::UTC);
    const UpsertReport report = threads.store(1, StorageTest::feed({changed}), now()).value();
    QCOMPARE(report.revised, 1);
    QCOMPARE(threads.revisions(1).value().size(), revisions ? 2 : 1);
    QVERIFY(SavedSearchStore(*db).save(QStringLiteral("Contracts"), QStringLiteral("contract*"), now()).ok());
    // Counts kept by the database match the rows.
    QCOMPARE(FeedStore(*db).feed(2).value()->threads, 1);
    QCOMPARE(FeedStore(*db).feed(2).value()->unread, 1);
    QVERIFY(threads.setRead({2}, true).ok());
    QCOMPARE(FeedStore(*db).feed(2).value()->unread, 0);
    // The tombstone written at the old version still stops the item.
    Item buried;
    buried.id = QStringLiteral("urn:op:0");
    buried.title = QStringLiteral("Expired long ago");
    QCOMPARE(threads.store(1, StorageTest::feed({buried}), now()).value().tombstoned, 1);
}

void TestDatabase::partialMigrationThenFull()
{
    QTemporaryDir dir;
    DatabaseOptions first;
    first.migrateTo = 1;
    {
        std::unique_ptr<Database> db = open(dir, QStringLiteral("docket.sqlite"), first);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 1);
        QCOMPARE(pragma(*db, QStringLiteral("auto_vacuum")).toInt(), 2);
    }
    std::unique_ptr<Database> db = open(dir);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db->checkIntegrity().value());
}

void TestDatabase::newerDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("docket.sqlite"));
    makeDatabase(path);
    {
        // What a newer Docket would have left.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(
            query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = fileHash(path);
    const Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("newer version of Docket")),
             qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(QStringLiteral("left untouched")));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::unusableFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected"); // in the message

    QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("not a Docket database");
    QTest::newRow("a text file") << QStringLiteral("text") << QStringLiteral("not a Docket database");
    QTest::newRow("shorter than a header")
        << QStringLiteral("short") << QStringLiteral("not a Docket database");
    QTest::newRow("truncated to half") << QStringLiteral("truncated") << QStringLiteral("damaged");
    QTest::newRow("header only") << QStringLiteral("header") << QStringLiteral("damaged");
    QTest::newRow("schema page overwritten") << QStringLiteral("schema") << QStringLiteral("damaged");
    QTest::newRow("impossible page size") << QStringLiteral("pagesize") << QStringLiteral("damaged");
    QTest::newRow("another program's database")
        << QStringLiteral("foreign") << QStringLiteral("some other program");
}

void TestDatabase::unusableFilesAreRefusedUntouched()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("docket.sqlite"));
    if (damage == u"random" || damage == u"text" || damage == u"short") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (damage == u"random") {
            QByteArray bytes(8192, '\0');
            QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            file.write(bytes);
        } else if (damage == u"text") {
            file.write(QByteArray("Minutes of the meeting of the bar association.\n").repeated(100));
        } else {
            file.write("SQLite format 3");
        }
    } else if (damage == u"foreign") {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        query.finish();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else {
        makeDatabase(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        if (damage == u"truncated") {
            QVERIFY(file.resize(size / 2));
        } else if (damage == u"header") {
            QVERIFY(file.resize(100));
        } else if (damage == u"schema") {
            // Page 1 after its 100-byte header holds the list of tables.
            QVERIFY(file.seek(100));
            file.write(QByteArray(4000, '\x5a'));
        } else if (damage == u"pagesize") {
            QVERIFY(file.seek(16));
            file.write(QByteArray("\x01\x23", 2));
        }
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    const Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(expected), qPrintable(opened.error().message));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::missingFolderIsNotCreated()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("no/such/folder"));
    const Result<std::unique_ptr<Database>> opened =
        Database::open(folder + QStringLiteral("/docket.sqlite"));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("does not exist")),
             qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(QDir::toNativeSeparators(folder)));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}

void TestDatabase::folderInsteadOfFile()
{
    QTemporaryDir dir;
    const Result<std::unique_ptr<Database>> opened = Database::open(dir.path());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("is a folder")),
             qPrintable(opened.error().message));
}

void TestDatabase::defaultFolderIsCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/Docket/docket.sqlite"));
    const Result<QString> prepared = Database::createDefaultFolder(path);
    QVERIFY(prepared.ok());
    QCOMPARE(prepared.value(), path);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("data/Docket"))).isDir());
    QVERIFY(Database::open(path).ok());
    // Again: nothing to do, no error.
    QVERIFY(Database::createDefaultFolder(path).ok());
}

void TestDatabase::readOnlyAccess()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("docket.sqlite"));
    makeDatabase(path);
    const QByteArray before = fileHash(path);
    DatabaseOptions options;
    options.access = DatabaseOptions::Access::ReadOnly;
    std::unique_ptr<Database> db = open(dir, QStringLiteral("docket.sqlite"), options);
    QVERIFY(db);
    QVERIFY(!db->isWritable());
    ThreadStore threads(*db);
    const ThreadPage page = threads.list(ThreadFilter{}, now()).value();
    QCOMPARE(page.threads.size(), 1);
    const Result<MarkReport> marked = threads.setRead({page.threads.first().id}, true);
    QVERIFY(!marked.ok());
    QVERIFY2(marked.error().message.contains(QStringLiteral("reading only")),
             qPrintable(marked.error().message));
    QVERIFY(!FeedStore(*db).add(NewFeed{QUrl(QStringLiteral("https://b.example/")), {}, {}, {}}, now()).ok());
    db.reset();
    QCOMPARE(fileHash(path), before);

    // A database that does not exist cannot be opened for reading.
    const Result<std::unique_ptr<Database>> missing =
        Database::open(dir.filePath(QStringLiteral("none.sqlite")), options);
    QVERIFY(!missing.ok());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
}

void TestDatabase::readOnlyFiles_data()
{
    QTest::addColumn<bool>("fileWritable");
    QTest::addColumn<bool>("folderWritable");
    QTest::addColumn<QString>("expected"); // in the message for a write

    QTest::newRow("read-only file in a writable folder")
        << false << true << QStringLiteral("is read-only, so Docket cannot change it");
    QTest::newRow("writable file in a read-only folder") << true << false << QStringLiteral("folder");
    QTest::newRow("read-only file in a read-only folder")
        << false << false << QStringLiteral("is read-only, so Docket cannot change it");
}

void TestDatabase::readOnlyFiles()
{
    QFETCH(bool, fileWritable);
    QFETCH(bool, folderWritable);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("db"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/docket.sqlite");
    makeDatabase(path);
    // The helper reads as someone the modes apply to (not root); the folder
    // must be reachable for them.
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::ExeOther));
    const QFile::Permissions readable = QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup;
    const QFile::Permissions writable = QFile::WriteOwner | QFile::WriteOther | QFile::WriteGroup;
    QVERIFY(QFile::setPermissions(path, fileWritable ? readable | writable : readable));
    const QFile::Permissions folderMode = readable | QFile::ExeOwner | QFile::ExeOther | QFile::ExeGroup;
    QVERIFY(QFile::setPermissions(folder, folderWritable ? folderMode | writable : folderMode));
    const QByteArray before = fileHash(path);

    const Run run = runHelper({QStringLiteral("probe"), path}, runningAsRoot());
    QFile::setPermissions(folder, folderMode | QFile::WriteOwner);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("open ok")), qPrintable(run.output));
    QVERIFY(run.output.contains(QStringLiteral("writable: no")));
    QVERIFY(run.output.contains(QStringLiteral("threads: 1")));
    QVERIFY(run.output.contains(QStringLiteral("write failed: ")));
    QVERIFY2(run.output.contains(expected), qPrintable(run.output));
    QCOMPARE(fileHash(path), before);
    if (!folderWritable)
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::busyDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("docket.sqlite"));
    makeDatabase(path);

    QProcess holder;
    holder.start(QStringLiteral(DOCKET_STORAGE_HELPER),
                 {QStringLiteral("hold"), path, QStringLiteral("1500")});
    QElapsedTimer waited;
    waited.start();
    QByteArray output;
    while (!output.contains("locked") && waited.elapsed() < 30000) {
        holder.waitForReadyRead(100);
        output += holder.readAllStandardOutput();
    }
    QVERIFY2(output.contains("locked"), output.constData());

    // A writer that will not wait long is told plainly.
    DatabaseOptions impatient;
    impatient.busyTimeoutMs = 100;
    std::unique_ptr<Database> quick = open(dir, QStringLiteral("docket.sqlite"), impatient);
    QVERIFY(quick);
    const Result<FeedRecord> refused =
        FeedStore(*quick).add(NewFeed{QUrl(QStringLiteral("https://quick.example/feed")), {}, {}, {}}, now());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("busy")), qPrintable(refused.error().message));
    // Reading goes on while the other process writes.
    QCOMPARE(ThreadStore(*quick).count(ThreadFilter{}).value(), 1);

    // One that waits (the default five seconds) gets its turn.
    std::unique_ptr<Database> patient = open(dir);
    QVERIFY(patient);
    const Result<FeedRecord> added = FeedStore(*patient).add(
        NewFeed{QUrl(QStringLiteral("https://patient.example/feed")), {}, {}, {}}, now());
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    QVERIFY(holder.waitForFinished(30000));
    output += holder.readAllStandardOutput();
    QCOMPARE(holder.exitCode(), 0);
    QVERIFY(output.contains("committed"));
    // Nothing lost: both writers' feeds are there.
    const QList<FeedRecord> feeds = FeedStore(*patient).list().value();
    QStringList urls;
    for (const FeedRecord &feed : feeds)
        urls.append(feed.url.toString());
    QVERIFY(urls.contains(QStringLiteral("https://holder.example/feed")));
    QVERIFY(urls.contains(QStringLiteral("https://patient.example/feed")));
}

void TestDatabase::savepointRollbackKeepsOuterWork()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = open(dir);
    QVERIFY(db);
    {
        Transaction outer(*db);
        QVERIFY(outer.ok());
        QVERIFY(FolderStore(*db).ensure({QStringLiteral("Kept")}).ok());
        {
            Transaction inner(*db);
            QVERIFY(inner.ok());
            QVERIFY(FolderStore(*db).ensure({QStringLiteral("Dropped")}).ok());
            inner.rollback();
        }
        QVERIFY(outer.commit().ok());
    }
    const QList<FolderRecord> folders = FolderStore(*db).list().value();
    QCOMPARE(folders.size(), 1);
    QCOMPARE(folders.first().name, QStringLiteral("Kept"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
