#include "database.h"

#include "databasefileheader.h"
#include "schema.h"
#include "statement.h"
#include "storageerror.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <atomic>

namespace {

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("docket-storage-%1").arg(++counter);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Why this database cannot be written, in plain words; empty when it can.
QString readOnlyReason(const QString &path, const DatabaseOptions &options)
{
    if (options.access == DatabaseOptions::Access::ReadOnly)
        return QStringLiteral("The database %1 was opened for reading only.").arg(shown(path));
    const QFileInfo file(path);
    if (file.exists() && !file.isWritable())
        return QStringLiteral("The database %1 is read-only, so Docket cannot change it. "
                              "Make the file writable to store, mark or expire threads.")
            .arg(shown(path));
    // SQLite writes its log (-wal, -shm) beside the database.
    if (!QFileInfo(file.absolutePath()).isWritable())
        return QStringLiteral("The folder %1 is read-only, so Docket cannot change the database in it. "
                              "Make the folder writable to store, mark or expire threads.")
            .arg(QDir::toNativeSeparators(file.absolutePath()));
    return {};
}

} // namespace

int Database::latestSchemaVersion()
{
    return Schema::latestVersion();
}

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path), m_connectionName(connectionName)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const DatabaseOptions &options)
{
    using Opened = Result<std::unique_ptr<Database>>;
    if (path.isEmpty())
        return Opened::failure(QStringLiteral("No database path was given."));
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return Opened::failure(
            QStringLiteral("The folder %1 does not exist, so Docket cannot open a database "
                           "there. Create the folder first, or choose another path.")
                .arg(QDir::toNativeSeparators(file.absolutePath())));
    if (file.isDir())
        return Opened::failure(
            QStringLiteral("%1 is a folder, not a database file. Choose a file path.").arg(shown(path)));

    const Result<DatabaseFileHeader> header = DatabaseFileHeader::read(path);
    if (!header)
        return header.error();
    const int latest = Schema::latestVersion();
    auto newerDocket = [&path, latest](int version) {
        return Opened::failure(
            QStringLiteral("The database %1 was made by a newer version of Docket (schema %2; "
                           "this Docket understands up to %3). It was left untouched: "
                           "update Docket, or choose another database.")
                .arg(shown(path))
                .arg(version)
                .arg(latest));
    };
    if (header->userVersion > latest)
        return newerDocket(header->userVersion);

    const bool exists = file.exists() && file.size() > 0;
    const QString whyReadOnly = readOnlyReason(path, options);
    if (!exists && !whyReadOnly.isEmpty())
        return Opened::failure(QStringLiteral("There is no database at %1, and Docket cannot create one: %2")
                                   .arg(shown(path), whyReadOnly));

    std::unique_ptr<Database> database(new Database(path, uniqueConnectionName()));
    database->m_whyReadOnly = whyReadOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        if (whyReadOnly.isEmpty()) {
            db.setDatabaseName(path);
        } else {
            // A read-only connection to a log-mode database still needs the
            // shared-memory file; in a folder where it cannot be made, and with
            // no log that another writer keeps, the file is read as immutable.
            const bool folderWritable = QFileInfo(file.absolutePath()).isWritable();
            const bool logExists = QFile::exists(path + QStringLiteral("-wal"));
            QUrl uri = QUrl::fromLocalFile(file.absoluteFilePath());
            uri.setQuery(!folderWritable && !logExists ? QStringLiteral("immutable=1")
                                                       : QStringLiteral("mode=ro"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open())
            return StorageError::fromSql(db.lastError(),
                                         QStringLiteral("open the database %1").arg(shown(path)));
    }
    const QSqlDatabase db = database->connection();
    const QString opening = QStringLiteral("open the database %1").arg(shown(path));
    auto pragma = [&db, &opening](const QString &sql) {
        Statement statement(db, opening);
        return statement.exec(sql);
    };
    if (auto ok = pragma(QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, options.busyTimeoutMs))); !ok)
        return ok.error();

    // Reading the schema is the first thing that touches the file's pages:
    // a damaged or foreign file is refused here, before anything is written.
    const Result<int> version = Schema::version(db);
    if (!version)
        return version.error();
    if (version.value() > latest)
        return newerDocket(version.value());
    const Result<bool> empty = Schema::isEmpty(db);
    if (!empty)
        return empty.error();
    if (version.value() == 0 && !empty.value())
        return Opened::failure(QStringLiteral("%1 is a SQLite database of some other program, not Docket's. "
                                              "It was left untouched: choose another file.")
                                   .arg(shown(path)));

    if (auto ok = pragma(QStringLiteral("PRAGMA foreign_keys = ON")); !ok)
        return ok.error();
    // 32 MiB of page cache (SQLite's default is 2): a poll's inserts touch
    // index pages all over the file, and re-reading them dominated its cost.
    if (auto ok = pragma(QStringLiteral("PRAGMA cache_size = -32768")); !ok)
        return ok.error();
    const int target = options.migrateTo > 0 ? qMin(options.migrateTo, latest) : latest;
    if (!whyReadOnly.isEmpty()) {
        if (version.value() < target)
            return Opened::failure(QStringLiteral("The database %1 needs upgrading to work with this Docket, "
                                                  "but it cannot be written. %2")
                                       .arg(shown(path), whyReadOnly));
        // Belt and braces: even a bug cannot write through this connection.
        if (auto ok = pragma(QStringLiteral("PRAGMA query_only = ON")); !ok)
            return ok.error();
        database->m_schemaVersion = version.value();
        return database;
    }

    // auto_vacuum only takes effect when set before the first table exists.
    if (empty.value()) {
        if (auto ok = pragma(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL")); !ok)
            return ok.error();
    }
    // The log lets the window read while a poll writes, and survives a crash
    // at any moment; NORMAL syncs at checkpoints, which in log mode still
    // never corrupts, at worst loses the last commits before a power cut.
    {
        Statement statement(db, opening);
        if (auto ok = statement.exec(QStringLiteral("PRAGMA journal_mode = WAL")); !ok)
            return ok.error();
        if (!statement.next() || statement.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            return Opened::failure(
                QStringLiteral("Docket could not switch the database %1 to write-ahead logging; "
                               "the file system may not support it (a network drive?).")
                    .arg(shown(path)));
    }
    if (auto ok = pragma(QStringLiteral("PRAGMA synchronous = NORMAL")); !ok)
        return ok.error();
    const Result<int> reached = Schema::migrate(db, target);
    if (!reached)
        return reached.error();
    database->m_schemaVersion = reached.value();
    return database;
}

Result<QString> Database::createDefaultFolder(const QString &defaultDatabasePath)
{
    const QString folder = QFileInfo(defaultDatabasePath).absolutePath();
    if (QFileInfo(folder).isDir())
        return defaultDatabasePath;
    if (!QDir().mkpath(folder))
        return Result<QString>::failure(
            QStringLiteral("Docket could not create its data folder %1. Check that "
                           "you may write there, or give a path with --database.")
                .arg(QDir::toNativeSeparators(folder)));
    // The cache holds what a lawyer reads: only its owner needs to see it.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return defaultDatabasePath;
}

QString Database::path() const
{
    return m_path;
}

int Database::schemaVersion() const
{
    return m_schemaVersion;
}

bool Database::isWritable() const
{
    return m_whyReadOnly.isEmpty();
}

QString Database::whyReadOnly() const
{
    return m_whyReadOnly;
}

Diagnostic Database::readOnlyError() const
{
    return Diagnostic{m_whyReadOnly};
}

Result<bool> Database::checkIntegrity() const
{
    Statement statement(connection(), QStringLiteral("check the database %1").arg(shown(m_path)));
    if (auto ok = statement.exec(QStringLiteral("PRAGMA integrity_check")); !ok)
        return ok;
    QStringList problems;
    while (statement.next()) {
        const QString line = statement.value(0).toString();
        if (line != u"ok")
            problems.append(line);
    }
    if (problems.isEmpty())
        return true;
    return Result<bool>::failure(QStringLiteral("The database %1 is damaged: %2")
                                     .arg(shown(m_path), problems.mid(0, 5).join(QStringLiteral("; "))));
}

Result<qint64> Database::reclaimFreePages()
{
    if (!isWritable())
        return readOnlyError();
    const QString action = QStringLiteral("make the database %1 smaller").arg(shown(m_path));
    auto number = [this, &action](const QString &sql) -> Result<qint64> {
        Statement statement(connection(), action);
        if (auto ok = statement.exec(sql); !ok)
            return ok.error();
        return statement.next() ? statement.value(0).toLongLong() : 0;
    };
    const Result<qint64> freePages = number(QStringLiteral("PRAGMA freelist_count"));
    if (!freePages)
        return freePages;
    const Result<qint64> pageSize = number(QStringLiteral("PRAGMA page_size"));
    if (!pageSize)
        return pageSize;
    if (freePages.value() > 0) {
        // Each step of the pragma frees one page, and Qt steps a statement
        // without result columns only once per exec: run it once per free
        // page, all in one transaction.
        Transaction transaction(*this);
        if (!transaction.ok())
            return transaction.error();
        Statement statement(connection(), action);
        if (auto ok = statement.prepare(QStringLiteral("PRAGMA incremental_vacuum")); !ok)
            return ok.error();
        for (qint64 i = 0; i < freePages.value(); ++i) {
            if (auto ok = statement.exec(); !ok)
                return ok.error();
        }
        statement.finish();
        if (auto ok = transaction.commit(); !ok)
            return ok.error();
    }
    // The freed pages leave the file at a checkpoint; a passive one never
    // waits for readers (the window may be reading), and a later one finishes.
    if (auto ok = number(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); !ok)
        return ok;
    return freePages.value() * pageSize.value();
}

qint64 Database::fileSize() const
{
    return QFileInfo(m_path).size();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}
