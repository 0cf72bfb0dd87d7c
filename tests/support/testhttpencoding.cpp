#include "testhttpencoding.h"

#include <QtEndian>

#include <array>

namespace TestHttpEncoding {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

} // namespace

QByteArray deflate(const QByteArray &data, int level)
{
    // qCompress prefixes the zlib stream with the length, big-endian, in 4 bytes.
    return qCompress(data, level).sliced(4);
}

QByteArray gzip(const QByteArray &data, int level)
{
    const QByteArray zlib = deflate(data, level);
    // The raw deflate data sits between the 2-byte zlib header and the 4-byte Adler-32.
    const QByteArray raw = zlib.sliced(2, zlib.size() - 6);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    out.append(raw);
    char trailer[8];
    qToLittleEndian<quint32>(crc32(data), trailer);
    qToLittleEndian<quint32>(static_cast<quint32>(data.size()), trailer + 4);
    out.append(trailer, 8);
    return out;
}

} // namespace TestHttpEncoding
