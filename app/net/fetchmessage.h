// The plain words a lawyer reads when a fetch fails.
#pragma once

#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace FetchMessage {

// "15 seconds", "1 second", "0.3 seconds".
QString duration(std::chrono::milliseconds span);
// A wait the server asked for, rounded up to a sensible unit: "120 seconds", "5 minutes", "3 hours".
QString wait(qint64 seconds);
// "20 MB", "512 KB", "900 bytes".
QString size(qint64 bytes);

// An HTTP status that ends a fetch (4xx, 5xx, other unexpected codes).
QString forStatus(int status, std::optional<qint64> retryAfterSeconds);

// A failure below HTTP: the connection, name lookup, TLS, a proxy. libraryText
// is the network library's own description, used only when nothing better
// fits, with the URL's credentials removed.
QString forNetworkError(QNetworkReply::NetworkError error, const QUrl &url, const QString &libraryText);

} // namespace FetchMessage
