// A second Docket process for the storage tests (not a test itself):
//   write DB        stores threads in transactions until killed, printing
//                   "committed N" after each commit
//   hold DB MS      takes the write lock for MS milliseconds, adding a feed
//   probe DB        opens, lists, tries to mark a thread read; prints results
//   make-vN DB      writes a database at schema version N with sample data
#include "database.h"
#include "feedstore.h"
#include "threadstore.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QVariant>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

std::unique_ptr<Database> openOrSay(const QString &path, const DatabaseOptions &options = {})
{
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened) {
        out() << "open failed: " << opened.error().message << Qt::endl;
        return nullptr;
    }
    out() << "open ok" << Qt::endl;
    return std::move(opened).value();
}

int write(const QString &path)
{
    std::unique_ptr<Database> db = openOrSay(path);
    if (!db)
        return 1;
    FeedStore feeds(*db);
    const QUrl url(QStringLiteral("https://crash.example/feed"));
    const Result<std::optional<FeedRecord>> existing = feeds.feedByUrl(url);
    if (!existing)
        return 1;
    qint64 feedId = 0;
    if (existing.value()) {
        feedId = existing.value()->id;
    } else {
        const Result<FeedRecord> added = feeds.add(
            NewFeed{url, QStringLiteral("Crash"), QUrl(), std::nullopt}, QDateTime::currentDateTimeUtc());
        if (!added)
            return 1;
        feedId = added->id;
    }
    ThreadStore threads(*db);
    qint64 committed = feeds.feed(feedId).value()->threads;
    // Bounded, so a test that forgets to kill it still ends.
    while (committed < 200000) {
        Feed feed;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 25; ++i) {
            Item item;
            item.id = QStringLiteral("item-%1").arg(committed + i);
            item.title = QStringLiteral("Thread %1").arg(committed + i);
            item.content =
                QStringLiteral("<p>Body %1 with enough words to fill a page or two.</p>").arg(committed + i);
            item.published = now.addSecs(-(committed + i) % 3600);
            feed.items.append(item);
        }
        const Result<UpsertReport> stored = threads.store(feedId, feed, now);
        if (!stored) {
            out() << "failed: " << stored.error().message << Qt::endl;
            return 1;
        }
        committed += stored->inserted;
        out() << "committed " << committed << Qt::endl;
    }
    return 0;
}

int hold(const QString &path, int milliseconds)
{
    std::unique_ptr<Database> db = openOrSay(path);
    if (!db)
        return 1;
    Transaction transaction(*db);
    if (!transaction.ok()) {
        out() << "lock failed: " << transaction.error().message << Qt::endl;
        return 1;
    }
    const Result<FeedRecord> added =
        FeedStore(*db).add(NewFeed{QUrl(QStringLiteral("https://holder.example/feed")),
                                   QStringLiteral("Holder"), QUrl(), std::nullopt},
                           QDateTime::currentDateTimeUtc());
    if (!added)
        return 1;
    out() << "locked" << Qt::endl;
    QThread::msleep(milliseconds);
    if (!transaction.commit())
        return 1;
    out() << "committed" << Qt::endl;
    return 0;
}

int probe(const QString &path)
{
    std::unique_ptr<Database> db = openOrSay(path);
    if (!db)
        return 1;
    out() << "writable: " << (db->isWritable() ? "yes" : "no") << Qt::endl;
    ThreadStore threads(*db);
    const Result<ThreadPage> page = threads.list(ThreadFilter{}, QDateTime::currentDateTimeUtc());
    if (!page) {
        out() << "list failed: " << page.error().message << Qt::endl;
        return 1;
    }
    out() << "threads: " << page->threads.size() << Qt::endl;
    QList<qint64> ids;
    for (const ThreadRecord &thread : page->threads)
        ids.append(thread.id);
    const Result<MarkReport> marked = threads.setRead(ids, true);
    if (marked)
        out() << "write ok" << Qt::endl;
    else
        out() << "write failed: " << marked.error().message << Qt::endl;
    return 0;
}

// Today's stores write today's schema, so the sample rows of an older version
// go in as SQL of that version.
int makeVersion(const QString &path, int version)
{
    DatabaseOptions options;
    options.migrateTo = version;
    std::unique_ptr<Database> db = openOrSay(path, options);
    if (!db || db->schemaVersion() != version)
        return 1;
    QStringList statements{
        QStringLiteral(
            "INSERT INTO folders (id, name, parent_id) VALUES (1, 'Courts', NULL), (2, 'Appeals', 1)"),
        QStringLiteral(
            "INSERT INTO feeds (id, url, title, site, folder_id, status, added, next_poll, retention_days) "
            "VALUES (1, 'https://courts.example/opinions.xml', 'Opinions', 'https://courts.example/', 2, "
            "'ok', 1767225600, 1767229200, 90), "
            "(2, 'https://news.example/feed', 'Legal news', '', NULL, 'new', 1767225600, NULL, NULL)"),
        QStringLiteral(
            "INSERT INTO threads (id, feed_id, guid, link, title, author, published, first_seen, "
            "sort_time, summary, content, content_hash, read, kept) VALUES "
            "(1, 1, 'urn:op:1', 'https://courts.example/op/1', 'Smith v. Jones', 'Clerk', 1767200000, "
            "1767225600, 1767200000, '', '<p>Affirmed.</p>', 'hash-1', 1, 1), "
            "(2, 2, 'urn:news:1', '', 'Bar exam results', '', NULL, 1767225600, 1767225600, "
            "'<b>Results</b>', '', 'hash-2', 0, 0)"),
        QStringLiteral(
            "INSERT INTO thread_search (rowid, title, summary, content, author) VALUES "
            "(1, 'Smith v. Jones', '', 'Affirmed.', 'Clerk'), (2, 'Bar exam results', 'Results', '', '')"),
        QStringLiteral("INSERT INTO enclosures (thread_id, position, url, type, length) VALUES "
                       "(1, 0, 'https://courts.example/op/1.pdf', 'application/pdf', 2048)"),
        QStringLiteral("INSERT INTO categories (thread_id, position, name) VALUES (1, 0, 'Contracts')"),
        QStringLiteral(
            "INSERT INTO tombstones (feed_id, guid, link, published, content_hash, deleted_at) VALUES "
            "(1, 'urn:op:0', 'https://courts.example/op/0', 1760000000, 'hash-0', 1767225600)"),
    };
    if (version >= 2) {
        statements.append(QStringLiteral(
            "INSERT INTO revisions (thread_id, seen_at, replaced_at, title, summary, content) VALUES "
            "(1, 1767225600, 1767300000, 'Smith v Jones', '', '<p>Affirmd.</p>')"));
        statements.append(
            QStringLiteral("UPDATE threads SET revised = 1, changed_at = 1767300000 WHERE id = 1"));
        statements.append(QStringLiteral(
            "INSERT INTO saved_searches (name, query, saved) VALUES ('Contracts', 'contract*', 1767300000)"));
    }
    Transaction transaction(*db);
    for (const QString &sql : statements) {
        QSqlQuery query(db->connection());
        if (!query.exec(sql)) {
            out() << "failed: " << sql << Qt::endl;
            return 1;
        }
    }
    if (!transaction.commit())
        return 1;
    // Fold the log into the file, so the fixture is one self-contained file.
    QSqlQuery checkpoint(db->connection());
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return 1;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString command = arguments.value(1);
    const QString path = arguments.value(2);
    if (command == u"write")
        return write(path);
    if (command == u"hold")
        return hold(path, arguments.value(3).toInt());
    if (command == u"probe")
        return probe(path);
    if (command.startsWith(u"make-v"))
        return makeVersion(path, command.mid(6).toInt());
    out() << "usage: storage_helper write|hold|probe|make-vN DB [MS]" << Qt::endl;
    return 2;
}
