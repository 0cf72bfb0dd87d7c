// What every export states about an article besides its text: the byline and the citation block.
#pragma once

#include "citation.h"
#include "exportarticle.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace ArticleFacts {

// One line of the citation block: a label and a plain-text value.
struct Field
{
    QString label;
    QString value;
    QUrl url; // set for the URL field, so markup formats can link it
};

// The title, or "(no title)" for the untitled posts some feeds carry.
QString title(const ExportArticle &article);

// "Source · Author · 2026-11-27 14:30 UTC"; an undated article says when it
// was retrieved instead.
QString byline(const ExportArticle &article);

// "2026-11-27 14:30 UTC": unambiguous in every jurisdiction, with the zone
// the caller chose, since a court's deadline may turn on it.
QString dateTime(const QDateTime &when);

// Author, title, source, published, URL and retrieved, in that order; a
// part the feed did not give says so rather than disappearing. Then the
// provenance the article carries (retrieved from, ETag, Last-Modified,
// SHA-256), each only when known.
QList<Field> citationFields(const ExportArticle &article);

// The styles every export cites the article in, in the order they appear.
QList<Citation::Style> citationStyles();

// "Categories: a, b", or nothing when the feed gave none.
QString categoriesLine(const ExportArticle &article);
// "application/pdf, 240.0 KiB": what is known of an attached file.
QString attachmentDetails(const Enclosure &enclosure);

QString citationHeading();   // "Citation"
QString attachmentLabel();   // "Attachment:"
QString readAtSourceLabel(); // "Read at the source:"

} // namespace ArticleFacts
