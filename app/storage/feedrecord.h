// A subscription as stored, and the values written to it.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

enum class FeedStatus { New, Ok, NotModified, Error };

// "new", "ok", "not-modified", "error": the names of the command-line contract.
QString feedStatusName(FeedStatus status);

struct FeedRecord
{
    qint64 id = 0;
    QString title;
    QUrl url;
    QUrl site;
    std::optional<qint64> folderId;
    QStringList folderPath; // {} top level, {"Courts"}, {"Courts", "Ninth Circuit"}
    FeedStatus status = FeedStatus::New;
    QString error;       // plain words; empty unless status is Error
    QDateTime lastFetch; // UTC; invalid when never fetched
    QDateTime nextPoll;  // UTC; invalid when polling is stopped
    QDateTime added;     // UTC
    int threads = 0;
    int unread = 0;
    std::optional<int> retentionDays;       // empty: the global retention
    std::optional<int> pollIntervalMinutes; // empty: the global interval
    QString etag;
    QString lastModified;
    QString bodySha256;   // of the last body stored; empty when none
    int failures = 0;     // consecutive failed fetches
    bool stopped = false; // Gone (410): not polled until the user turns it back on
    int hintMinutes = 0;  // the publisher's ttl / sy:updatePeriod; 0 when none

    // "Parent/Child", "Name", or empty at the top level.
    QString folder() const { return folderPath.join(u'/'); }

    friend bool operator==(const FeedRecord &, const FeedRecord &) = default;
};

// What subscribing needs; the rest starts empty.
struct NewFeed
{
    QUrl url;
    QString title;
    QUrl site;
    std::optional<qint64> folderId;
};

// The outcome of one fetch, written after it.
struct FetchRecord
{
    FeedStatus status = FeedStatus::Ok;
    QString error;       // plain words when status is Error
    QDateTime fetchedAt; // UTC
    QDateTime nextPoll;  // UTC; invalid to stop polling
    // Validators for the next conditional GET; empty ones are stored empty.
    QString etag;
    QString lastModified;
    QString bodySha256;
    int failures = 0;
    bool stopped = false;
    int hintMinutes = 0;
};
