// Finds the main content of a web page: its article, without the page around it.
#pragma once

#include "htmltree.h"

#include <QString>

#include <optional>

namespace ArticleContent {

// Pages shorter than this (in characters outside links) hold no article
// worth keeping beside the feed's own summary.
constexpr int MinArticleText = 200;

// Removes from tree what is never article text: scripts, styles, frames,
// forms, navigation, headers, footers, sidebars, hidden elements, and
// elements whose class or id names them comments, share bars, related
// links, ads, promotions, newsletters, cookie notices and the like. Then
// takes itemprop=articleBody, else the page's one <article>, else scores the
// blocks of <main> (or the body) as Readability does: paragraphs give points
// for their length and commas to their parent and, less, to the ancestors
// above; classes such as "content" or "post" add, link-heavy blocks lose.
// The best block comes with the siblings that score near it, and loses its
// link lists (not lists of linked citations) and the heading that repeats
// the title; lazy-loaded images get their real address.
//
// Returns the markup of what was found (not yet sanitised), or nullopt when
// nothing reads as one article: too little text, mostly links, or a list of
// teasers (several <article>s or headings that are only links).
//
// With byClassNames false, class and id names remove nothing (they still
// weigh in the scores): for a second try on a page whose wrapper happens to
// carry a name like "page-with-sidebar".
std::optional<QString> find(HtmlTree &tree, const QString &title, bool byClassNames = true);

} // namespace ArticleContent
