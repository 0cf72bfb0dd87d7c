// What storing one parsed feed document did to its threads.
#pragma once

#include <QList>
#include <QtGlobal>

struct UpsertReport
{
    int inserted = 0;
    int revised = 0;    // stored threads whose title or body changed
    int unchanged = 0;  // already stored, same title and body
    int tooOld = 0;     // older than retention when first fetched: not stored
    int tombstoned = 0; // expired before: never stored again
    QList<qint64> insertedIds;
    QList<qint64> revisedIds;

    friend bool operator==(const UpsertReport &, const UpsertReport &) = default;
};
