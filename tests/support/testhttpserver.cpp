#include "testhttpserver.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace {

QByteArray withoutQuery(const QByteArray &path)
{
    const qsizetype question = path.indexOf('?');
    return question < 0 ? path : path.first(question);
}

} // namespace

TestHttpServer::TestHttpServer(QObject *parent) : QObject(parent)
{
}

TestHttpServer::~TestHttpServer()
{
    stop();
}

bool TestHttpServer::listen(const QHostAddress &address)
{
    return addListener(std::make_unique<QTcpServer>(), address, false);
}

bool TestHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key,
                               const QHostAddress &address)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    server->setHandshakeTimeout(5000);
    return addListener(std::move(server), address, true);
}

bool TestHttpServer::addListener(std::unique_ptr<QTcpServer> owned, const QHostAddress &address, bool tls)
{
    if (!owned->listen(address, 0))
        return false;
    owned->setParent(this);
    QTcpServer *server = owned.release();
    connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
    // A TLS server announces the connection before the handshake and queues
    // it after: only this later signal finds it ready.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] { accept(server); });
    m_listeners.append({server, tls});
    return true;
}

void TestHttpServer::stop()
{
    for (const Listener &listener : std::as_const(m_listeners))
        listener.server->close();
    // Copy: aborting a connection removes it from the list.
    const QList<TestHttpConnection *> connections = m_connections;
    for (TestHttpConnection *connection : connections)
        connection->abort();
}

QUrl TestHttpServer::url(const QString &pathAndQuery, int listener) const
{
    const Listener &l = m_listeners.at(listener);
    const QString scheme = l.tls ? QStringLiteral("https") : QStringLiteral("http");
    return QUrl(QStringLiteral("%1://%2:%3%4")
                    .arg(scheme, l.server->serverAddress().toString())
                    .arg(l.server->serverPort())
                    .arg(pathAndQuery));
}

quint16 TestHttpServer::port(int listener) const
{
    return m_listeners.at(listener).server->serverPort();
}

void TestHttpServer::route(const QByteArray &path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

void TestHttpServer::route(const QByteArray &path, const TestHttpResponse &response)
{
    route(path, [response](const TestHttpRequest &) { return response; });
}

QList<TestHttpRequest> TestHttpServer::requests(const QByteArray &path) const
{
    QList<TestHttpRequest> matching;
    for (const TestHttpRequest &request : m_requests) {
        if (request.path == path || withoutQuery(request.path) == path)
            matching.append(request);
    }
    return matching;
}

TestHttpResponse TestHttpServer::answer(const TestHttpRequest &request) const
{
    auto route = m_routes.constFind(request.path);
    if (route == m_routes.cend())
        route = m_routes.constFind(withoutQuery(request.path));
    if (route == m_routes.cend())
        return TestHttpResponse::withStatus(404, "no such path on the test server\n");
    return (*route)(request);
}

void TestHttpServer::accept(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        auto *connection = new TestHttpConnection(
            socket, ++m_serial, [this](const TestHttpRequest &request) { return answer(request); }, this);
        m_connections.append(connection);
        m_maxOpen = std::max(m_maxOpen, int(m_connections.size()));
        connect(connection, &TestHttpConnection::exchangeStarted, this,
                [this](const TestHttpRequest &request) {
                    m_requests.append(request);
                    const QString address = request.localAddress.toString();
                    const int active = ++m_activeByAddress[address];
                    m_maxActiveByAddress[address] = std::max(m_maxActiveByAddress.value(address), active);
                    m_maxActive = std::max(m_maxActive, ++m_active);
                });
        connect(connection, &TestHttpConnection::exchangeEnded, this, [this](const TestHttpRequest &request) {
            --m_activeByAddress[request.localAddress.toString()];
            --m_active;
        });
        connect(connection, &TestHttpConnection::bodyBytesSent, this,
                [this](const TestHttpRequest &request, qint64 bytes) {
                    m_bodyBytes[withoutQuery(request.path)] += bytes;
                });
        connect(connection, &TestHttpConnection::closed, this, [this, connection] {
            m_connections.removeOne(connection);
            connection->deleteLater();
        });
    }
}
