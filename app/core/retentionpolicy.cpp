#include "retentionpolicy.h"

namespace RetentionPolicy {

namespace {
constexpr qint64 secondsPerDay = 24 * 60 * 60;
}

int effectiveDays(std::optional<int> feedDays, int globalDays)
{
    if (feedDays && *feedDays >= 1)
        return *feedDays;
    return globalDays >= 1 ? globalDays : defaultDays;
}

QDateTime expiry(const QDateTime &published, const QDateTime &firstSeen, bool kept, int days)
{
    if (kept)
        return {};
    // A feed's post time is the publisher's claim of age; without one, the
    // only honest age is how long Docket has known the thread.
    const QDateTime base = published.isValid() ? published : firstSeen;
    if (!base.isValid())
        return {};
    // Whole days of seconds in UTC: no daylight-saving day is 23 or 25 hours.
    return base.toUTC().addSecs(qint64(days) * secondsPerDay);
}

bool isExpired(const QDateTime &published, const QDateTime &firstSeen, bool kept, int days,
               const QDateTime &now)
{
    const QDateTime at = expiry(published, firstSeen, kept, days);
    return at.isValid() && now > at;
}

} // namespace RetentionPolicy
