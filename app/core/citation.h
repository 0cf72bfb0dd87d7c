// Citation text for an article read in Docket, in the styles lawyers cite web sources by.
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

// Two styles, in their practitioners' forms (no law-review large capitals):
//
// Bluebook (21st ed.), rule 18.2.2, a web page or blog post:
//   Author, *Title*, Source (Mon. Day, Year), URL.
//   Months take the abbreviations of table T12 (Jan., Feb., Mar., Apr., May,
//   June, July, Aug., Sept., Oct., Nov., Dec.). With no date of publication,
//   the date the page was visited follows the URL: "URL (last visited Mon.
//   Day, Year)." No author: the citation starts with the title.
//
// OSCOLA (4th ed.), section 3.3.3, websites and blogs:
//   Author, 'Title' (Source, Day Month Year) <URL> accessed Day Month Year.
//   No date of publication: "(Source)". No author: it starts with the title.
//
// Dates are read as the QDateTime holds them: pass local time to cite the
// reader's calendar day. Month names are English whatever the locale, as
// both guides require. A part the article lacks (no title, source or URL) is
// left out with its punctuation, never written as a placeholder.
namespace Citation {

struct Source
{
    QString author;
    QString title;
    QString source; // the feed's or site's name
    QDateTime published;
    QUrl url;
    QDateTime retrieved; // when Docket fetched the text being cited
};

enum class Style { Bluebook, Oscola };

// Plain: text only (Bluebook's italics cannot show). Html: an escaped
// fragment with <i> and a link. Markdown: *italics*, escaped text, a link.
enum class Markup { Plain, Html, Markdown };

QString format(const Source &source, Style style, Markup markup = Markup::Plain);

// "Bluebook" or "OSCOLA": the name a citation is labelled with.
QString styleName(Style style);

// "Nov. 27, 2026" and "27 November 2026": the two guides' dates.
QString bluebookDate(const QDate &date);
QString oscolaDate(const QDate &date);

} // namespace Citation
