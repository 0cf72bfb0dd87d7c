// One client connection to the loopback test server: reads requests, plays responses.
#pragma once

#include "testhttprequest.h"
#include "testhttpresponse.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

class TestHttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<TestHttpResponse(const TestHttpRequest &)>;

    // Takes ownership of the socket.
    TestHttpConnection(QTcpSocket *socket, int serial, Handler handler, QObject *parent = nullptr);
    ~TestHttpConnection() override;

    // Drops the connection at once (the exchange in progress, if any, ends).
    void abort();

Q_SIGNALS:
    void exchangeStarted(const TestHttpRequest &request);
    void exchangeEnded(const TestHttpRequest &request);
    void bodyBytesSent(const TestHttpRequest &request, qint64 bytes);
    void closed();

private:
    void readRequests();
    bool parseOne();
    void respond();
    void writeBody();
    void pumpEndless();
    void trickle();
    void flushed();
    void reset();
    void endExchange();
    void onDisconnected();
    void sendBody(const QByteArray &bytes);

    QTcpSocket *m_socket;
    int m_serial;
    Handler m_handler;
    QByteArray m_input;
    bool m_busy = false;
    bool m_closeAfter = false;
    bool m_finishing = false; // everything is written; waiting for the socket to drain
    bool m_resetWhenFlushed = false;
    bool m_closed = false;
    TestHttpRequest m_request;
    TestHttpResponse m_response;
    QByteArray m_wireBody;
    qsizetype m_bodyOffset = 0;
    qint64 m_endlessSent = 0;
    QTimer m_trickleTimer;
};
