// One article as an export writes it: what the reader shows, without the database behind it.
#pragma once

#include "citation.h"
#include "enclosure.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

struct ExportArticle
{
    QString title;  // plain text
    QString source; // the feed's title
    QString author; // plain text
    // Dates as they are to be shown and cited: the caller picks the time
    // zone (the command line passes local time).
    QDateTime published; // invalid when the feed gave none
    QDateTime retrieved; // when Docket fetched the text exported
    QUrl link;
    // Provenance of the text exported: where it was fetched from after
    // redirects, the server's validators and the SHA-256 (hex) of the text
    // as Docket stored it. Empty when not known; stated when known.
    QUrl retrievedFrom;
    QString etag;
    QString lastModified;
    QString sha256;
    // The article's HTML as the feed sent it: every exporter sanitises it
    // (ArticleHtml), so no caller can hand hostile markup through.
    QString html;
    QStringList categories;
    QList<Enclosure> enclosures;
    // Image bytes Docket already holds, by the image's absolute URL: only
    // these are embedded. Any other image becomes a link, so opening an
    // export never fetches anything.
    QHash<QString, QByteArray> images;

    Citation::Source citationSource() const;
};
