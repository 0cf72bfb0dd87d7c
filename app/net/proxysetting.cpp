#include "proxysetting.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

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

} // namespace ProxySetting
