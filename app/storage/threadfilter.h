// Which threads a list asks for, and one page of the answer.
#pragma once

#include "threadrecord.h"

#include <QList>
#include <QString>

#include <optional>

struct ThreadFilter
{
    enum class Order {
        Newest,   // post time (else first-seen time) then id, newest first
        BestMatch // search only: best match first (bm25), then newest
    };

    std::optional<qint64> feedId;
    std::optional<qint64> folderId; // includes the folder's subfolders
    QString search;                 // user query syntax (see SearchQuery); empty: all
    bool unreadOnly = false;
    bool keptOnly = false;
    int limit = 50; // at most 1000
    Order order = Order::Newest;
    // Newest: the page after this thread. BestMatch: how many best matches to skip.
    std::optional<ThreadCursor> after;
    int offset = 0;
};

struct ThreadPage
{
    QList<ThreadRecord> threads;
    // Set when more may follow: pass it as ThreadFilter::after (Newest), or
    // add threads.size() to offset (BestMatch).
    std::optional<ThreadCursor> next;
};
