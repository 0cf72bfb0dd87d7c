// Finds out how a feed's bytes are encoded and turns them into text.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace TextDecoder {

struct Decoded
{
    QString text;         // without any byte order mark
    QByteArray encoding;  // the encoding actually used, e.g. "UTF-8"
    QStringList warnings; // e.g. "declared ISO-8859-1 but the bytes are windows-1252"
};

// Decodes an XML document. Order of trust: a byte order mark; the caller's
// hint (the charset of an HTTP Content-Type, may be empty); the XML
// declaration; UTF-8. A label that the bytes contradict (invalid UTF-8) falls
// back to windows-1252, and ISO-8859-1/US-ASCII are read as windows-1252, as
// browsers do. Unknown labels are ignored with a warning.
//
// Also: UTF-16 and UTF-32 without a byte order mark are recognised from how
// "<?xml" is laid out in the bytes; gb2312 and GBK are read as GB18030 (their
// superset, which real gb2312 feeds need); a label that cannot describe these
// bytes at all (UTF-16 for one-byte text, EBCDIC) is ignored with a warning;
// and a Western one-byte label (ISO-8859-1, US-ASCII, windows-1252) on bytes
// that are valid UTF-8 beyond ASCII is read as UTF-8, with a warning, since
// real one-byte text is practically never valid UTF-8 by accident.
Decoded decodeXml(const QByteArray &bytes, const QByteArray &charsetHint = {});

// Decodes a JSON document: a BOM (UTF-8/16/32), else UTF-8, falling back to
// windows-1252 when the bytes are not valid UTF-8. UTF-16 and UTF-32 without
// a BOM are recognised from their zero bytes (RFC 4627), since JSON text
// starts with an ASCII character.
Decoded decodeJson(const QByteArray &bytes);

// Decodes a web page. Order of trust, as browsers have it: a byte order mark;
// the caller's hint (the charset of an HTTP Content-Type); a <meta charset>
// or <meta http-equiv="Content-Type" content="...; charset=..."> in the
// first 1024 bytes; UTF-8, or windows-1252 when the bytes are not UTF-8.
// Labels are read and checked against the bytes as decodeXml() does.
Decoded decodeHtml(const QByteArray &bytes, const QByteArray &charsetHint = {});

// The charset a page declares in a <meta> element within its first 1024
// bytes, as written; empty when there is none.
QByteArray metaCharset(QByteArrayView bytes);

// The charset parameter of an HTTP Content-Type value, unquoted and trimmed,
// as written ("text/xml; Charset=\"ISO-8859-1\"" -> "ISO-8859-1"); empty
// when there is none.
QByteArray charsetFromContentType(const QByteArray &contentType);

// The character a windows-1252 byte stands for. The five bytes that
// windows-1252 leaves undefined map to the C1 controls of the same value,
// as in browsers.
char16_t fromWindows1252(uchar byte);

} // namespace TextDecoder
