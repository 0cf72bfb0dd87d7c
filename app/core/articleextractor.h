// Finds the article on a web page Docket fetched: its text, title, author and date.
#pragma once

#include "extractedarticle.h"
#include "result.h"

#include <QByteArray>
#include <QStringView>
#include <QUrl>

namespace ArticleExtractor {

// Pages are read up to this size; an article that starts later than this
// is not one a reader would find either.
constexpr qsizetype MaxScannedBytes = qsizetype(5) * 1024 * 1024;

// The article on the page at pageUrl, from the page's bytes and the charset
// of its HTTP Content-Type (may be empty): decoded as browsers do
// (TextDecoder::decodeHtml), built into a tree, its metadata read
// (ArticleMetadata), its main content found (ArticleContent) and passed
// through HtmlSanitizer with the page's base address, so relative links
// become absolute and nothing active survives.
//
// Fails with "No article found on this page" when nothing on the page reads
// as one article (a home page, a list of links, an empty or non-HTML page).
// Time and memory stay linear in the scanned size.
Result<ExtractedArticle> extract(const QByteArray &bytes, const QUrl &pageUrl,
                                 const QByteArray &charsetHint = {});

// The same for a page already decoded.
Result<ExtractedArticle> extractFromText(QStringView html, const QUrl &pageUrl);

} // namespace ArticleExtractor
