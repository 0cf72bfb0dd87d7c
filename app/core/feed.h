// A parsed feed document: the channel's own fields and its items in order.
#pragma once

#include "item.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

enum class FeedFormat { Rss, Rdf, Atom, JsonFeed };

struct Feed
{
    FeedFormat format = FeedFormat::Rss;
    QString version;     // "2.0", "1.0", "0.3", "1.1" ...
    QString title;       // plain text
    QUrl link;           // the site, absolute, or empty
    QString description; // plain text
    QString language;
    QDateTime updated; // UTC; invalid when absent
    QUrl image;
    // The publisher's hint of how often to poll (RSS ttl, sy:updatePeriod);
    // 0 when none. The scheduler may lengthen an interval by it, never shorten.
    int ttlMinutes = 0;
    QList<Item> items;

    friend bool operator==(const Feed &, const Feed &) = default;
};

// The name used for the format in the command-line contract ("rss", "atom"...).
QString feedFormatName(FeedFormat format);
