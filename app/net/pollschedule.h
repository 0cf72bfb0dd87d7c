// When each feed is next due: intervals, publisher hints, jitter, back-off, Retry-After, Gone.
#pragma once

#include "feedtiming.h"
#include "fetchresult.h"
#include "pollpolicy.h"
#include "pollstate.h"

#include <QDateTime>

#include <chrono>
#include <optional>

// Pure arithmetic: no timers and no clock; every time is passed in (UTC). The
// engine asks after each fetch and stores the PollState it gets back.
// Dates inside a feed are never used here: they are the publisher's claim,
// often wrong, and a wrong one must not stop or flood polling.
class PollSchedule
{
public:
    explicit PollSchedule(const PollPolicy &policy = {});

    const PollPolicy &policy() const { return m_policy; }

    // The feed's own interval (the user's, else the global default),
    // lengthened by the publisher's hint, never below the floor.
    std::chrono::seconds interval(const FeedTiming &feed) const;
    // The fixed share of a wait this feed adds, in [0, jitterFraction * wait).
    std::chrono::seconds jitter(qint64 feedId, std::chrono::seconds wait) const;

    PollState afterSuccess(const FeedTiming &feed, const QDateTime &at) const;
    // A failed fetch (or a body that would not parse). 410 stops polling;
    // 429 and 503 wait at least as long as their Retry-After asks.
    PollState afterFailure(const FeedTiming &feed, const PollState &previous, const QDateTime &at,
                           int httpStatus = 0, std::optional<qint64> retryAfterSeconds = std::nullopt) const;
    // The same from a fetch result, timed by its retrievedAt.
    PollState after(const FeedTiming &feed, const PollState &previous, const FetchResult &result) const;
    // The user turned a stopped feed back on: due at once, failures forgotten.
    PollState reenabled(const QDateTime &now) const;

private:
    PollPolicy m_policy;
};
