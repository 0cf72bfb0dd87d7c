#include "opmlwriter.h"

#include <QXmlStreamWriter>

namespace {

// XML 1.0 has no way to write most control characters, unpaired surrogates
// or U+FFFE/U+FFFF; a writer that met one would produce a broken file.
QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            continue;
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                out.append(c);
                out.append(text[++i]);
            }
            continue;
        }
        if (!c.isLowSurrogate())
            out.append(c);
    }
    return out;
}

void writeSubscription(QXmlStreamWriter &xml, const OpmlSubscription &subscription)
{
    xml.writeEmptyElement(QStringLiteral("outline"));
    const QString title = xmlText(subscription.title);
    xml.writeAttribute(QStringLiteral("text"), title);
    if (!title.isEmpty())
        xml.writeAttribute(QStringLiteral("title"), title);
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
    xml.writeAttribute(QStringLiteral("xmlUrl"), subscription.feedUrl.toString(QUrl::FullyEncoded));
    if (!subscription.siteUrl.isEmpty())
        xml.writeAttribute(QStringLiteral("htmlUrl"), subscription.siteUrl.toString(QUrl::FullyEncoded));
}

} // namespace

namespace OpmlWriter {

QByteArray write(const OpmlDocument &document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), xmlText(document.title));
    if (document.dateCreated.isValid())
        xml.writeTextElement(QStringLiteral("dateCreated"),
                             document.dateCreated.toUTC().toString(Qt::RFC2822Date));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    for (const OpmlFolder &folder : document.folders) {
        const QString title = xmlText(folder.title);
        if (folder.subscriptions.isEmpty())
            xml.writeEmptyElement(QStringLiteral("outline"));
        else
            xml.writeStartElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("text"), title);
        xml.writeAttribute(QStringLiteral("title"), title);
        for (const OpmlSubscription &subscription : folder.subscriptions)
            writeSubscription(xml, subscription);
        if (!folder.subscriptions.isEmpty())
            xml.writeEndElement();
    }
    for (const OpmlSubscription &subscription : document.subscriptions)
        writeSubscription(xml, subscription);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace OpmlWriter
