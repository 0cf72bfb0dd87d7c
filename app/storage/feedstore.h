// Subscriptions: add, list with counts, update after a fetch, remove.
#pragma once

#include "feedrecord.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <optional>

class Database;

class FeedStore
{
public:
    explicit FeedStore(Database &database);

    // Subscribes; a URL already subscribed is refused with a clear message
    // (use feedByUrl first to merge instead).
    Result<FeedRecord> add(const NewFeed &feed, const QDateTime &now);
    Result<std::optional<FeedRecord>> feed(qint64 id) const;
    Result<std::optional<FeedRecord>> feedByUrl(const QUrl &url) const;
    // Every feed with its thread and unread counts, by folder then title.
    Result<QList<FeedRecord>> list() const;
    // Feeds whose next poll is due at now (never-fetched feeds included).
    Result<QList<FeedRecord>> due(const QDateTime &now) const;

    Result<bool> recordFetch(qint64 id, const FetchRecord &fetch);
    Result<bool> setTitle(qint64 id, const QString &title);
    Result<bool> setSite(qint64 id, const QUrl &site);
    // The feed moved for good (301/308); refused when another feed has that address.
    Result<bool> setUrl(qint64 id, const QUrl &url);
    // Polling a stopped feed again (after Gone): due at now, failures forgotten.
    Result<bool> resume(qint64 id, const QDateTime &now);
    Result<bool> setFolder(qint64 id, std::optional<qint64> folderId);
    Result<bool> setRetentionDays(qint64 id, std::optional<int> days);
    Result<bool> setPollIntervalMinutes(qint64 id, std::optional<int> minutes);
    // Whether new threads of the feed get their full article captured: empty
    // for automatic (CaptureStore::plan), true always, false never. The
    // outer optional is empty when there is no such feed.
    Result<std::optional<std::optional<bool>>> capture(qint64 id) const;
    Result<bool> setCapture(qint64 id, std::optional<bool> capture);

    // Unsubscribes and drops its threads with their revisions, enclosures,
    // categories, search entries and tombstones. False when there is no such feed.
    Result<bool> remove(qint64 id);

private:
    Result<bool> setColumn(qint64 id, const QString &column, const QVariant &value);

    Database &m_database;
};
