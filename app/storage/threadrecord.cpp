#include "threadrecord.h"

ThreadCursor ThreadRecord::cursor() const
{
    const QDateTime at = published.isValid() ? published : firstSeen;
    return ThreadCursor{at.toSecsSinceEpoch(), id};
}
