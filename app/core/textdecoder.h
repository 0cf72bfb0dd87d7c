// Finds out how a feed's bytes are encoded and turns them into text.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace TextDecoder {

struct Decoded
{
    QString text;          // without any byte order mark
    QByteArray encoding;   // the encoding actually used, e.g. "UTF-8"
    QStringList warnings;  // e.g. "declared ISO-8859-1 but holds windows-1252"
};

// Decodes an XML document. Order of trust: a byte order mark; the caller's
// hint (the charset of an HTTP Content-Type, may be empty); the XML
// declaration; UTF-8. A label that the bytes contradict (invalid UTF-8) falls
// back to windows-1252, and ISO-8859-1/US-ASCII are read as windows-1252, as
// browsers do. Unknown labels are ignored with a warning.
Decoded decodeXml(const QByteArray &bytes, const QByteArray &charsetHint = {});

// Decodes a JSON document: a BOM (UTF-8/16/32), else UTF-8, falling back to
// windows-1252 when the bytes are not valid UTF-8.
Decoded decodeJson(const QByteArray &bytes);

} // namespace TextDecoder
