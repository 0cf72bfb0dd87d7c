// Writes a parsed Feed as the JSON of the `parse` command's contract.
#pragma once

#include "feed.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace FeedJson {

QJsonObject toJson(const Feed &feed);
QJsonObject toJson(const Item &item);

// "YYYY-MM-DDTHH:MM:SSZ", or null for an invalid time.
QJsonValue time(const QDateTime &utc);
// The string, or null when it is empty.
QJsonValue text(const QString &value);
QJsonValue url(const QUrl &value);

} // namespace FeedJson
