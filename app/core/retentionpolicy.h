// The 21-day rule: when a thread expires, as a pure function of its times.
#pragma once

#include <QDateTime>

#include <optional>

namespace RetentionPolicy {

// How long threads are kept unless a feed or the user says otherwise.
inline constexpr int defaultDays = 21;

// The retention that applies: the feed's own when it has one (and it is at
// least a day), else the global one (else defaultDays).
int effectiveDays(std::optional<int> feedDays, int globalDays = defaultDays);

// The moment a thread's age reaches the retention: its post time, else (no
// post time) its first-seen time, plus days. Invalid (never) when kept, or
// when neither time is valid. A thread is deleted once now is past this.
QDateTime expiry(const QDateTime &published, const QDateTime &firstSeen, bool kept, int days);

// Whether a thread with these times is past its expiry at now.
bool isExpired(const QDateTime &published, const QDateTime &firstSeen, bool kept, int days,
               const QDateTime &now);

} // namespace RetentionPolicy
