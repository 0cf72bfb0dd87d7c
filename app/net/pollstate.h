// Where a feed stands in the poll schedule: what the engine stores after each fetch.
#pragma once

#include <QDateTime>

struct PollState
{
    QDateTime nextPoll;   // UTC; invalid for a new feed (due now) or a stopped one
    int failures = 0;     // consecutive failed fetches
    bool stopped = false; // the publisher said Gone (410): no polling until the user re-enables it

    bool isDue(const QDateTime &now) const { return !stopped && (!nextPoll.isValid() || nextPoll <= now); }

    friend bool operator==(const PollState &, const PollState &) = default;
};
