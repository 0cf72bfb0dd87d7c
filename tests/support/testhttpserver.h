// A loopback HTTP/1.1 server that a test starts and scripts, so that it can misbehave on purpose.
#pragma once

#include "testhttpconnection.h"
#include "testhttprequest.h"
#include "testhttpresponse.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <memory>

class QTcpServer;

// Runs in the test's own thread and event loop (no threads of its own). Every
// connection and listener is closed when it is stopped or destroyed. Unrouted
// paths answer 404.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = TestHttpConnection::Handler;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    // Adds a listener on that address, port chosen by the system. Several
    // listeners (e.g. 127.0.0.1, 127.0.0.2) let a test play several hosts.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    // The same, speaking TLS with that certificate.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key,
                   const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    // Closes listeners and connections; the records stay for assertions.
    void stop();

    // "http://127.0.0.1:PORT/feed.xml" for the n-th listener (https for a TLS one).
    QUrl url(const QString &pathAndQuery, int listener = 0) const;
    quint16 port(int listener = 0) const;

    // What a path (matched with its query first, then without) answers.
    void route(const QByteArray &path, Handler handler);
    void route(const QByteArray &path, const TestHttpResponse &response);

    // Records.
    QList<TestHttpRequest> requests() const { return m_requests; }
    QList<TestHttpRequest> requests(const QByteArray &path) const;
    int hits(const QByteArray &path) const { return int(requests(path).size()); }
    qint64 bodyBytesSent(const QByteArray &path) const { return m_bodyBytes.value(path); }
    int connectionsAccepted() const { return m_serial; }
    int openConnections() const { return int(m_connections.size()); }
    int activeExchanges() const { return m_active; }
    // The most requests in progress at once (received, not yet fully
    // answered): overall, and on one listener's address.
    int maxActive() const { return m_maxActive; }
    int maxActive(const QHostAddress &address) const
    {
        return m_maxActiveByAddress.value(address.toString());
    }
    int maxOpenConnections() const { return m_maxOpen; }

private:
    struct Listener
    {
        QTcpServer *server = nullptr;
        bool tls = false;
    };

    bool addListener(std::unique_ptr<QTcpServer> server, const QHostAddress &address, bool tls);
    void accept(QTcpServer *server);
    TestHttpResponse answer(const TestHttpRequest &request) const;

    QList<Listener> m_listeners;
    QList<TestHttpConnection *> m_connections;
    QHash<QByteArray, Handler> m_routes;
    QList<TestHttpRequest> m_requests;
    QHash<QByteArray, qint64> m_bodyBytes;
    QHash<QString, int> m_activeByAddress;
    QHash<QString, int> m_maxActiveByAddress;
    int m_active = 0;
    int m_maxActive = 0;
    int m_maxOpen = 0;
    int m_serial = 0;
};
