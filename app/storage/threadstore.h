// Threads: storing parsed feeds (dedupe, revisions), listing, reading, marking.
#pragma once

#include "feed.h"
#include "markreport.h"
#include "result.h"
#include "threadfilter.h"
#include "threadrecord.h"
#include "upsertreport.h"

#include <QDateTime>
#include <QList>

#include <optional>

class Database;

class ThreadStore
{
public:
    explicit ThreadStore(Database &database);

    // Stores one parsed document of feed feedId in one transaction. An item is
    // the stored thread with the same id, else the same link (when no other
    // item of the document shares it), else the same title and body; a stored
    // thread changes only when its title or body really changed, keeping the
    // earlier version as a revision and its read and kept state. Items older
    // than retention at now, and tombstoned items, are not stored. source
    // (retrieval time, final URL, validators) becomes the provenance of each
    // thread inserted or revised, with the hash of its own stored body; new
    // threads are queued for capture by the feed's capture setting.
    Result<UpsertReport> store(qint64 feedId, const Feed &feed, const QDateTime &now,
                               const Provenance &source = {});

    // One page of threads, newest (or best match) first; never all rows.
    Result<ThreadPage> list(const ThreadFilter &filter, const QDateTime &now) const;
    // How many threads the filter matches (search included).
    Result<qint64> count(const ThreadFilter &filter) const;
    // One thread with its summary, content, categories, enclosures,
    // provenance and captured article.
    Result<std::optional<ThreadRecord>> thread(qint64 id, const QDateTime &now) const;
    // Earlier versions of a thread, oldest first.
    Result<QList<RevisionRecord>> revisions(qint64 id) const;

    Result<MarkReport> setRead(const QList<qint64> &ids, bool read);
    // Kept threads never expire (a legal hold); releasing lets them age again.
    Result<MarkReport> setKept(const QList<qint64> &ids, bool kept);
    // Marks every thread of a feed (or all feeds) read; returns how many changed.
    Result<qint64> markAllRead(std::optional<qint64> feedId);

private:
    Database &m_database;
};
