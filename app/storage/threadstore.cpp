#include "threadstore.h"

#include "capturestore.h"
#include "database.h"
#include "statement.h"
#include "threadquery.h"
#include "threadupsert.h"
#include "transaction.h"

namespace {

// Sets a 0/1 column of each thread; column is one of this file's literals.
Result<MarkReport> mark(Database &database, const QList<qint64> &ids, const QString &column, bool on,
                        const QString &action)
{
    Transaction transaction(database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = database.connection();
    Statement read(db, action);
    if (auto ok = read.prepare(QStringLiteral("SELECT %1 FROM threads WHERE id = :id").arg(column)); !ok)
        return ok.error();
    Statement write(db, action);
    if (auto ok = write.prepare(QStringLiteral("UPDATE threads SET %1 = :on WHERE id = :id").arg(column));
        !ok)
        return ok.error();
    MarkReport report;
    for (qint64 id : ids) {
        read.bind(QStringLiteral(":id"), id);
        if (auto ok = read.exec(); !ok)
            return ok.error();
        const bool found = read.next();
        const bool was = found && read.value(0).toBool();
        read.finish();
        if (!found) {
            report.missing.append(id);
            continue;
        }
        if (was == on) {
            report.unchanged.append(id);
            continue;
        }
        write.bind(QStringLiteral(":on"), on ? 1 : 0);
        write.bind(QStringLiteral(":id"), id);
        if (auto ok = write.exec(); !ok)
            return ok.error();
        report.changed.append(id);
    }
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    return report;
}

} // namespace

ThreadStore::ThreadStore(Database &database) : m_database(database)
{
}

Result<UpsertReport> ThreadStore::store(qint64 feedId, const Feed &feed, const QDateTime &now,
                                        const Provenance &source)
{
    return ThreadUpsert(m_database, feedId, now, source).run(feed);
}

Result<ThreadPage> ThreadStore::list(const ThreadFilter &filter, const QDateTime &now) const
{
    return ThreadQuery::page(m_database.connection(), filter, now);
}

Result<qint64> ThreadStore::count(const ThreadFilter &filter) const
{
    return ThreadQuery::count(m_database.connection(), filter);
}

Result<std::optional<ThreadRecord>> ThreadStore::thread(qint64 id, const QDateTime &now) const
{
    Result<std::optional<ThreadRecord>> found = ThreadQuery::one(m_database.connection(), id, now);
    if (!found || !found.value())
        return found;
    ThreadRecord &thread = *found.value();
    const QSqlDatabase db = m_database.connection();
    const QString action = QStringLiteral("read thread %1").arg(id);
    Statement categories(db, action);
    if (auto ok = categories.prepare(
            QStringLiteral("SELECT name FROM categories WHERE thread_id = :id ORDER BY position"));
        !ok)
        return ok.error();
    categories.bind(QStringLiteral(":id"), id);
    if (auto ok = categories.exec(); !ok)
        return ok.error();
    while (categories.next())
        thread.categories.append(categories.value(0).toString());
    Statement enclosures(db, action);
    if (auto ok = enclosures.prepare(QStringLiteral(
            "SELECT url, type, length FROM enclosures WHERE thread_id = :id ORDER BY position"));
        !ok)
        return ok.error();
    enclosures.bind(QStringLiteral(":id"), id);
    if (auto ok = enclosures.exec(); !ok)
        return ok.error();
    while (enclosures.next())
        thread.enclosures.append(
            Enclosure{QUrl(enclosures.value(0).toString(), QUrl::StrictMode), enclosures.value(1).toString(),
                      enclosures.value(2).isNull() ? -1 : enclosures.value(2).toLongLong()});
    Result<ArticleCapture> capture = CaptureStore(m_database).capture(id);
    if (!capture)
        return capture.error();
    thread.capture = std::move(capture).value();
    return found;
}

Result<QList<RevisionRecord>> ThreadStore::revisions(qint64 id) const
{
    Statement statement(m_database.connection(), QStringLiteral("read the revisions of thread %1").arg(id));
    if (auto ok = statement.prepare(QStringLiteral("SELECT seen_at, replaced_at, title, summary, content "
                                                   "FROM revisions WHERE thread_id = :id ORDER BY id"));
        !ok)
        return ok.error();
    statement.bind(QStringLiteral(":id"), id);
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    QList<RevisionRecord> revisions;
    while (statement.next())
        revisions.append(RevisionRecord{Statement::toTime(statement.value(0)),
                                        Statement::toTime(statement.value(1)), statement.value(2).toString(),
                                        statement.value(3).toString(), statement.value(4).toString()});
    return revisions;
}

Result<MarkReport> ThreadStore::setRead(const QList<qint64> &ids, bool read)
{
    return mark(m_database, ids, QStringLiteral("read"), read,
                read ? QStringLiteral("mark threads read") : QStringLiteral("mark threads unread"));
}

Result<MarkReport> ThreadStore::setKept(const QList<qint64> &ids, bool kept)
{
    return mark(m_database, ids, QStringLiteral("kept"), kept,
                kept ? QStringLiteral("keep threads") : QStringLiteral("release threads"));
}

Result<qint64> ThreadStore::markAllRead(std::optional<qint64> feedId)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement statement(m_database.connection(), QStringLiteral("mark threads read"));
    if (auto ok = statement.prepare(QStringLiteral("UPDATE threads SET read = 1 WHERE read = 0 AND "
                                                   "(:all OR feed_id = :feed)"));
        !ok)
        return ok.error();
    statement.bind(QStringLiteral(":all"), feedId ? 0 : 1);
    statement.bind(QStringLiteral(":feed"), feedId.value_or(0));
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    const qint64 changed = statement.rowsAffected();
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    return changed;
}
