// What polling did: one feed's outcome, and the totals of a whole poll.
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

struct FeedPollResult
{
    enum class Status { Ok, NotModified, Error };

    qint64 feedId = 0;
    QString title;
    QUrl url; // the address polled (before any move)
    Status status = Status::Error;
    int inserted = 0;
    int revised = 0;
    QString error;      // plain words; Error only
    QString notice;     // something the user should know that did not stop the poll
    QUrl movedTo;       // the feed's new address after a permanent redirect
    QDateTime nextPoll; // invalid when polling stopped
    bool stopped = false;

    bool failed() const { return status == Status::Error; }
};

// "ok", "not modified", "error": how `poll` names a status.
QString feedPollStatusName(FeedPollResult::Status status);

struct PollSummary
{
    int feeds = 0;
    int ok = 0;
    int notModified = 0;
    int failed = 0;
    int inserted = 0;
    int revised = 0;
    qint64 expired = 0;
    // Full articles captured after the feeds (ArticleCapturer): pages whose
    // article was stored, and pages that failed (never a failed feed).
    int captured = 0;
    int captureFailed = 0;
    QString error; // a failure of the poll as a whole (the cache could not be read)

    void add(const FeedPollResult &result);
};
