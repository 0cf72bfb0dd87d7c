#include "pollschedule.h"

#include <algorithm>

using std::chrono::minutes;
using std::chrono::seconds;

namespace {

// SplitMix64: a cheap, well-spread, stable hash; qHash may be seeded per run.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

PollSchedule::PollSchedule(const PollPolicy &policy) : m_policy(policy)
{
}

seconds PollSchedule::interval(const FeedTiming &feed) const
{
    minutes chosen = feed.interval.count() > 0 ? feed.interval : m_policy.defaultInterval;
    if (feed.hintMinutes > 0)
        chosen = std::max(chosen, std::min(minutes(feed.hintMinutes), std::max(m_policy.maxHint, chosen)));
    return std::max(chosen, m_policy.floor);
}

seconds PollSchedule::jitter(qint64 feedId, seconds wait) const
{
    // A fraction in [0, 1) fixed for the feed: 53 random bits, as a double holds.
    const double unit = double(mix(quint64(feedId)) >> 11) / double(1ULL << 53);
    return seconds(qint64(unit * m_policy.jitterFraction * double(wait.count())));
}

PollState PollSchedule::afterSuccess(const FeedTiming &feed, const QDateTime &at) const
{
    const seconds wait = interval(feed);
    PollState state;
    state.nextPoll = at.addSecs((wait + jitter(feed.feedId, wait)).count());
    return state;
}

PollState PollSchedule::afterFailure(const FeedTiming &feed, const PollState &previous, const QDateTime &at,
                                     int httpStatus, std::optional<qint64> retryAfterSeconds) const
{
    PollState state;
    state.failures = previous.failures + 1;
    if (httpStatus == 410) {
        state.stopped = true; // nextPoll stays invalid: nothing is due
        return state;
    }

    // interval, 2x, 4x ... up to the cap (but never shorter than the interval itself).
    const seconds base = interval(feed);
    const seconds cap = std::max<seconds>(m_policy.maxBackoff, base);
    const int doublings = std::min(state.failures - 1, 30);
    const seconds doubled = base * (qint64(1) << doublings);
    const bool capped = doubled >= cap;
    const seconds wait = capped ? cap : doubled;
    // At the cap the jitter goes backwards, so that the cap really is the longest wait.
    const seconds spread = jitter(feed.feedId, wait);
    QDateTime next = at.addSecs((capped ? wait - spread : wait + spread).count());

    if ((httpStatus == 429 || httpStatus == 503) && retryAfterSeconds) {
        const qint64 honoured = std::min<qint64>(*retryAfterSeconds, seconds(m_policy.maxRetryAfter).count());
        next = std::max(next, at.addSecs(honoured));
    }
    state.nextPoll = next;
    return state;
}

PollState PollSchedule::after(const FeedTiming &feed, const PollState &previous,
                              const FetchResult &result) const
{
    if (result.failed())
        return afterFailure(feed, previous, result.retrievedAt, result.httpStatus, result.retryAfterSeconds);
    return afterSuccess(feed, result.retrievedAt);
}

PollState PollSchedule::reenabled(const QDateTime &now) const
{
    PollState state;
    state.nextPoll = now;
    return state;
}
