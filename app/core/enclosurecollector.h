// Gathers an item's attachments from RSS enclosures, Atom enclosure links and Media RSS, without repeats.
#pragma once

#include "enclosure.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

class XmlCursor;

class EnclosureCollector
{
public:
    // An RSS <enclosure> or an Atom link rel="enclosure": always listed.
    void addEnclosure(const QUrl &url, QStringView type, QStringView length);
    // The cursor stands on a Media RSS element; reads it to its end. The
    // media:description found there (or in a media:group), as HTML, goes to
    // *description when one is asked for.
    void readMedia(XmlCursor &cursor, QString *description = nullptr);
    // The enclosures in document order, then the media files no enclosure
    // named: publishers often list one file both ways, in either order.
    QList<Enclosure> take();

    // The byte count an attribute gives, or -1 when it is not a number.
    static qint64 parseLength(QStringView text);

private:
    void addMedia(XmlCursor &cursor);

    QList<Enclosure> m_enclosures;
    QList<Enclosure> m_media;
};
