// One fetched feed into the cache: parse, store its threads and record the fetch, in one transaction.
#pragma once

#include "database.h"
#include "feedpollresult.h"
#include "feedrecord.h"
#include "fetchlimits.h"
#include "fetchrequest.h"
#include "fetchresult.h"
#include "pollschedule.h"

namespace FeedRefresh {

// The conditional GET for a stored feed: its validators and last body's hash.
FetchRequest request(const FeedRecord &feed, const FetchLimits &limits);

// Applies a fetch to the cache. Threads, the feed's status, validators,
// next poll and a permanent move are written together or not at all. A
// failed fetch, or a body that is not a feed, changes only the feed's status
// and schedule: its stored threads stay as they were.
FeedPollResult apply(Database &database, const FeedRecord &feed, const FetchResult &fetch,
                     const PollSchedule &schedule);

// Plain words for a body that did not parse: an HTML page (linking to a
// feed or not) is named as such, anything else gets the parser's reason.
QString notAFeedMessage(const FetchResult &fetch, const QString &parserMessage);

} // namespace FeedRefresh
