#include "xmlcursor.h"

#include "xmlnamespaces.h"

#include <QCoreApplication>
#include <QXmlStreamAttribute>
#include <QXmlStreamAttributes>

#include <optional>

namespace {

bool isVoidElement(QStringView name)
{
    static constexpr QStringView voids[] = {u"area",  u"base",   u"br",    u"col",  u"embed",
                                            u"hr",    u"img",    u"input", u"link", u"meta",
                                            u"param", u"source", u"track", u"wbr"};
    for (const QStringView candidate : voids) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Appends text with the characters HTML gives meaning to escaped; whole runs
// between them are copied at once.
void appendEscaped(QString &out, QStringView text, bool attribute)
{
    qsizetype copied = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QStringView entity;
        switch (text[i].unicode()) {
        case u'&':
            entity = u"&amp;";
            break;
        case u'<':
            entity = u"&lt;";
            break;
        case u'>':
            entity = u"&gt;";
            break;
        case u'"':
            if (attribute)
                entity = u"&quot;";
            break;
        default:
            break;
        }
        if (entity.isEmpty())
            continue;
        out.append(text.sliced(copied, i - copied));
        out.append(entity);
        copied = i + 1;
    }
    out.append(text.sliced(copied));
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

XmlCursor::XmlCursor(QXmlStreamReader &reader, int maxDepth) : m_reader(reader), m_maxDepth(maxDepth)
{
    if (m_reader.isStartElement())
        enter(true);
}

QStringView XmlCursor::attribute(QStringView name) const
{
    // A const copy shares the reader's list; iterating a temporary would
    // detach (copy) it on every call.
    const QXmlStreamAttributes attributes = m_reader.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.qualifiedName() == name)
            return attribute.value();
    }
    return {};
}

QStringView XmlCursor::attribute(QStringView namespaceUri, QStringView name) const
{
    const QXmlStreamAttributes attributes = m_reader.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == name && attribute.namespaceUri() == namespaceUri)
            return attribute.value();
    }
    return {};
}

bool XmlCursor::enter(bool trackBase)
{
    ++m_depth;
    if (m_depth > m_maxDepth) {
        m_reader.raiseError(
            QCoreApplication::translate("XmlCursor", "the elements nest deeper than %1 levels")
                .arg(m_maxDepth));
        return false;
    }
    if (!trackBase)
        return true;
    const QStringView base = attribute(XmlNamespaces::Xml, u"base");
    if (!base.isNull())
        m_bases.append({m_depth, resolve(base)});
    return true;
}

void XmlCursor::leave()
{
    if (!m_bases.isEmpty() && m_bases.last().depth == m_depth)
        m_bases.removeLast();
    --m_depth;
}

QUrl XmlCursor::resolve(QStringView reference) const
{
    const QStringView trimmed = reference.trimmed();
    if (trimmed.isEmpty())
        return {};
    // A reference QUrl cannot read (a space in a host name) is no link.
    const QUrl url(trimmed.toString());
    if (!url.isValid())
        return {};
    const QUrl resolved = base().isEmpty() ? url : base().resolved(url);
    return resolved.isValid() ? resolved : QUrl();
}

bool XmlCursor::nextChild()
{
    for (;;) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement:
            return enter(true);
        case QXmlStreamReader::EndElement:
            leave();
            return false;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
    }
}

void XmlCursor::skip()
{
    const int home = m_depth;
    for (;;) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (!enter(false))
                return;
            break;
        case QXmlStreamReader::EndElement: {
            const bool done = m_depth == home;
            leave();
            if (done)
                return;
            break;
        }
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return;
        default:
            break;
        }
    }
}

QString XmlCursor::readText()
{
    QString out;
    const int home = m_depth;
    for (;;) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (!enter(false))
                return out;
            break;
        case QXmlStreamReader::EndElement: {
            const bool done = m_depth == home;
            leave();
            if (done)
                return out;
            break;
        }
        case QXmlStreamReader::Characters:
            out.append(m_reader.text());
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return out;
        default:
            break;
        }
    }
}

QString XmlCursor::readTextOrChild(QStringView childName)
{
    QString all;
    std::optional<QString> child;
    const int home = m_depth;
    for (;;) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (!enter(false))
                return child.value_or(all);
            if (m_depth == home + 1 && !child && m_reader.name() == childName)
                child = readText();
            break;
        case QXmlStreamReader::EndElement: {
            const bool done = m_depth == home;
            leave();
            if (done)
                return child.value_or(all);
            break;
        }
        case QXmlStreamReader::Characters:
            all.append(m_reader.text());
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return child.value_or(all);
        default:
            break;
        }
    }
}

QString XmlCursor::readHtml()
{
    return serialize(false);
}

QString XmlCursor::readXhtml()
{
    return serialize(true);
}

QString XmlCursor::serialize(bool xhtml)
{
    QString out;
    const int home = m_depth;
    // Atom wraps XHTML content in a <div> that belongs to the format, not to
    // the article.
    const auto isWrapper = [&] { return xhtml && m_depth == home + 1 && is(XmlNamespaces::Xhtml, u"div"); };
    for (;;) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (!enter(false))
                return out;
            if (isWrapper())
                break;
            out.append(u'<');
            out.append(m_reader.name());
            const QXmlStreamAttributes attributes = m_reader.attributes();
            for (const QXmlStreamAttribute &attribute : attributes) {
                out.append(u' ');
                out.append(attribute.name());
                out.append(u"=\"");
                appendEscaped(out, attribute.value(), true);
                out.append(u'"');
            }
            out.append(u'>');
            break;
        }
        case QXmlStreamReader::EndElement: {
            if (m_depth == home) {
                leave();
                return out;
            }
            if (!isWrapper() && !isVoidElement(m_reader.name())) {
                out.append(u"</");
                out.append(m_reader.name());
                out.append(u'>');
            }
            leave();
            break;
        }
        case QXmlStreamReader::Characters:
            // Text directly inside an HTML-typed element is HTML source; text
            // inside elements written as markup was decoded by XML, so it is
            // escaped again.
            if (m_depth != home)
                appendEscaped(out, m_reader.text(), false);
            else if (!xhtml)
                out.append(m_reader.text());
            else if (!isBlank(m_reader.text()))
                appendEscaped(out, m_reader.text(), false);
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return out;
        default:
            break;
        }
    }
}
