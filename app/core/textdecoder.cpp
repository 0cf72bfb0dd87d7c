#include "textdecoder.h"

namespace TextDecoder {

Decoded decodeXml(const QByteArray &bytes, const QByteArray &)
{
    return {QString::fromUtf8(bytes), QByteArrayLiteral("UTF-8"), {}};
}

Decoded decodeJson(const QByteArray &bytes)
{
    return {QString::fromUtf8(bytes), QByteArrayLiteral("UTF-8"), {}};
}

} // namespace TextDecoder
