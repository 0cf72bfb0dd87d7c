#include "blockstats.h"

namespace {

void countText(BlockStats &stats, QStringView text)
{
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        stats.text += space && stats.text > 0 ? 2 : 1;
        space = false;
        if (c == u',' || c == u'\uFF0C')
            ++stats.commas;
    }
}

void addTo(BlockStats &parent, const BlockStats &own)
{
    parent.text += own.text;
    parent.linkText += own.linkText;
    parent.links += own.links;
    parent.commas += own.commas;
    parent.paragraphs += own.paragraphs;
    parent.landmarks += own.landmarks;
    parent.headlines += own.headlines;
    parent.articles += own.articles;
    parent.linkedHeadings += own.linkedHeadings;
}

} // namespace

bool BlockStats::isArticleBody(const HtmlTree &tree, HtmlTree::NodeId id)
{
    return tree.attribute(id, u"itemprop").contains(u"articleBody", Qt::CaseInsensitive);
}

std::vector<BlockStats> BlockStats::measure(const HtmlTree &tree)
{
    // Parents come before their children in the tree's array, so one
    // backwards pass adds every subtree up.
    std::vector<BlockStats> stats(std::size_t(tree.size()));
    for (HtmlTree::NodeId id = tree.size() - 1; id > 0; --id) {
        const HtmlTree::Node &node = tree.node(id);
        BlockStats &own = stats[std::size_t(id)];
        if (node.kind == HtmlTree::Kind::Text) {
            // Scripts and styles are no text a reader sees, however large.
            const QString &parent = tree.node(node.parent == HtmlTree::None ? 0 : node.parent).name;
            if (parent != u"script" && parent != u"style" && parent != u"noscript" && parent != u"template")
                countText(own, node.text);
        } else if (node.name == u"a") {
            own.linkText = own.text;
            ++own.links;
        } else if (node.name == u"p") {
            ++own.paragraphs;
        } else if (node.name == u"article") {
            ++own.articles;
            ++own.landmarks;
        } else if (node.name == u"main" || isArticleBody(tree, id)) {
            ++own.landmarks;
        } else if (node.name == u"h1") {
            ++own.headlines;
        } else if ((node.name == u"h2" || node.name == u"h3" || node.name == u"h4") && own.text > 0 &&
                   own.linkText == own.text) {
            ++own.linkedHeadings;
        }
        if (node.parent == HtmlTree::None)
            continue;
        BlockStats &parent = stats[std::size_t(node.parent)];
        addTo(parent, own);
        const bool block = node.kind == HtmlTree::Kind::Element && HtmlTree::isBlockElement(node.name);
        parent.blockChild = parent.blockChild || block;
        if (!block)
            parent.inlineText += own.text;
    }
    return stats;
}
