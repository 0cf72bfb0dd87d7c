// One field of a parsed feed as text, so parser tests can be tables of (fixture, field, expected).
#pragma once

#include "feed.h"

#include <QString>
#include <QStringList>

namespace FeedField {

inline QString time(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

inline QString url(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

// field: "title", "link", "id", "author", "published", "updated", "summary",
// "content", "categories" and "enclosures" (joined with " | ") of item
// `item`; or, with item -1, "title", "link", "description", "language",
// "updated", "image", "ttl", "version" and "items" (the count) of the feed.
inline QString of(const Feed &feed, int item, const QString &field)
{
    if (item < 0) {
        if (field == u"title")
            return feed.title;
        if (field == u"link")
            return url(feed.link);
        if (field == u"description")
            return feed.description;
        if (field == u"language")
            return feed.language;
        if (field == u"updated")
            return time(feed.updated);
        if (field == u"image")
            return url(feed.image);
        if (field == u"ttl")
            return QString::number(feed.ttlMinutes);
        if (field == u"version")
            return feed.version;
        if (field == u"items")
            return QString::number(feed.items.size());
        return QStringLiteral("<unknown feed field %1>").arg(field);
    }
    if (item >= feed.items.size())
        return QStringLiteral("<no item %1 of %2>").arg(item).arg(feed.items.size());
    const Item &i = feed.items.at(item);
    if (field == u"title")
        return i.title;
    if (field == u"link")
        return url(i.link);
    if (field == u"id")
        return i.id;
    if (field == u"author")
        return i.author;
    if (field == u"published")
        return time(i.published);
    if (field == u"updated")
        return time(i.updated);
    if (field == u"summary")
        return i.summary;
    if (field == u"content")
        return i.content;
    if (field == u"categories")
        return i.categories.join(u" | ");
    if (field == u"enclosures") {
        QStringList enclosures;
        for (const Enclosure &e : i.enclosures)
            enclosures.append(QStringLiteral("%1 %2 %3").arg(url(e.url), e.type).arg(e.length));
        return enclosures.join(u" | ");
    }
    return QStringLiteral("<unknown item field %1>").arg(field);
}

} // namespace FeedField
