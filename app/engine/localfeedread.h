// Reads a feed subscribed as a file (court systems hand out feed files) as if it had been fetched.
#pragma once

#include "feedrecord.h"
#include "fetchresult.h"

#include <QDateTime>

namespace LocalFeedRead {

// Ok with the bytes; NotModified when they hash the same as the last body
// stored; Error in plain words when the file cannot be read or is too big.
FetchResult read(const FeedRecord &feed, const QDateTime &now);

} // namespace LocalFeedRead
