// Where a subscription gets its feed document from: the one place that decides which addresses Docket can
// read.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

struct FeedSource
{
    QUrl url;          // what gets subscribed: a file:// URL for a local file
    QString shownName; // how messages name it: the address as the user typed it
    QByteArray bytes;

    // The size a feed file may have, as in `parse`.
    static constexpr qint64 maxBytes = 50LL * 1024 * 1024;

    // Reads a file:// URL or a local path (court systems hand out feed files).
    // http(s) is refused until the poller brings fetching: then this is where
    // web addresses get fetched and a web page resolved to its feed. The
    // subscribed URL is always the absolute, cleaned path as a file:// URL, so
    // the window and the commands find the same subscription for one file.
    static Result<FeedSource> read(const QString &location);
};
