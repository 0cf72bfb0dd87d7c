// What the schedule needs to know about one feed.
#pragma once

#include <QtGlobal>

#include <chrono>

struct FeedTiming
{
    qint64 feedId = 0;                // seeds the feed's fixed jitter
    std::chrono::minutes interval{0}; // the user's setting for this feed; 0: the global default
    int hintMinutes = 0;              // the feed's ttl / sy:updatePeriod (Feed::ttlMinutes); 0: none
};
