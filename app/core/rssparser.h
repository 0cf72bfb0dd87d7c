// Reads the RSS family: 0.91, 0.92 and 2.0 (<rss>), 1.0 and 0.90 (<rdf:RDF>).
#pragma once

#include "feed.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

class XmlCursor;

class RssParser
{
public:
    explicit RssParser(XmlCursor &cursor);

    // The cursor stands on the root element. Reads to its end, or until the
    // document fails: feed.items then holds the items read to their end.
    // format and version are the caller's; links may still be relative.
    void parse(Feed &feed);

private:
    void readChannel(Feed &feed);
    void readImage();
    std::optional<Item> readItem();

    XmlCursor &m_cursor;
    // Channel fields that several elements can give; which wins is decided
    // once the whole channel has been read.
    QString m_dcTitle;
    QString m_dcDescription;
    QString m_language;
    QDateTime m_lastBuildDate;
    QDateTime m_pubDate;
    QDateTime m_dcDate;
    QDateTime m_atomUpdated;
    QUrl m_atomLink;
    QUrl m_image;
    QUrl m_itunesImage;
    int m_ttl = 0;
    int m_updatePeriodMinutes = 0;
    int m_updateFrequency = 1;
};
