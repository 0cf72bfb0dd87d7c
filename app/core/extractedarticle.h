// The article Docket found on a web page: its text and what the page says about it.
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

struct ExtractedArticle
{
    QString title;       // plain text; empty when the page names none
    QString byline;      // the author(s) as the page gives them, without "By"; may be empty
    QDateTime published; // UTC; invalid when the page gives no readable date
    QUrl sourceUrl;      // the page's canonical address, else the address it was read from
    QString siteName;    // e.g. "Courthouse Ledger"; may be empty
    QString html;        // the article's content, already through HtmlSanitizer
    QString text;        // the same as plain text, paragraphs separated by blank lines
    QByteArray encoding; // how the page's bytes were read, e.g. "windows-1252"
};
