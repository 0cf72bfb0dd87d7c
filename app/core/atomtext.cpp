#include "atomtext.h"

#include "htmlentities.h"
#include "plaintext.h"
#include "xmlcursor.h"

#include <QByteArray>

namespace AtomText {

namespace {

enum class Kind { Text, Html, Xhtml };

struct Type
{
    Kind kind = Kind::Text;
    bool base64 = false;
};

// Atom 1.0 says text, html or xhtml; Atom 0.3 gave a MIME type and a mode.
Type typeOf(const XmlCursor &cursor)
{
    const QStringView type = cursor.attribute(u"type").trimmed();
    const QStringView mode = cursor.attribute(u"mode").trimmed();
    Type result;
    if (type.compare(u"html", Qt::CaseInsensitive) == 0 ||
        type.compare(u"text/html", Qt::CaseInsensitive) == 0)
        result.kind = Kind::Html;
    else if (type.compare(u"xhtml", Qt::CaseInsensitive) == 0 ||
             type.endsWith(u"xhtml+xml", Qt::CaseInsensitive))
        result.kind = Kind::Xhtml;
    if (mode == u"escaped") {
        if (result.kind == Kind::Xhtml)
            result.kind = Kind::Html;
    } else if (mode == u"xml") {
        // Inline markup, whatever the MIME type says.
        if (result.kind == Kind::Html)
            result.kind = Kind::Xhtml;
    } else if (mode == u"base64") {
        result.base64 = true;
        if (result.kind == Kind::Xhtml)
            result.kind = Kind::Html;
    }
    return result;
}

QString fromBase64(const QString &text)
{
    return QString::fromUtf8(QByteArray::fromBase64(text.toLatin1()));
}

} // namespace

QString readPlain(XmlCursor &cursor)
{
    const Type type = typeOf(cursor);
    if (type.base64) {
        const QString text = fromBase64(cursor.readText());
        return type.kind == Kind::Html ? PlainText::fromHtml(text)
                                       : PlainText::collapse(HtmlEntities::decode(text));
    }
    switch (type.kind) {
    case Kind::Html:
        return PlainText::fromHtml(cursor.readHtml());
    case Kind::Xhtml:
        return PlainText::fromHtml(cursor.readXhtml());
    case Kind::Text:
        break;
    }
    return PlainText::collapse(HtmlEntities::decode(cursor.readText()));
}

QString readHtml(XmlCursor &cursor)
{
    const Type type = typeOf(cursor);
    QString html;
    if (type.base64) {
        html = fromBase64(cursor.readText());
        if (type.kind == Kind::Text)
            html = html.toHtmlEscaped();
    } else if (type.kind == Kind::Html) {
        html = cursor.readHtml();
    } else if (type.kind == Kind::Xhtml) {
        html = cursor.readXhtml();
    } else {
        html = cursor.readText().toHtmlEscaped();
    }
    return std::move(html).trimmed();
}

} // namespace AtomText
