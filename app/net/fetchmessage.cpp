#include "fetchmessage.h"

#include "displayurl.h"

#include <QCoreApplication>

namespace FetchMessage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FetchMessage", text);
}

QString host(const QUrl &url)
{
    return url.host().isEmpty() ? tr("the server") : url.host();
}

} // namespace

QString duration(std::chrono::milliseconds span)
{
    const qint64 ms = span.count();
    if (ms == 1000)
        return tr("1 second");
    if (ms % 1000 == 0)
        return tr("%1 seconds").arg(ms / 1000);
    return tr("%1 seconds").arg(QString::number(double(ms) / 1000.0, 'g', 3));
}

QString wait(qint64 seconds)
{
    if (seconds == 1)
        return tr("1 second");
    if (seconds < 180)
        return tr("%1 seconds").arg(seconds);
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 180)
        return tr("%1 minutes").arg(minutes);
    const qint64 hours = (minutes + 59) / 60;
    if (hours < 72)
        return tr("%1 hours").arg(hours);
    return tr("%1 days").arg((hours + 23) / 24);
}

QString size(qint64 bytes)
{
    constexpr qint64 kb = 1024;
    constexpr qint64 mb = 1024 * kb;
    if (bytes >= mb && bytes % mb == 0)
        return tr("%1 MB").arg(bytes / mb);
    if (bytes >= mb)
        return tr("%1 MB").arg(QString::number(double(bytes) / double(mb), 'g', 3));
    if (bytes >= kb)
        return tr("%1 KB").arg((bytes + kb - 1) / kb);
    return tr("%1 bytes").arg(bytes);
}

QString forStatus(int status, std::optional<qint64> retryAfterSeconds)
{
    switch (status) {
    case 400:
        return tr("The server did not understand Docket's request (HTTP 400)");
    case 401:
        return tr(
            "The server asks for a user name and password, and did not accept the ones given (HTTP 401)");
    case 403:
        return tr("The server refused access to this feed (HTTP 403)");
    case 404:
        return tr("Not found (HTTP 404)");
    case 410:
        return tr("Gone: the publisher removed this feed (HTTP 410)");
    case 429:
        if (retryAfterSeconds)
            return tr("Too many requests: the server asked Docket to wait %1 (HTTP 429)")
                .arg(wait(*retryAfterSeconds));
        return tr("Too many requests: the server asked Docket to slow down (HTTP 429)");
    case 500:
        return tr("The server had an internal error (HTTP 500)");
    case 502:
    case 504:
        return tr("A gateway in front of the server failed (HTTP %1)").arg(status);
    case 503:
        if (retryAfterSeconds)
            return tr("The server is unavailable for now and asked Docket to wait %1 (HTTP 503)")
                .arg(wait(*retryAfterSeconds));
        return tr("The server is unavailable for now (HTTP 503)");
    default:
        break;
    }
    if (status >= 500)
        return tr("The server failed (HTTP %1)").arg(status);
    if (status >= 400)
        return tr("The server refused the request (HTTP %1)").arg(status);
    return tr("The server gave an answer Docket cannot use (HTTP %1)").arg(status);
}

QString forNetworkError(QNetworkReply::NetworkError error, const QUrl &url, const QString &libraryText)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server %1 refused the connection").arg(host(url));
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server %1 broke off the connection before sending the whole feed").arg(host(url));
    case QNetworkReply::HostNotFoundError:
        return tr("No server named %1 could be found; check the address").arg(host(url));
    case QNetworkReply::TimeoutError:
        return tr("The connection to %1 timed out").arg(host(url));
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection to %1 failed: its certificate could not be trusted").arg(host(url));
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network is not available; check the internet connection");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return tr("The proxy server could not be reached; check the proxy settings");
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy server asks for a user name and password");
    default:
        break;
    }
    return tr("The connection to %1 failed: %2").arg(host(url), DisplayUrl::scrubbed(libraryText, url));
}

} // namespace FetchMessage
