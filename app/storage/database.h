// The one SQLite database of closed threads: opening, checking and migrating it.
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct DatabaseOptions
{
    // ReadOnly opens without ever writing (no pragmas that write, no
    // migrations); ReadWrite falls back to read-only when the file or its folder
    // cannot be written, and says why on every write.
    enum class Access { ReadWrite, ReadOnly };
    Access access = Access::ReadWrite;
    // How long a write waits for another Docket process to finish its own.
    int busyTimeoutMs = 5000;
    // Tests and fixture tools only: stop migrating at this schema version
    // (0 = the latest). A database left below the latest cannot be written to
    // by the stores.
    int migrateTo = 0;
};

class Database
{
public:
    // The schema version this Docket writes (PRAGMA user_version).
    static int latestSchemaVersion();

    // Opens (creating when missing) the database at path. Refuses, without
    // modifying the file: a folder that does not exist, a file that is not a
    // SQLite database or is damaged, a database from a newer Docket.
    static Result<std::unique_ptr<Database>> open(const QString &path, const DatabaseOptions &options = {});

    // Creates the folder that holds the default database (the application data
    // folder) when it is missing; an explicit --database path never gets its
    // folder created. Returns the path unchanged.
    static Result<QString> createDefaultFolder(const QString &defaultDatabasePath);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const;
    int schemaVersion() const;

    // False when opened read-only, or the file or its folder cannot be written.
    bool isWritable() const;
    // Why writing is not possible, in plain words; empty when it is.
    QString whyReadOnly() const;
    // A ready Diagnostic for a write attempted on a read-only database.
    Diagnostic readOnlyError() const;

    // PRAGMA integrity_check: true when clean, else the problems found.
    Result<bool> checkIntegrity() const;
    // Returns free pages to the file system (auto_vacuum is INCREMENTAL) and
    // checkpoints the log so the file shrinks; returns the bytes freed.
    Result<qint64> reclaimFreePages();
    // The size of the database file in bytes (without the write-ahead log).
    qint64 fileSize() const;

    // The connection, for the stores of this layer only; it belongs to the
    // thread that opened the database.
    QSqlDatabase connection() const;

private:
    friend class Transaction;
    explicit Database(const QString &path, const QString &connectionName);

    QString m_path;
    QString m_connectionName;
    QString m_whyReadOnly;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    int m_savepointCounter = 0;
};
