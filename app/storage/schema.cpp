#include "schema.h"

#include "statement.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Schema {

namespace {

struct Migration
{
    int version;
    QStringList statements;
};

// Version 1: subscriptions, threads and the full-text index.
Migration version1()
{
    return {
        1,
        {
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
            // AUTOINCREMENT: an id is never given out twice, so a script's
            // "keep 42" can never hit a newer thread after 42 expired.
            QStringLiteral("CREATE TABLE folders (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
                           "parent_id INTEGER REFERENCES folders(id) ON DELETE CASCADE)"),
            QStringLiteral(
                "CREATE UNIQUE INDEX folders_name ON folders(coalesce(parent_id, 0), name COLLATE NOCASE)"),
            QStringLiteral(
                "CREATE TABLE feeds (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL UNIQUE, "
                "title TEXT NOT NULL DEFAULT '', site TEXT NOT NULL DEFAULT '', "
                "folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL, "
                "status TEXT NOT NULL DEFAULT 'new', error TEXT NOT NULL DEFAULT '', "
                "last_fetch INTEGER, next_poll INTEGER, added INTEGER NOT NULL, "
                "retention_days INTEGER, poll_minutes INTEGER, "
                "etag TEXT NOT NULL DEFAULT '', last_modified TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX feeds_folder ON feeds(folder_id)"),
            // sort_time is the post time, else the first-seen time: what
            // lists are ordered by and what a thread ages from.
            QStringLiteral(
                "CREATE TABLE threads (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                "feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE, "
                "guid TEXT NOT NULL, link TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', "
                "author TEXT NOT NULL DEFAULT '', published INTEGER, updated INTEGER, "
                "first_seen INTEGER NOT NULL, sort_time INTEGER NOT NULL, "
                "summary TEXT NOT NULL DEFAULT '', content TEXT NOT NULL DEFAULT '', "
                "content_hash TEXT NOT NULL, read INTEGER NOT NULL DEFAULT 0, "
                "kept INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE UNIQUE INDEX threads_guid ON threads(feed_id, guid)"),
            QStringLiteral("CREATE INDEX threads_feed_time ON threads(feed_id, sort_time, id)"),
            QStringLiteral("CREATE INDEX threads_time ON threads(sort_time, id)"),
            QStringLiteral("CREATE INDEX threads_link ON threads(feed_id, link)"),
            QStringLiteral("CREATE INDEX threads_hash ON threads(feed_id, content_hash)"),
            QStringLiteral("CREATE INDEX threads_read ON threads(feed_id, read)"),
            QStringLiteral("CREATE INDEX threads_kept ON threads(sort_time, id) WHERE kept = 1"),
            QStringLiteral(
                "CREATE TABLE enclosures (thread_id INTEGER NOT NULL REFERENCES threads(id) "
                "ON DELETE CASCADE, position INTEGER NOT NULL, url TEXT NOT NULL, "
                "type TEXT NOT NULL DEFAULT '', length INTEGER, PRIMARY KEY (thread_id, position)) "
                "WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE categories (thread_id INTEGER NOT NULL REFERENCES threads(id) "
                           "ON DELETE CASCADE, position INTEGER NOT NULL, name TEXT NOT NULL, "
                           "PRIMARY KEY (thread_id, position)) WITHOUT ROWID"),
            // What is left of an expired thread: enough to know it again.
            QStringLiteral("CREATE TABLE tombstones (id INTEGER PRIMARY KEY, "
                           "feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE, "
                           "guid TEXT NOT NULL, link TEXT NOT NULL DEFAULT '', published INTEGER, "
                           "content_hash TEXT NOT NULL, "
                           "deleted_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX tombstones_guid ON tombstones(feed_id, guid)"),
            QStringLiteral("CREATE INDEX tombstones_link ON tombstones(feed_id, link)"),
            QStringLiteral("CREATE INDEX tombstones_hash ON tombstones(feed_id, content_hash)"),
            // The full-text index (SearchIndex): plain text, keyed by thread id.
            QStringLiteral("CREATE VIRTUAL TABLE thread_search USING fts5(title, summary, content, author, "
                           "tokenize = 'unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER threads_search_delete AFTER DELETE ON threads BEGIN "
                           "DELETE FROM thread_search WHERE rowid = old.id; END"),
        }};
}

// Version 2: earlier versions of revised threads, and saved searches.
Migration version2()
{
    return {2,
            {
                QStringLiteral("ALTER TABLE threads ADD COLUMN revised INTEGER NOT NULL DEFAULT 0"),
                // NULL: unchanged since first seen.
                QStringLiteral("ALTER TABLE threads ADD COLUMN changed_at INTEGER"),
                QStringLiteral("CREATE TABLE revisions (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE, "
                               "seen_at INTEGER NOT NULL, replaced_at INTEGER NOT NULL, title TEXT NOT NULL, "
                               "summary TEXT NOT NULL, content TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX revisions_thread ON revisions(thread_id, id)"),
                QStringLiteral("CREATE TABLE saved_searches (name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE, "
                               "query TEXT NOT NULL, saved INTEGER NOT NULL)"),
            }};
}

// Version 3: per-feed counts kept by triggers (the feed list never counts
// rows), and search rows of deleted threads purged after the deletion.
Migration version3()
{
    return {
        3,
        {
            QStringLiteral("ALTER TABLE feeds ADD COLUMN thread_count INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE feeds ADD COLUMN unread_count INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "UPDATE feeds SET thread_count = (SELECT count(*) FROM threads t WHERE t.feed_id = "
                "feeds.id), unread_count = (SELECT count(*) FROM threads t WHERE t.feed_id = "
                "feeds.id AND t.read = 0)"),
            QStringLiteral("CREATE TRIGGER threads_count_insert AFTER INSERT ON threads BEGIN "
                           "UPDATE feeds SET thread_count = thread_count + 1, unread_count = unread_count + "
                           "(new.read = 0) WHERE id = new.feed_id; END"),
            QStringLiteral("CREATE TRIGGER threads_count_delete AFTER DELETE ON threads BEGIN "
                           "UPDATE feeds SET thread_count = thread_count - 1, unread_count = unread_count - "
                           "(old.read = 0) WHERE id = old.feed_id; END"),
            QStringLiteral("CREATE TRIGGER threads_count_read AFTER UPDATE OF read ON threads "
                           "WHEN old.read <> new.read BEGIN UPDATE feeds SET unread_count = unread_count + "
                           "(new.read = 0) - (old.read = 0) WHERE id = new.feed_id; END"),
            QStringLiteral("DROP INDEX threads_read"),
            // Removing a row from FTS5 re-reads and re-tokenises its text:
            // expiring many threads at once queues their rows here (search
            // joins on threads, so a queued row never shows) and SearchIndex
            // purges them in small transactions after.
            QStringLiteral("CREATE TABLE search_purge (thread_id INTEGER PRIMARY KEY)"),
            QStringLiteral("DROP TRIGGER threads_search_delete"),
            QStringLiteral("CREATE TRIGGER threads_search_queue AFTER DELETE ON threads BEGIN "
                           "INSERT OR IGNORE INTO search_purge (thread_id) VALUES (old.id); END"),
        }};
}

// Version 4: where each feed stands in the poll schedule, what the publisher
// hints, and the hash of the last body stored (a server that ignores
// validators and resends the same bytes costs no parse and no write).
Migration version4()
{
    return {
        4,
        {
            QStringLiteral("ALTER TABLE feeds ADD COLUMN failures INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE feeds ADD COLUMN stopped INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE feeds ADD COLUMN hint_minutes INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE feeds ADD COLUMN body_sha256 TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX feeds_next_poll ON feeds(next_poll) WHERE next_poll IS NOT NULL"),
        }};
}

// Version 5: full articles captured from each thread's link, their images
// and those of feed content (kept for reading offline), and where each
// stored version came from (provenance). A feed's capture is NULL for
// automatic (CaptureStore::wanted), 1 for always, 0 for never. Captures and
// images go with their thread.
Migration version5()
{
    return {
        5,
        {
            QStringLiteral("ALTER TABLE feeds ADD COLUMN capture INTEGER"),
            QStringLiteral("ALTER TABLE threads ADD COLUMN retrieved_at INTEGER"),
            QStringLiteral("ALTER TABLE threads ADD COLUMN final_url TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE threads ADD COLUMN source_etag TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE threads ADD COLUMN source_last_modified TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE threads ADD COLUMN body_sha256 TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE captures (thread_id INTEGER PRIMARY KEY REFERENCES threads(id) "
                           "ON DELETE CASCADE, status TEXT NOT NULL, html TEXT NOT NULL DEFAULT '', "
                           "byline TEXT NOT NULL DEFAULT '', published INTEGER, "
                           "error TEXT NOT NULL DEFAULT '', retrieved_at INTEGER, "
                           "final_url TEXT NOT NULL DEFAULT '', etag TEXT NOT NULL DEFAULT '', "
                           "last_modified TEXT NOT NULL DEFAULT '', sha256 TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX captures_pending ON captures(thread_id) WHERE status = 'pending'"),
            QStringLiteral("CREATE TABLE images (thread_id INTEGER NOT NULL REFERENCES threads(id) "
                           "ON DELETE CASCADE, url TEXT NOT NULL, media_type TEXT NOT NULL, "
                           "bytes BLOB NOT NULL, PRIMARY KEY (thread_id, url))"),
        }};
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{version1(), version2(), version3(), version4(), version5()};
    return all;
}

Result<bool> apply(const QSqlDatabase &db, const Migration &migration)
{
    const QString action = QStringLiteral("upgrade the database to version %1").arg(migration.version);
    Statement begin(db, action);
    if (auto ok = begin.exec(QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return ok;
    auto rollback = [&db, &action] {
        Statement statement(db, action);
        (void)statement.exec(QStringLiteral("ROLLBACK"));
    };
    // Another Docket may have migrated while this one waited for the lock.
    const Result<int> current = version(db);
    if (!current) {
        rollback();
        return current.error();
    }
    if (current.value() >= migration.version) {
        rollback();
        return true;
    }
    QStringList statements = migration.statements;
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
    for (const QString &sql : std::as_const(statements)) {
        Statement statement(db, action);
        if (auto ok = statement.exec(sql); !ok) {
            rollback();
            return ok;
        }
    }
    Statement commit(db, action);
    if (auto ok = commit.exec(QStringLiteral("COMMIT")); !ok) {
        rollback();
        return ok;
    }
    return true;
}

} // namespace

int latestVersion()
{
    return migrations().back().version;
}

Result<int> version(const QSqlDatabase &db)
{
    Statement statement(db, QStringLiteral("read the database's version"));
    if (auto ok = statement.exec(QStringLiteral("PRAGMA user_version")); !ok)
        return ok.error();
    if (!statement.next())
        return Result<int>::failure(QStringLiteral("Docket could not read the database's version."));
    return statement.value(0).toInt();
}

Result<bool> isEmpty(const QSqlDatabase &db)
{
    Statement statement(db, QStringLiteral("read the database's tables"));
    if (auto ok = statement.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")); !ok)
        return ok;
    return statement.next() && statement.value(0).toLongLong() == 0;
}

Result<int> migrate(const QSqlDatabase &db, int target)
{
    const Result<int> start = version(db);
    if (!start)
        return start;
    int reached = start.value();
    for (const Migration &migration : migrations()) {
        if (migration.version <= reached || migration.version > target)
            continue;
        if (auto ok = apply(db, migration); !ok)
            return ok.error();
        reached = migration.version;
    }
    return reached;
}

} // namespace Schema
