// Turns hostile article HTML into the small, safe subset Docket's reader and exports render.
#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace HtmlSanitizer {

struct Options
{
    // Elements nested deeper than this are flattened: their tags are left
    // out and their content joins the innermost element kept.
    int maxDepth = 64;
};

// Keeps only the tags and attributes QTextDocument renders (paragraphs,
// headings, emphasis, lists, tables, links, images, quotations...), mapping
// a few it lacks onto ones it has (del -> s, figure -> div). Scripts, styles,
// frames, plugins, forms, SVG and MathML go with their content; audio and
// video leave a link to their source. Links keep http, https and mailto
// targets, images only http and https ones (nothing here loads by itself:
// the reader asks before fetching an image), all resolved against baseUrl;
// relative addresses are dropped when baseUrl is not an http(s) URL.
// Tracking pixels (images 1x1 or smaller) are removed.
//
// The result is well-formed: every element closed in order, void elements
// written as <br/>, text and attribute values escaped (only &amp; &lt; &gt;
// &quot; appear), characters XML forbids removed. Time and memory are linear
// in the input.
QString sanitize(QStringView html, const QUrl &baseUrl, const Options &options = {});

} // namespace HtmlSanitizer
