// The rules for how often Docket polls feeds; every one settable.
#pragma once

#include <chrono>

struct PollPolicy
{
    std::chrono::minutes defaultInterval{30};
    // No interval, whether set by the user or hinted by the publisher, is
    // shorter: polling faster than this is unkind to small servers.
    std::chrono::minutes floor{15};
    // A publisher's ttl / sy:updatePeriod may lengthen the interval up to
    // this, so that a typo in a feed cannot silence it for months.
    std::chrono::minutes maxHint{24 * 60};
    // Consecutive failures double the wait, up to this.
    std::chrono::minutes maxBackoff{24 * 60};
    // A server's Retry-After is honoured, up to this.
    std::chrono::minutes maxRetryAfter{7 * 24 * 60};
    // Each feed waits up to this share longer (fixed per feed), so that feeds
    // added together do not all fire together.
    double jitterFraction = 0.1;
};
