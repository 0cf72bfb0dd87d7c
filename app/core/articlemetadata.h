// What a web page says about its article: title, author, date, address, site.
#pragma once

#include "extractedarticle.h"
#include "htmltree.h"

#include <QUrl>

namespace ArticleMetadata {

// Fills title, byline, published, sourceUrl and siteName of an
// ExtractedArticle (the rest stays empty) from what the page declares, in
// this order of trust:
// - title: og:title, the JSON-LD article's headline, twitter:title,
//   itemprop=headline, the first <h1> in <article> or <main>, the first
//   <h1>, then <title> without a trailing " | Site name"; the site's own
//   name goes from the end of any of them;
// - byline: meta author, JSON-LD author names, itemprop=author, rel=author
//   links, then an element classed "byline" or "author"; a leading "By",
//   "Posted by" or "Written by" goes, and so does any markup;
// - published: article:published_time, JSON-LD datePublished,
//   itemprop=datePublished, other date metas, then the first <time datetime>
//   that is not in a navigation bar, sidebar or footer;
// - sourceUrl: <link rel=canonical>, og:url, the JSON-LD url, resolved against
//   the page's base; only http(s) addresses count, else pageUrl.
// Reads the whole tree once; call it before anything is removed from it.
ExtractedArticle read(const HtmlTree &tree, const QUrl &pageUrl);

// The address relative links on the page resolve against: its first
// <base href> (when http or https), else pageUrl.
QUrl baseUrl(const HtmlTree &tree, const QUrl &pageUrl);

} // namespace ArticleMetadata
