// What marking threads (read, kept) did, thread by thread.
#pragma once

#include <QList>
#include <QtGlobal>

struct MarkReport
{
    QList<qint64> changed;   // now in the asked state (and were not before)
    QList<qint64> unchanged; // already in the asked state
    QList<qint64> missing;   // no such thread (expired, removed, mistyped)
};
