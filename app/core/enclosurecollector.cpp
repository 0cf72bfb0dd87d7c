#include "enclosurecollector.h"

#include "xmlcursor.h"
#include "xmlnamespaces.h"

namespace {

bool listed(const QList<Enclosure> &enclosures, const QUrl &url)
{
    for (const Enclosure &enclosure : enclosures) {
        if (enclosure.url == url)
            return true;
    }
    return false;
}

} // namespace

qint64 EnclosureCollector::parseLength(QStringView text)
{
    bool ok = false;
    const qint64 length = text.trimmed().toLongLong(&ok);
    return ok && length >= 0 ? length : -1;
}

void EnclosureCollector::addEnclosure(const QUrl &url, QStringView type, QStringView length)
{
    if (url.isEmpty() || listed(m_enclosures, url))
        return;
    m_enclosures.append({url, type.trimmed().toString(), parseLength(length)});
}

void EnclosureCollector::addMedia(XmlCursor &cursor)
{
    const QUrl url = cursor.resolve(cursor.attribute(u"url"));
    if (!url.isEmpty() && !listed(m_media, url))
        m_media.append({url, cursor.attribute(u"type").trimmed().toString(),
                        parseLength(cursor.attribute(u"fileSize"))});
    cursor.skip();
}

void EnclosureCollector::readMedia(XmlCursor &cursor, QString *description)
{
    if (cursor.name() == u"content") {
        addMedia(cursor);
    } else if (cursor.name() == u"description" && description && description->isEmpty()) {
        // Media RSS descriptions are plain text unless they say otherwise.
        const bool html = cursor.attribute(u"type").trimmed() == u"html";
        *description = html ? cursor.readHtml().trimmed() : cursor.readText().trimmed().toHtmlEscaped();
    } else if (cursor.name() == u"group") {
        while (cursor.nextChild()) {
            if (XmlNamespaces::isMedia(cursor.namespaceUri()) && cursor.name() != u"group")
                readMedia(cursor, description);
            else
                cursor.skip();
        }
    } else {
        cursor.skip();
    }
}

QList<Enclosure> EnclosureCollector::take()
{
    QList<Enclosure> all = std::move(m_enclosures);
    for (Enclosure &media : m_media) {
        if (!listed(all, media.url))
            all.append(std::move(media));
    }
    m_enclosures.clear();
    m_media.clear();
    return all;
}
