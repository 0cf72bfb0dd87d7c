// What `keep` and `mark-read` share: ids in, one change to all of them, a line per changed thread.
#pragma once

#include "markreport.h"
#include "result.h"

#include <QList>
#include <QString>

class ThreadStore;
struct CommandContext;

struct ThreadMarking
{
    using Setter = Result<MarkReport> (ThreadStore::*)(const QList<qint64> &, bool);

    QString offOption; // the flag that asks for the opposite state: "off", "unread"
    QString onLine;    // what a changed line starts with: "Kept", "Marked read"
    QString offLine;   // the same with the flag: "Released", "Marked unread"
    Setter set = nullptr;

    // Parses "docket NAME ID... [--FLAG]": every id must be a number before
    // anything changes (exit 2). Marks all in one change and prints
    // "<onLine> ID: TITLE" per thread that changed (threads already in that
    // state print nothing). Ids with no thread are named on stderr, exit 1.
    int run(const CommandContext &context) const;
};
