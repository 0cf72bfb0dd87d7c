#include "threadexpiry.h"

#include "database.h"
#include "retentionpolicy.h"
#include "searchindex.h"
#include "settingsstore.h"
#include "statement.h"
#include "transaction.h"

namespace {

// The threads past expiry at :now: post time (else first-seen time, both in
// sort_time) older than the feed's retention, or :days when the feed has none;
// kept threads never. Matches RetentionPolicy::isExpired, written as a range
// over the (feed_id, sort_time) index so it never reads the whole table.
const QString expired = QStringLiteral(
    "SELECT t.id FROM feeds f JOIN threads t ON t.feed_id = f.id "
    "AND t.sort_time < :now - (CASE WHEN f.retention_days >= 1 THEN f.retention_days ELSE :days END) * 86400 "
    "WHERE t.kept = 0");

} // namespace

ThreadExpiry::ThreadExpiry(Database &database) : m_database(database)
{
}

Result<ExpiryReport> ThreadExpiry::run(const ExpiryOptions &options)
{
    if (!options.now.isValid())
        return Result<ExpiryReport>::failure(QStringLiteral("Expiry needs the current time."));
    if (options.days && *options.days < 1)
        return Result<ExpiryReport>::failure(
            QStringLiteral("The retention period must be at least one day."));
    int days = 0;
    if (options.days) {
        days = *options.days;
    } else {
        const Result<int> global = SettingsStore(m_database).retentionDays();
        if (!global)
            return global.error();
        days = global.value();
    }
    const qint64 now = options.now.toSecsSinceEpoch();
    const QSqlDatabase db = m_database.connection();
    ExpiryReport report;

    if (options.dryRun) {
        Statement count(db, QStringLiteral("count the expired threads"));
        if (auto ok = count.prepare(QStringLiteral("SELECT count(*) FROM (") + expired + u')'); !ok)
            return ok.error();
        count.bind(QStringLiteral(":now"), now);
        count.bind(QStringLiteral(":days"), days);
        if (auto ok = count.exec(); !ok)
            return ok.error();
        report.deleted = count.next() ? count.value(0).toLongLong() : 0;
        return report;
    }

    const QString action = QStringLiteral("delete the expired threads");
    {
        Transaction transaction(m_database);
        if (!transaction.ok())
            return transaction.error();
        // A tombstone first, so a feed that still lists the item does not
        // bring it back at the next poll.
        Statement bury(db, action);
        if (auto ok = bury.prepare(
                QStringLiteral("INSERT OR IGNORE INTO tombstones (feed_id, guid, link, published, "
                               "content_hash, deleted_at) SELECT feed_id, guid, link, published, "
                               "content_hash, :deleted FROM threads WHERE id IN (") +
                expired + u')');
            !ok)
            return ok.error();
        bury.bind(QStringLiteral(":deleted"), now);
        bury.bind(QStringLiteral(":now"), now);
        bury.bind(QStringLiteral(":days"), days);
        if (auto ok = bury.exec(); !ok)
            return ok.error();
        // Enclosures, categories and revisions go by cascade; a trigger
        // queues the search rows.
        Statement remove(db, action);
        if (auto ok = remove.prepare(QStringLiteral("DELETE FROM threads WHERE id IN (") + expired + u')');
            !ok)
            return ok.error();
        remove.bind(QStringLiteral(":now"), now);
        remove.bind(QStringLiteral(":days"), days);
        if (auto ok = remove.exec(); !ok)
            return ok.error();
        report.deleted = remove.rowsAffected();
        if (auto ok = transaction.commit(); !ok)
            return ok.error();
    }
    if (options.purgeSearchIndex) {
        const Result<qint64> purged = purgeSearchIndex();
        if (!purged)
            return purged.error();
        report.searchRowsPurged = purged.value();
    }
    if (report.deleted > 0 || report.searchRowsPurged > 0) {
        const Result<qint64> reclaimed = m_database.reclaimFreePages();
        if (!reclaimed)
            return reclaimed.error();
        report.reclaimedBytes = reclaimed.value();
    }
    return report;
}

Result<qint64> ThreadExpiry::purgeSearchIndex()
{
    // Small enough that a poll waiting to write is held up for well under
    // its busy timeout.
    constexpr qint64 batch = 2000;
    qint64 total = 0;
    for (;;) {
        Transaction transaction(m_database);
        if (!transaction.ok())
            return transaction.error();
        const Result<qint64> purged = SearchIndex::purge(m_database.connection(), batch);
        if (!purged)
            return purged;
        if (auto ok = transaction.commit(); !ok)
            return ok.error();
        total += purged.value();
        if (purged.value() < batch)
            return total;
    }
}
