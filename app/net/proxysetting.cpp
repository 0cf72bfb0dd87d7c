#include "proxysetting.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QUrl>

namespace ProxySetting {

namespace {

class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        // A proxy cannot reach this machine's own services on our behalf.
        const QString host = query.peerHostName();
        const QHostAddress address(host);
        if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 ||
            (!address.isNull() && address.isLoopback()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

} // namespace

void apply(QNetworkAccessManager &manager, const std::optional<QNetworkProxy> &proxy)
{
    if (proxy) {
        manager.setProxy(*proxy);
        return;
    }
    manager.setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
    manager.setProxyFactory(new SystemProxyFactory); // the manager owns it
}

Result<std::optional<QNetworkProxy>> parse(const QString &text)
{
    using Parsed = std::optional<QNetworkProxy>;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Parsed();
    if (trimmed.compare(u"none", Qt::CaseInsensitive) == 0)
        return Parsed(QNetworkProxy(QNetworkProxy::NoProxy));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (scheme == u"socks5")
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme != u"http")
        return Result<Parsed>::failure(
            QStringLiteral("\"%1\" is not a proxy Docket can use: give http://HOST:PORT, "
                           "socks5://HOST:PORT or none")
                .arg(trimmed));
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0)
        return Result<Parsed>::failure(
            QStringLiteral("\"%1\" needs a host and a port, as in http://proxy.example:3128").arg(trimmed));
    QNetworkProxy proxy(type, url.host(), quint16(url.port()), url.userName(), url.password());
    return Parsed(proxy);
}

} // namespace ProxySetting
