#include "feedjson.h"

#include <QJsonArray>
#include <QTimeZone>

namespace FeedJson {

QJsonValue time(const QDateTime &utc)
{
    if (!utc.isValid())
        return QJsonValue::Null;
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue url(const QUrl &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString(QUrl::FullyEncoded));
}

QJsonObject toJson(const Item &item)
{
    QJsonArray enclosures;
    for (const Enclosure &enclosure : item.enclosures) {
        enclosures.append(QJsonObject{
            {QStringLiteral("url"), url(enclosure.url)},
            {QStringLiteral("type"), text(enclosure.type)},
            {QStringLiteral("length"),
             enclosure.length < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(enclosure.length)},
        });
    }
    return QJsonObject{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("link"), url(item.link)},
        {QStringLiteral("author"), text(item.author)},
        {QStringLiteral("published"), time(item.published)},
        {QStringLiteral("updated"), time(item.updated)},
        {QStringLiteral("summary"), text(item.summary)},
        {QStringLiteral("content"), text(item.content)},
        {QStringLiteral("categories"), QJsonArray::fromStringList(item.categories)},
        {QStringLiteral("enclosures"), enclosures},
    };
}

QJsonObject toJson(const Feed &feed)
{
    QJsonArray items;
    for (const Item &item : feed.items)
        items.append(toJson(item));
    return QJsonObject{
        {QStringLiteral("format"), feedFormatName(feed.format)},
        {QStringLiteral("version"), feed.version},
        {QStringLiteral("title"), feed.title},
        {QStringLiteral("link"), url(feed.link)},
        {QStringLiteral("description"), text(feed.description)},
        {QStringLiteral("language"), text(feed.language)},
        {QStringLiteral("updated"), time(feed.updated)},
        {QStringLiteral("image"), url(feed.image)},
        {QStringLiteral("items"), items},
    };
}

} // namespace FeedJson
