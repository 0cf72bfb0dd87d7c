#include "threadquery.h"

#include "retentionpolicy.h"
#include "searchindex.h"
#include "searchquery.h"
#include "statement.h"

#include <QHash>
#include <QStringList>
#include <QVariant>

#include <limits>
#include <utility>
#include <vector>

namespace ThreadQuery {

namespace {

// Columns 0..15 of every thread row; the caller may add more after them.
const QString threadColumns = QStringLiteral(
    "t.id, t.feed_id, f.title, t.guid, t.title, t.link, t.author, t.published, t.first_seen, t.updated, "
    "coalesce(t.changed_at, t.first_seen), t.read, t.kept, t.revised, f.retention_days, "
    "(SELECT value FROM settings WHERE key = 'retention_days')");
constexpr int firstExtraColumn = 16;

using Bindings = std::vector<std::pair<QString, QVariant>>;

struct Sql
{
    QString from;
    QStringList where;
    Bindings bindings;
};

// FROM and WHERE for the filter (search included), or why the search
// cannot be understood.
Result<Sql> restrict(const ThreadFilter &filter)
{
    Sql sql;
    sql.from = QStringLiteral(" FROM threads t JOIN feeds f ON f.id = t.feed_id ");
    if (!filter.search.trimmed().isEmpty()) {
        const Result<SearchQuery> query = SearchQuery::parse(filter.search);
        if (!query)
            return query.error();
        sql.from += SearchIndex::matchJoin();
        sql.bindings.emplace_back(QStringLiteral(":match"), query->toFts5());
    }
    if (filter.feedId) {
        sql.where.append(QStringLiteral("t.feed_id = :feed"));
        sql.bindings.emplace_back(QStringLiteral(":feed"), *filter.feedId);
    }
    if (filter.folderId) {
        sql.where.append(QStringLiteral("f.folder_id IN (SELECT id FROM folders WHERE id = :folder "
                                        "OR parent_id = :parent)"));
        sql.bindings.emplace_back(QStringLiteral(":folder"), *filter.folderId);
        sql.bindings.emplace_back(QStringLiteral(":parent"), *filter.folderId);
    }
    if (filter.unreadOnly)
        sql.where.append(QStringLiteral("t.read = 0"));
    if (filter.keptOnly)
        sql.where.append(QStringLiteral("t.kept = 1"));
    return sql;
}

QString whereClause(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

ThreadRecord threadFrom(const Statement &statement)
{
    ThreadRecord thread;
    thread.id = statement.value(0).toLongLong();
    thread.feedId = statement.value(1).toLongLong();
    thread.feedTitle = statement.value(2).toString();
    thread.guid = statement.value(3).toString();
    thread.title = statement.value(4).toString();
    thread.link = QUrl(statement.value(5).toString(), QUrl::StrictMode);
    thread.author = statement.value(6).toString();
    thread.published = Statement::toTime(statement.value(7));
    thread.firstSeen = Statement::toTime(statement.value(8));
    thread.updated = Statement::toTime(statement.value(9));
    thread.changedAt = Statement::toTime(statement.value(10));
    thread.read = statement.value(11).toBool();
    thread.kept = statement.value(12).toBool();
    thread.revised = statement.value(13).toBool();
    const std::optional<int> feedDays =
        statement.value(14).isNull() ? std::nullopt : std::optional<int>(statement.value(14).toInt());
    const int globalDays =
        statement.value(15).isNull() ? RetentionPolicy::defaultDays : statement.value(15).toString().toInt();
    thread.expires = RetentionPolicy::expiry(thread.published, thread.firstSeen, thread.kept,
                                             RetentionPolicy::effectiveDays(feedDays, globalDays));
    return thread;
}

// Snippets for the threads of one page only: computed in the listing query,
// SQLite would make one for every match before sorting them.
Result<bool> addSnippets(const QSqlDatabase &db, const QString &match, QList<ThreadRecord> &threads)
{
    QStringList ids;
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = 0;
    for (const ThreadRecord &thread : std::as_const(threads)) {
        ids.append(QString::number(thread.id));
        lowest = qMin(lowest, thread.id);
        highest = qMax(highest, thread.id);
    }
    Statement statement(db, QStringLiteral("list threads"));
    // One pass over the matches in the page's id range; the unary + keeps
    // the id list a filter (given to FTS5 as lookups, it would run the match
    // once per id). The ids are numbers written here, not user text.
    if (auto ok =
            statement.prepare(QStringLiteral("SELECT thread_search.rowid, ") + SearchIndex::snippetColumn() +
                              QStringLiteral(" FROM thread_search WHERE thread_search MATCH :match AND "
                                             "thread_search.rowid BETWEEN :lowest AND :highest AND "
                                             "+thread_search.rowid IN (%1)")
                                  .arg(ids.join(u',')));
        !ok)
        return ok;
    statement.bind(QStringLiteral(":lowest"), lowest);
    statement.bind(QStringLiteral(":highest"), highest);
    statement.bind(QStringLiteral(":match"), match);
    if (auto ok = statement.exec(); !ok)
        return ok;
    QHash<qint64, QString> snippets;
    while (statement.next())
        snippets.insert(statement.value(0).toLongLong(), statement.value(1).toString());
    for (ThreadRecord &thread : threads)
        thread.snippet = snippets.value(thread.id);
    return true;
}

} // namespace

Result<ThreadPage> page(const QSqlDatabase &db, const ThreadFilter &filter, const QDateTime &now)
{
    Q_UNUSED(now)
    const bool searching = !filter.search.trimmed().isEmpty();
    const bool bestMatch = searching && filter.order == ThreadFilter::Order::BestMatch;
    Result<Sql> restricted = restrict(filter);
    if (!restricted)
        return restricted.error();
    Sql &sql = restricted.value();
    if (filter.after && !bestMatch) {
        // Keyset pagination: the rows after the last one shown, found by the
        // index, however deep the page.
        sql.where.append(QStringLiteral("(t.sort_time, t.id) < (:after_time, :after_id)"));
        sql.bindings.emplace_back(QStringLiteral(":after_time"), filter.after->sortTime);
        sql.bindings.emplace_back(QStringLiteral(":after_id"), filter.after->id);
    }
    const int limit = qBound(1, filter.limit, maxPage);
    QString text = QStringLiteral("SELECT ") + threadColumns + QStringLiteral(", t.sort_time");
    text += sql.from + whereClause(sql.where) + QStringLiteral(" ORDER BY ");
    if (bestMatch)
        text += SearchIndex::bestMatchOrder() + QStringLiteral(", ");
    text += QStringLiteral("t.sort_time DESC, t.id DESC LIMIT :limit");
    // One row more than asked tells whether another page follows.
    sql.bindings.emplace_back(QStringLiteral(":limit"), limit + 1);
    if (bestMatch) {
        text += QStringLiteral(" OFFSET :offset");
        sql.bindings.emplace_back(QStringLiteral(":offset"), qMax(0, filter.offset));
    }

    Statement statement(db, QStringLiteral("list threads"));
    if (auto ok = statement.prepare(text); !ok)
        return ok.error();
    for (const auto &[name, value] : sql.bindings)
        statement.bind(name, value);
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    ThreadPage result;
    while (statement.next()) {
        if (result.threads.size() == limit) {
            const ThreadRecord &last = result.threads.constLast();
            result.next = ThreadCursor{last.cursor().sortTime, last.id};
            break;
        }
        result.threads.append(threadFrom(statement));
    }
    if (searching && !result.threads.isEmpty()) {
        if (auto ok = addSnippets(db, sql.bindings.front().second.toString(), result.threads); !ok)
            return ok.error();
    }
    return result;
}

Result<qint64> count(const QSqlDatabase &db, const ThreadFilter &filter)
{
    const Result<Sql> restricted = restrict(filter);
    if (!restricted)
        return restricted.error();
    const Sql &sql = restricted.value();
    Statement statement(db, QStringLiteral("count threads"));
    if (auto ok = statement.prepare(QStringLiteral("SELECT count(*)") + sql.from + whereClause(sql.where));
        !ok)
        return ok.error();
    for (const auto &[name, value] : sql.bindings)
        statement.bind(name, value);
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    return statement.next() ? statement.value(0).toLongLong() : 0;
}

Result<std::optional<ThreadRecord>> one(const QSqlDatabase &db, qint64 id, const QDateTime &now)
{
    Q_UNUSED(now)
    Statement statement(db, QStringLiteral("read thread %1").arg(id));
    if (auto ok = statement.prepare(QStringLiteral("SELECT ") + threadColumns +
                                    QStringLiteral(", t.summary, t.content, t.retrieved_at, t.final_url, "
                                                   "t.source_etag, t.source_last_modified, t.body_sha256 "
                                                   "FROM threads t JOIN feeds f "
                                                   "ON f.id = t.feed_id WHERE t.id = :id"));
        !ok)
        return ok.error();
    statement.bind(QStringLiteral(":id"), id);
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    if (!statement.next())
        return std::optional<ThreadRecord>();
    ThreadRecord thread = threadFrom(statement);
    thread.summary = statement.value(firstExtraColumn).toString();
    thread.content = statement.value(firstExtraColumn + 1).toString();
    thread.provenance.retrievedAt = Statement::toTime(statement.value(firstExtraColumn + 2));
    thread.provenance.finalUrl = QUrl(statement.value(firstExtraColumn + 3).toString(), QUrl::StrictMode);
    thread.provenance.etag = statement.value(firstExtraColumn + 4).toString();
    thread.provenance.lastModified = statement.value(firstExtraColumn + 5).toString();
    thread.provenance.sha256 = statement.value(firstExtraColumn + 6).toString();
    return std::optional<ThreadRecord>(thread);
}

} // namespace ThreadQuery
