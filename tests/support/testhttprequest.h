// One request as the loopback test server received it, for tests to assert on.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>

#include <utility>

struct TestHttpRequest
{
    QByteArray method;
    QByteArray target;  // as sent: "/feed.xml?a=1", or "http://host/feed.xml" through a proxy
    QByteArray path;    // the target's path and query, whatever its form
    QByteArray version; // "HTTP/1.1"
    QList<std::pair<QByteArray, QByteArray>> headers; // in order, names as sent
    QHostAddress localAddress;                        // which listener took it
    int connection = 0;                               // serial number of the connection, from 1

    // The first header of that name (case-insensitive), or a null array.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const { return !header(name).isNull(); }
};
