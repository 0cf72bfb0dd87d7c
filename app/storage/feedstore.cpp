#include "feedstore.h"

#include "database.h"
#include "searchindex.h"
#include "statement.h"
#include "transaction.h"

#include <QMetaType>

namespace {

const QString selectFeeds = QStringLiteral(
    "SELECT f.id, f.title, f.url, f.site, f.folder_id, fo.name, p.name, f.status, f.error, f.last_fetch, "
    "f.next_poll, f.added, f.retention_days, f.poll_minutes, f.etag, f.last_modified, f.thread_count, "
    "f.unread_count, f.body_sha256, f.failures, f.stopped, f.hint_minutes "
    "FROM feeds f LEFT JOIN folders fo ON fo.id = f.folder_id LEFT JOIN folders p ON p.id = fo.parent_id ");

// Top-level feeds first, then folder by folder (a parent before its
// children), each by title.
const QString feedOrder =
    QStringLiteral(" ORDER BY f.folder_id IS NOT NULL, coalesce(p.name, fo.name) COLLATE NOCASE, "
                   "p.id IS NOT NULL, fo.name COLLATE NOCASE, f.title COLLATE NOCASE, f.id");

FeedStatus statusFrom(const QString &name)
{
    for (FeedStatus status : {FeedStatus::New, FeedStatus::Ok, FeedStatus::NotModified, FeedStatus::Error}) {
        if (feedStatusName(status) == name)
            return status;
    }
    return FeedStatus::New;
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QString urlText(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

FeedRecord feedFrom(const Statement &statement)
{
    FeedRecord feed;
    feed.id = statement.value(0).toLongLong();
    feed.title = statement.value(1).toString();
    feed.url = QUrl(statement.value(2).toString(), QUrl::StrictMode);
    feed.site = QUrl(statement.value(3).toString(), QUrl::StrictMode);
    if (!statement.value(4).isNull())
        feed.folderId = statement.value(4).toLongLong();
    if (!statement.value(6).isNull())
        feed.folderPath.append(statement.value(6).toString());
    if (!statement.value(5).isNull())
        feed.folderPath.append(statement.value(5).toString());
    feed.status = statusFrom(statement.value(7).toString());
    feed.error = statement.value(8).toString();
    feed.lastFetch = Statement::toTime(statement.value(9));
    feed.nextPoll = Statement::toTime(statement.value(10));
    feed.added = Statement::toTime(statement.value(11));
    feed.retentionDays = optionalInt(statement.value(12));
    feed.pollIntervalMinutes = optionalInt(statement.value(13));
    feed.etag = statement.value(14).toString();
    feed.lastModified = statement.value(15).toString();
    feed.threads = statement.value(16).toInt();
    feed.unread = statement.value(17).toInt();
    feed.bodySha256 = statement.value(18).toString();
    feed.failures = statement.value(19).toInt();
    feed.stopped = statement.value(20).toBool();
    feed.hintMinutes = statement.value(21).toInt();
    return feed;
}

} // namespace

FeedStore::FeedStore(Database &database) : m_database(database)
{
}

Result<FeedRecord> FeedStore::add(const NewFeed &feed, const QDateTime &now)
{
    if (!feed.url.isValid() || feed.url.isRelative())
        return Result<FeedRecord>::failure(
            QStringLiteral("\"%1\" is not a complete feed address.").arg(feed.url.toDisplayString()));
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const Result<std::optional<FeedRecord>> existing = feedByUrl(feed.url);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Result<FeedRecord>::failure(
            QStringLiteral("You are already subscribed to %1 (feed %2, \"%3\").")
                .arg(feed.url.toDisplayString())
                .arg(existing.value()->id)
                .arg(existing.value()->title));
    Statement insert(m_database.connection(),
                     QStringLiteral("subscribe to %1").arg(feed.url.toDisplayString()));
    if (auto ok =
            insert.prepare(QStringLiteral("INSERT INTO feeds (url, title, site, folder_id, added, next_poll) "
                                          "VALUES (:url, :title, :site, :folder, :added, :next)"));
        !ok)
        return ok.error();
    insert.bind(QStringLiteral(":url"), urlText(feed.url));
    insert.bind(QStringLiteral(":title"), feed.title.simplified());
    insert.bind(QStringLiteral(":site"), urlText(feed.site));
    insert.bind(QStringLiteral(":folder"), Statement::fromOptional(feed.folderId));
    insert.bind(QStringLiteral(":added"), Statement::fromTime(now));
    // A new feed is due at once.
    insert.bind(QStringLiteral(":next"), Statement::fromTime(now));
    if (auto ok = insert.exec(); !ok)
        return ok.error();
    const qint64 id = insert.lastInsertId();
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    const Result<std::optional<FeedRecord>> added = this->feed(id);
    if (!added)
        return added.error();
    if (!added.value())
        return Result<FeedRecord>::failure(
            QStringLiteral("Docket could not read back the feed it just added."));
    return *added.value();
}

Result<std::optional<FeedRecord>> FeedStore::feed(qint64 id) const
{
    Statement statement(m_database.connection(), QStringLiteral("read feed %1").arg(id));
    if (auto ok = statement.prepare(selectFeeds + QStringLiteral("WHERE f.id = :id")); !ok)
        return ok.error();
    statement.bind(QStringLiteral(":id"), id);
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    if (!statement.next())
        return std::optional<FeedRecord>();
    return std::optional<FeedRecord>(feedFrom(statement));
}

Result<std::optional<FeedRecord>> FeedStore::feedByUrl(const QUrl &url) const
{
    Statement statement(m_database.connection(),
                        QStringLiteral("look up the feed %1").arg(url.toDisplayString()));
    if (auto ok = statement.prepare(selectFeeds + QStringLiteral("WHERE f.url = :url")); !ok)
        return ok.error();
    statement.bind(QStringLiteral(":url"), urlText(url));
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    if (!statement.next())
        return std::optional<FeedRecord>();
    return std::optional<FeedRecord>(feedFrom(statement));
}

Result<QList<FeedRecord>> FeedStore::list() const
{
    Statement statement(m_database.connection(), QStringLiteral("list the feeds"));
    if (auto ok = statement.exec(selectFeeds + feedOrder); !ok)
        return ok.error();
    QList<FeedRecord> feeds;
    while (statement.next())
        feeds.append(feedFrom(statement));
    return feeds;
}

Result<QList<FeedRecord>> FeedStore::due(const QDateTime &now) const
{
    Statement statement(m_database.connection(), QStringLiteral("find the feeds due for polling"));
    if (auto ok =
            statement.prepare(selectFeeds + QStringLiteral("WHERE f.next_poll IS NOT NULL AND "
                                                           "f.next_poll <= :now ORDER BY f.next_poll, f.id"));
        !ok)
        return ok.error();
    statement.bind(QStringLiteral(":now"), Statement::fromTime(now));
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    QList<FeedRecord> feeds;
    while (statement.next())
        feeds.append(feedFrom(statement));
    return feeds;
}

Result<bool> FeedStore::recordFetch(qint64 id, const FetchRecord &fetch)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement statement(m_database.connection(), QStringLiteral("record the fetch of feed %1").arg(id));
    if (auto ok = statement.prepare(QStringLiteral(
            "UPDATE feeds SET status = :status, error = :error, last_fetch = :fetched, next_poll = :next, "
            "etag = :etag, last_modified = :modified, body_sha256 = :hash, failures = :failures, "
            "stopped = :stopped, hint_minutes = :hint WHERE id = :id"));
        !ok)
        return ok;
    statement.bind(QStringLiteral(":status"), feedStatusName(fetch.status));
    statement.bind(QStringLiteral(":error"), fetch.status == FeedStatus::Error ? fetch.error : QString());
    statement.bind(QStringLiteral(":fetched"), Statement::fromTime(fetch.fetchedAt));
    statement.bind(QStringLiteral(":next"), Statement::fromTime(fetch.nextPoll));
    statement.bind(QStringLiteral(":etag"), fetch.etag);
    statement.bind(QStringLiteral(":modified"), fetch.lastModified);
    statement.bind(QStringLiteral(":hash"), fetch.bodySha256);
    statement.bind(QStringLiteral(":failures"), fetch.failures);
    statement.bind(QStringLiteral(":stopped"), fetch.stopped ? 1 : 0);
    statement.bind(QStringLiteral(":hint"), fetch.hintMinutes);
    statement.bind(QStringLiteral(":id"), id);
    if (auto ok = statement.exec(); !ok)
        return ok;
    const bool found = statement.rowsAffected() > 0;
    if (auto ok = transaction.commit(); !ok)
        return ok;
    return found;
}

Result<bool> FeedStore::setTitle(qint64 id, const QString &title)
{
    return setColumn(id, QStringLiteral("title"), title.simplified());
}

Result<bool> FeedStore::setUrl(qint64 id, const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return Result<bool>::failure(
            QStringLiteral("\"%1\" is not a complete feed address.").arg(url.toDisplayString()));
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const Result<std::optional<FeedRecord>> existing = feedByUrl(url);
    if (!existing)
        return existing.error();
    if (existing.value() && existing.value()->id != id)
        return Result<bool>::failure(QStringLiteral("Feed %1 (\"%2\") already has the address %3.")
                                         .arg(existing.value()->id)
                                         .arg(existing.value()->title, url.toDisplayString()));
    const Result<bool> changed = setColumn(id, QStringLiteral("url"), urlText(url));
    if (!changed)
        return changed;
    if (auto ok = transaction.commit(); !ok)
        return ok;
    return changed;
}

Result<bool> FeedStore::resume(qint64 id, const QDateTime &now)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement statement(m_database.connection(), QStringLiteral("turn polling of feed %1 back on").arg(id));
    if (auto ok = statement.prepare(
            QStringLiteral("UPDATE feeds SET stopped = 0, failures = 0, next_poll = :now WHERE id = :id"));
        !ok)
        return ok;
    statement.bind(QStringLiteral(":now"), Statement::fromTime(now));
    statement.bind(QStringLiteral(":id"), id);
    if (auto ok = statement.exec(); !ok)
        return ok;
    const bool found = statement.rowsAffected() > 0;
    if (auto ok = transaction.commit(); !ok)
        return ok;
    return found;
}

Result<bool> FeedStore::setSite(qint64 id, const QUrl &site)
{
    return setColumn(id, QStringLiteral("site"), urlText(site));
}

Result<bool> FeedStore::setFolder(qint64 id, std::optional<qint64> folderId)
{
    return setColumn(id, QStringLiteral("folder_id"), Statement::fromOptional(folderId));
}

Result<bool> FeedStore::setRetentionDays(qint64 id, std::optional<int> days)
{
    if (days && *days < 1)
        return Result<bool>::failure(QStringLiteral("A feed's retention must be at least one day."));
    return setColumn(id, QStringLiteral("retention_days"), Statement::fromOptional(days));
}

Result<bool> FeedStore::setPollIntervalMinutes(qint64 id, std::optional<int> minutes)
{
    if (minutes && *minutes < 1)
        return Result<bool>::failure(QStringLiteral("A feed's poll interval must be at least one minute."));
    return setColumn(id, QStringLiteral("poll_minutes"), Statement::fromOptional(minutes));
}

Result<bool> FeedStore::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    // The cascade takes the threads with their enclosures, categories and
    // revisions, and the feed's tombstones; their search rows go at once.
    Statement statement(m_database.connection(), QStringLiteral("remove feed %1").arg(id));
    if (auto ok = statement.prepare(QStringLiteral("DELETE FROM feeds WHERE id = :id")); !ok)
        return ok;
    statement.bind(QStringLiteral(":id"), id);
    if (auto ok = statement.exec(); !ok)
        return ok;
    const bool found = statement.rowsAffected() > 0;
    if (auto ok = SearchIndex::purge(m_database.connection(), -1); !ok)
        return ok.error();
    if (auto ok = transaction.commit(); !ok)
        return ok;
    return found;
}

Result<std::optional<std::optional<bool>>> FeedStore::capture(qint64 id) const
{
    Statement statement(m_database.connection(),
                        QStringLiteral("read the capture setting of feed %1").arg(id));
    if (auto ok = statement.prepare(QStringLiteral("SELECT capture FROM feeds WHERE id = :id")); !ok)
        return ok.error();
    statement.bind(QStringLiteral(":id"), id);
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    if (!statement.next())
        return std::optional<std::optional<bool>>();
    const QVariant value = statement.value(0);
    return std::optional<std::optional<bool>>(value.isNull() ? std::nullopt
                                                             : std::optional<bool>(value.toBool()));
}

Result<bool> FeedStore::setCapture(qint64 id, std::optional<bool> capture)
{
    return setColumn(id, QStringLiteral("capture"),
                     capture ? QVariant(*capture ? 1 : 0) : QVariant(QMetaType::fromType<int>()));
}

Result<bool> FeedStore::setColumn(qint64 id, const QString &column, const QVariant &value)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement statement(m_database.connection(), QStringLiteral("change feed %1").arg(id));
    // column is one of this file's literals, never user text.
    if (auto ok =
            statement.prepare(QStringLiteral("UPDATE feeds SET %1 = :value WHERE id = :id").arg(column));
        !ok)
        return ok;
    statement.bind(QStringLiteral(":value"), value);
    statement.bind(QStringLiteral(":id"), id);
    if (auto ok = statement.exec(); !ok)
        return ok;
    const bool found = statement.rowsAffected() > 0;
    if (auto ok = transaction.commit(); !ok)
        return ok;
    return found;
}
