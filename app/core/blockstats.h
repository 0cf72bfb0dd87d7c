// How much text, and of what kind, each part of a page's tree holds.
#pragma once

#include "htmltree.h"

#include <vector>

// What one node's subtree holds: the measures Readability-style scoring
// weighs (text length, links, commas) and the landmarks that tell an
// article from the page around it.
struct BlockStats
{
    int text = 0;     // characters, a run of white space counted as one
    int linkText = 0; // of which inside links
    int links = 0;
    int commas = 0;
    int paragraphs = 0;
    int inlineText = 0;     // in text and inline elements directly inside
    int landmarks = 0;      // <main>, <article>, itemprop=articleBody inside (itself included)
    int headlines = 0;      // <h1> inside
    int articles = 0;       // <article> inside
    int linkedHeadings = 0; // <h2>-<h4> that are nothing but a link
    bool blockChild = false;

    double linkDensity() const { return text > 0 ? double(linkText) / text : 0.0; }

    // The stats of every node of tree, indexed by node id, in one pass.
    // Nodes removed from the tree count for nothing in their old parents.
    static std::vector<BlockStats> measure(const HtmlTree &tree);

    // Whether the element is marked as an article's text (itemprop=articleBody).
    static bool isArticleBody(const HtmlTree &tree, HtmlTree::NodeId id);
};
