// The 21-day rule applied: deleting expired threads and leaving tombstones.
#pragma once

#include "result.h"

#include <QDateTime>

#include <optional>

class Database;

struct ExpiryOptions
{
    QDateTime now; // UTC
    // Replaces the global retention for this run (`expire --days N`); a feed's
    // own retention still wins for that feed.
    std::optional<int> days;
    bool dryRun = false; // count only, change nothing
    // Then remove the deleted threads' rows from the search index (see
    // purgeSearchIndex); the threads are gone from searches either way.
    bool purgeSearchIndex = true;
};

struct ExpiryReport
{
    qint64 deleted = 0; // or, in a dry run, would be deleted
    qint64 reclaimedBytes = 0;
    qint64 searchRowsPurged = 0;
};

class ThreadExpiry
{
public:
    explicit ThreadExpiry(Database &database);

    // Deletes every thread past its expiry (RetentionPolicy), kept threads
    // never, writing a tombstone for each, in one transaction; then returns
    // the freed pages to the file system.
    Result<ExpiryReport> run(const ExpiryOptions &options);

    // Removes the search-index rows of deleted threads, a batch per
    // transaction so other writers get their turn; returns how many went.
    Result<qint64> purgeSearchIndex();

private:
    Database &m_database;
};
