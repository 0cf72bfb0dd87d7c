// gzip and deflate bodies for the test server, built on Qt's zlib (qCompress).
#pragma once

#include <QByteArray>

namespace TestHttpEncoding {

// RFC 1952 gzip member around the data. Level 1 is much faster for big test bodies.
QByteArray gzip(const QByteArray &data, int level = 9);

// HTTP "deflate": a zlib (RFC 1950) stream.
QByteArray deflate(const QByteArray &data, int level = 9);

} // namespace TestHttpEncoding
