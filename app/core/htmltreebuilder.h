// Builds an HtmlTree from a web page as forgivingly as browsers read one.
#pragma once

#include "htmltree.h"

#include <QStringView>

namespace HtmlTreeBuilder {

struct Options
{
    // Elements opened deeper than this are left out; their content joins
    // the innermost element kept.
    int maxDepth = 256;
    // Past this many nodes the rest of the page is not read.
    int maxNodes = 400000;
    // Attributes kept in all; past this, elements come without any.
    int maxAttributes = 400000;
};

// Follows the parts of HTML's tree building that decide where text ends up:
// void elements, <p> closed by the next block, <li>, <dt>/<dd>, table rows
// and cells and <option> closed by their next sibling, links that do not
// nest, <head> closed by the first content, end tags that match no open
// element (or only one outside the current table cell) ignored, "<div/>"
// read as an opened <div> outside SVG and MathML. Linear in the input.
//
// Only the attributes Docket reads or renders are kept (class, id, itemprop,
// rel, href, src, alt, datetime, content...): event handlers and the like
// never reach the tree, and a page of attributes costs little memory.
HtmlTree build(QStringView html, const Options &options = {});

} // namespace HtmlTreeBuilder
