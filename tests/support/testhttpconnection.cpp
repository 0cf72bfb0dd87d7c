#include "testhttpconnection.h"

#include <QTcpSocket>
#include <QUrl>

#if defined(Q_OS_WIN)
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace {

// Bounds that keep a broken or hostile client from growing the server's memory.
constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype endlessChunk = 16 * 1024;
constexpr qint64 endlessBacklog = 64 * 1024; // queued in Qt's buffer before waiting for the kernel

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray pathOf(const QByteArray &target)
{
    if (target.startsWith('/'))
        return target;
    // Absolute form, as a client sends it to a proxy.
    const QUrl url(QString::fromLatin1(target));
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    return path.isEmpty() ? QByteArray("/") : path;
}

} // namespace

TestHttpConnection::TestHttpConnection(QTcpSocket *socket, int serial, Handler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_serial(serial), m_handler(std::move(handler))
{
    m_socket->setParent(this);
    m_trickleTimer.setSingleShot(false);
    connect(&m_trickleTimer, &QTimer::timeout, this, &TestHttpConnection::trickle);
    connect(m_socket, &QTcpSocket::readyRead, this, &TestHttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_response.behaviour == TestHttpResponse::Behaviour::Endless && m_busy && !m_finishing)
            pumpEndless();
        if (m_socket->bytesToWrite() == 0)
            flushed();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &TestHttpConnection::onDisconnected);
    readRequests();
}

TestHttpConnection::~TestHttpConnection()
{
    m_trickleTimer.stop();
    m_socket->disconnect(this);
    m_socket->abort();
}

void TestHttpConnection::abort()
{
    m_trickleTimer.stop();
    m_socket->abort();
    onDisconnected();
}

void TestHttpConnection::readRequests()
{
    m_input.append(m_socket->readAll());
    if (m_input.size() > maxHeaderBytes * 4) {
        m_socket->abort(); // a client flooding the server; nothing a test needs
        return;
    }
    if (!m_busy && parseOne())
        respond();
}

bool TestHttpConnection::parseOne()
{
    const qsizetype headerEnd = m_input.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_input.size() > maxHeaderBytes)
            m_socket->abort();
        return false;
    }
    const QList<QByteArray> lines = m_input.first(headerEnd).split('\n');
    TestHttpRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    request.version = requestLine.value(2);
    request.path = pathOf(request.target);
    request.localAddress = m_socket->localAddress();
    request.connection = m_serial;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
    }
    const qsizetype bodyLength = request.header("Content-Length").toLongLong();
    if (m_input.size() < headerEnd + 4 + bodyLength)
        return false; // the request body has not all arrived
    m_input.remove(0, headerEnd + 4 + bodyLength);
    m_request = request;
    return true;
}

void TestHttpConnection::respond()
{
    m_busy = true;
    m_finishing = false;
    m_bodyOffset = 0;
    m_endlessSent = 0;
    Q_EMIT exchangeStarted(m_request);
    m_response = m_handler(m_request);
    if (m_response.behaviour == TestHttpResponse::Behaviour::Silent)
        return; // until the client gives up
    if (m_response.delayMs > 0)
        QTimer::singleShot(m_response.delayMs, this, &TestHttpConnection::writeBody);
    else
        writeBody();
}

void TestHttpConnection::writeBody()
{
    using Behaviour = TestHttpResponse::Behaviour;
    const bool endless = m_response.behaviour == Behaviour::Endless;
    const bool head = m_request.method == "HEAD";
    m_wireBody = endless || head ? QByteArray() : m_response.encodedBody();
    m_closeAfter = endless || !m_response.contentLength ||
                   m_request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;

    QByteArray header =
        "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' + reasonPhrase(m_response.status) + "\r\n";
    for (const auto &[name, value] : std::as_const(m_response.headers)) {
        header += name + ": " + value + "\r\n";
        if (name.compare("Connection", Qt::CaseInsensitive) == 0 &&
            value.compare("close", Qt::CaseInsensitive) == 0)
            m_closeAfter = true;
    }
    if (m_response.encoding == TestHttpResponse::Encoding::Gzip)
        header += "Content-Encoding: gzip\r\n";
    else if (m_response.encoding == TestHttpResponse::Encoding::Deflate)
        header += "Content-Encoding: deflate\r\n";
    if (!endless && m_response.contentLength)
        header += "Content-Length: " + QByteArray::number(m_response.encodedBody().size()) + "\r\n";
    if (m_closeAfter)
        header += "Connection: close\r\n";
    header += "\r\n";
    m_socket->write(header);

    if (endless) {
        // A small kernel buffer keeps "bytes sent" close to "bytes the client read".
        m_socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 64 * 1024);
        pumpEndless();
        return;
    }
    if (m_response.behaviour == Behaviour::ResetMidBody) {
        const qsizetype count = m_response.resetAfterBytes >= 0
                                    ? std::min(m_response.resetAfterBytes, m_wireBody.size())
                                    : m_wireBody.size() / 2;
        sendBody(m_wireBody.first(count));
        m_resetWhenFlushed = true;
        if (m_socket->bytesToWrite() == 0)
            flushed();
        return;
    }
    if (m_response.trickleBytes > 0 && !m_wireBody.isEmpty()) {
        m_trickleTimer.start(std::max(1, m_response.trickleIntervalMs));
        trickle();
        return;
    }
    sendBody(m_wireBody);
    m_finishing = true;
    if (m_socket->bytesToWrite() == 0)
        flushed();
}

void TestHttpConnection::sendBody(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    m_socket->write(bytes);
    Q_EMIT bodyBytesSent(m_request, bytes.size());
}

void TestHttpConnection::trickle()
{
    const QByteArray piece =
        m_wireBody.sliced(m_bodyOffset)
            .first(std::min<qsizetype>(m_response.trickleBytes, m_wireBody.size() - m_bodyOffset));
    m_bodyOffset += piece.size();
    sendBody(piece);
    if (m_bodyOffset >= m_wireBody.size()) {
        m_trickleTimer.stop();
        m_finishing = true;
        if (m_socket->bytesToWrite() == 0)
            flushed();
    }
}

void TestHttpConnection::pumpEndless()
{
    static const QByteArray chunk(endlessChunk, 'x');
    while (m_socket->state() == QAbstractSocket::ConnectedState &&
           m_socket->bytesToWrite() < endlessBacklog && m_endlessSent < m_response.endlessCap) {
        m_endlessSent += chunk.size();
        sendBody(chunk);
    }
    if (m_endlessSent >= m_response.endlessCap)
        m_finishing = true;
}

void TestHttpConnection::flushed()
{
    if (m_resetWhenFlushed) {
        m_resetWhenFlushed = false;
        reset();
        return;
    }
    if (!m_busy || !m_finishing)
        return;
    endExchange();
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    if (parseOne())
        respond();
}

void TestHttpConnection::reset()
{
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const auto descriptor = m_socket->socketDescriptor();
    if (descriptor >= 0) {
        struct linger option = {1, 0};
#if defined(Q_OS_WIN)
        ::setsockopt(static_cast<SOCKET>(descriptor), SOL_SOCKET, SO_LINGER,
                     reinterpret_cast<const char *>(&option), sizeof option);
#else
        ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER,
                     reinterpret_cast<const char *>(&option), sizeof option);
#endif
    }
    m_socket->abort();
    onDisconnected();
}

void TestHttpConnection::endExchange()
{
    if (!m_busy)
        return;
    m_busy = false;
    m_finishing = false;
    m_trickleTimer.stop();
    Q_EMIT exchangeEnded(m_request);
}

void TestHttpConnection::onDisconnected()
{
    endExchange();
    m_trickleTimer.stop();
    if (m_closed)
        return;
    m_closed = true;
    Q_EMIT closed();
}
