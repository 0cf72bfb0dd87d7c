// What the loopback test server answers, including the ways it can misbehave.
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

struct TestHttpResponse
{
    enum class Encoding { Identity, Gzip, Deflate };
    enum class Behaviour {
        Normal,
        Silent,       // accept, read the request, never answer
        ResetMidBody, // send the headers and part of the body, then reset the connection
        Endless,      // a body that never ends (until the client leaves or endlessCap)
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body; // before encoding
    Encoding encoding = Encoding::Identity;
    Behaviour behaviour = Behaviour::Normal;
    int delayMs = 0;                         // before anything is sent
    int trickleBytes = 0;                    // when > 0: the encoded body goes out this many bytes...
    int trickleIntervalMs = 0;               // ...every this many milliseconds
    qsizetype resetAfterBytes = -1;          // ResetMidBody: body bytes sent first (-1: half)
    bool contentLength = true;               // send Content-Length (Endless never does)
    qint64 endlessCap = 512LL * 1024 * 1024; // the server's own bound on an endless body

    static TestHttpResponse ok(const QByteArray &body, const QByteArray &contentType = "application/rss+xml");
    static TestHttpResponse withStatus(int status, const QByteArray &body = {});
    static TestHttpResponse redirect(int status, const QByteArray &location);

    TestHttpResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }

    // The body as it goes on the wire (compressed when an encoding is set).
    QByteArray encodedBody() const;
};
