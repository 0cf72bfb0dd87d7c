#include "httpheaders.h"

#include "dateparser.h"

#include <QList>
#include <QTimeZone>

#include <algorithm>

namespace HttpHeaders {

QString mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type = semicolon < 0 ? contentType : contentType.first(semicolon);
    return QString::fromLatin1(type.trimmed()).toLower();
}

QString charset(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const qsizetype equals = part.indexOf('=');
        if (equals < 0 || part.first(equals).trimmed().toLower() != "charset")
            continue;
        QByteArray value = part.sliced(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.sliced(1, value.size() - 2).trimmed();
        return QString::fromLatin1(value);
    }
    return {};
}

std::optional<qint64> retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds);

    // An HTTP date: IMF-fixdate (RFC 822 style), else the obsolete asctime form.
    const QString dateText = QString::fromLatin1(text);
    QDateTime when = DateParser::parse(dateText);
    if (!when.isValid()) {
        when = QDateTime::fromString(dateText.simplified(), QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
        when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.secsTo(when));
}

} // namespace HttpHeaders
