// Reads the response headers a fetch needs: media type, charset, Retry-After.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace HttpHeaders {

// "application/rss+xml" from "Application/RSS+XML; charset=UTF-8".
QString mediaType(const QByteArray &contentType);

// The charset parameter as declared (quotes removed, case kept): the parser
// decides whether to believe it. Empty when there is none.
QString charset(const QByteArray &contentType);

// Retry-After in seconds from now: either delay-seconds or an HTTP date. A
// date in the past is 0; nullopt when the value cannot be read.
std::optional<qint64> retryAfterSeconds(const QByteArray &value, const QDateTime &now);

} // namespace HttpHeaders
