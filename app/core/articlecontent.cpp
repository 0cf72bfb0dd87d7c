#include "articlecontent.h"

#include "blockstats.h"
#include "classnames.h"
#include "plaintext.h"

#include <QList>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace {

using NodeId = HtmlTree::NodeId;
constexpr NodeId None = HtmlTree::None;

template <std::size_t N> bool isOneOf(QStringView name, const std::array<std::u16string_view, N> &names)
{
    return std::any_of(names.begin(), names.end(),
                       [&](std::u16string_view c) { return name == QStringView(c); });
}

// ---- cleaning ---------------------------------------------------------------

bool isNeverContent(QStringView name)
{
    static constexpr std::array<std::u16string_view, 28> names = {
        u"script",   u"style",  u"noscript", u"nav",    u"header", u"footer",   u"aside",
        u"iframe",   u"frame",  u"frameset", u"object", u"embed",  u"applet",   u"svg",
        u"math",     u"canvas", u"button",   u"input",  u"select", u"textarea", u"option",
        u"template", u"link",   u"meta",     u"title",  u"head",   u"dialog",   u"label"};
    return isOneOf(name, names);
}

bool isHidden(const HtmlTree &tree, NodeId id)
{
    if (tree.hasAttribute(id, u"hidden") || tree.attribute(id, u"aria-hidden") == u"true")
        return true;
    QString style = tree.attribute(id, u"style").toLower();
    style.remove(u' ');
    return style.contains(u"display:none") || style.contains(u"visibility:hidden");
}

bool hasChromeRole(const HtmlTree &tree, NodeId id)
{
    static constexpr std::array<std::u16string_view, 10> roles = {
        u"navigation", u"complementary", u"banner",      u"contentinfo", u"menu",
        u"menubar",    u"dialog",        u"alertdialog", u"search",      u"toolbar"};
    return isOneOf(QStringView(tree.attribute(id, u"role")).trimmed(), roles);
}

bool isUnlikely(const HtmlTree &tree, NodeId id, const std::vector<BlockStats> &stats, int bodyText,
                bool byClassNames)
{
    const HtmlTree::Node &node = tree.node(id);
    const BlockStats &own = stats[std::size_t(id)];
    if (node.name == u"body" || node.name == u"html" || node.name == u"main" || node.name == u"article" ||
        BlockStats::isArticleBody(tree, id))
        return false;
    // Whatever holds the page's article is no sidebar, whatever its name.
    const bool holdsArticle = own.landmarks > 0;
    if (node.name == u"form")
        return !holdsArticle && own.text * 10 < bodyText * 4;
    if (isNeverContent(node.name) || isHidden(tree, id) || hasChromeRole(tree, id))
        return !holdsArticle || node.name == u"script" || node.name == u"style" || node.name == u"head";
    // Nor is the block with the headline, though it may be named "header".
    if (own.headlines > 0 || !byClassNames)
        return false;
    const ClassNames::Verdict byClass = ClassNames::judge(tree.attribute(id, u"class"));
    const ClassNames::Verdict byId = ClassNames::judge(tree.attribute(id, u"id"));
    return (byClass.negative || byId.negative) && !byClass.positive && !byId.positive;
}

void removeUnlikely(HtmlTree &tree, NodeId scope, const std::vector<BlockStats> &stats, bool byClassNames)
{
    const int bodyText = stats[std::size_t(scope)].text;
    for (NodeId n = scope; n != None;) {
        if (n != scope && tree.node(n).kind == HtmlTree::Kind::Element &&
            isUnlikely(tree, n, stats, bodyText, byClassNames)) {
            const NodeId after = tree.next(n, scope, false);
            tree.remove(n);
            n = after;
        } else {
            n = tree.next(n, scope);
        }
    }
}

// ---- choosing ---------------------------------------------------------------

NodeId firstElement(const HtmlTree &tree, NodeId scope, const auto &matches)
{
    for (NodeId n = scope; n != None; n = tree.next(n, scope)) {
        if (tree.node(n).kind == HtmlTree::Kind::Element && matches(n))
            return n;
    }
    return None;
}

// The page's one <article>, or one that dwarfs all others together; None
// when there is none, or several alike (a list of teasers).
NodeId soleArticle(const HtmlTree &tree, NodeId scope, const std::vector<BlockStats> &stats)
{
    NodeId best = None;
    int total = 0;
    for (NodeId n = scope; n != None;) {
        if (tree.isElement(n, u"article")) {
            total += stats[std::size_t(n)].text;
            if (best == None || stats[std::size_t(n)].text > stats[std::size_t(best)].text)
                best = n;
            n = tree.next(n, scope, false);
        } else {
            n = tree.next(n, scope);
        }
    }
    if (best == None)
        return None;
    const int others = total - stats[std::size_t(best)].text;
    return stats[std::size_t(best)].text >= 3 * others ? best : None;
}

int tagBonus(QStringView name)
{
    if (name == u"div")
        return 5;
    if (name == u"pre" || name == u"td" || name == u"blockquote")
        return 3;
    if (name == u"address" || name == u"ol" || name == u"ul" || name == u"dl" || name == u"dd" ||
        name == u"dt" || name == u"li" || name == u"form")
        return -3;
    if (name == u"th" || (name.size() == 2 && name[0] == u'h' && name[1] >= u'1' && name[1] <= u'6'))
        return -5;
    return 0;
}

bool isParagraphLike(const HtmlTree &tree, NodeId id, const std::vector<BlockStats> &stats)
{
    const QString &name = tree.node(id).name;
    if (name == u"p" || name == u"pre")
        return true;
    return (name == u"div" || name == u"section") && !stats[std::size_t(id)].blockChild;
}

// Blocks that may hold text of their own beside (or without) paragraphs:
// a table cell of a layout table, a <div> with <br>-separated text.
bool isContainer(QStringView name)
{
    static constexpr std::array<std::u16string_view, 9> names = {
        u"div", u"section", u"article", u"main", u"td", u"blockquote", u"body", u"form", u"center"};
    return isOneOf(name, names);
}

struct Scores
{
    std::vector<double> score;
    std::vector<bool> candidate;
};

// Readability's scoring: each paragraph gives its parent its points, its
// grandparent half, and three more ancestors a third of that per level.
Scores scoreBlocks(const HtmlTree &tree, NodeId scope, const std::vector<BlockStats> &stats)
{
    Scores scores{std::vector<double>(std::size_t(tree.size()), 0.0),
                  std::vector<bool>(std::size_t(tree.size()), false)};
    const auto give = [&](NodeId from, double points) {
        NodeId ancestor = from;
        for (int level = 0; level < 5 && ancestor != None; ++level) {
            const auto i = std::size_t(ancestor);
            if (!scores.candidate[i]) {
                scores.candidate[i] = true;
                scores.score[i] = tagBonus(tree.node(ancestor).name) + ClassNames::weight(tree, ancestor);
            }
            scores.score[i] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            if (ancestor == scope)
                break;
            ancestor = tree.node(ancestor).parent;
        }
    };
    for (NodeId n = scope; n != None; n = tree.next(n, scope)) {
        if (tree.node(n).kind != HtmlTree::Kind::Element)
            continue;
        const BlockStats &own = stats[std::size_t(n)];
        if (isParagraphLike(tree, n, stats) && own.text >= 25 && n != scope)
            give(tree.node(n).parent, 1 + own.commas + std::min(own.text / 100, 3));
        else if (isContainer(tree.node(n).name) && own.inlineText >= 25) // as if its text were in a <p>
            give(n, 1 + (own.blockChild ? 0 : own.commas) + std::min(own.inlineText / 100, 3));
    }
    for (std::size_t i = 0; i < scores.score.size(); ++i)
        scores.score[i] *= 1.0 - stats[i].linkDensity();
    return scores;
}

bool isOnlyChild(const HtmlTree &tree, NodeId id)
{
    for (NodeId c = tree.node(tree.node(id).parent).firstChild; c != None; c = tree.node(c).nextSibling) {
        const HtmlTree::Node &child = tree.node(c);
        if (c != id && (child.kind == HtmlTree::Kind::Element || !child.text.trimmed().isEmpty()))
            return false;
    }
    return true;
}

bool readsAsSentence(const HtmlTree &tree, NodeId id)
{
    const QString text = PlainText::collapse(tree.textContent(id));
    return text.endsWith(u'.') || text.contains(u". ");
}

// The best block and those of its siblings that belong with it.
QList<NodeId> chooseBlocks(const HtmlTree &tree, NodeId scope, const std::vector<BlockStats> &stats)
{
    const Scores scores = scoreBlocks(tree, scope, stats);
    NodeId top = None;
    for (NodeId n = scope; n != None; n = tree.next(n, scope)) {
        if (scores.candidate[std::size_t(n)] &&
            (top == None || scores.score[std::size_t(n)] > scores.score[std::size_t(top)]))
            top = n;
    }
    if (top == None)
        return {};
    const double topScore = scores.score[std::size_t(top)];
    // A lone child says nothing its parent does not.
    while (top != scope && isOnlyChild(tree, top))
        top = tree.node(top).parent;
    if (top == scope)
        return {top};
    const double threshold = std::max(10.0, topScore * 0.2);
    const QString topClass = tree.attribute(top, u"class");
    QList<NodeId> chosen;
    for (NodeId s = tree.node(tree.node(top).parent).firstChild; s != None; s = tree.node(s).nextSibling) {
        if (tree.node(s).kind != HtmlTree::Kind::Element)
            continue;
        const BlockStats &own = stats[std::size_t(s)];
        double score = scores.candidate[std::size_t(s)] ? scores.score[std::size_t(s)] : 0.0;
        if (!topClass.isEmpty() && tree.attribute(s, u"class") == topClass)
            score += topScore * 0.2;
        bool keep = s == top || score >= threshold;
        if (!keep && isParagraphLike(tree, s, stats)) {
            keep = own.text > 80 ? own.linkDensity() < 0.25
                                 : own.text > 0 && own.linkText == 0 && readsAsSentence(tree, s);
        }
        if (keep)
            chosen.append(s);
    }
    return chosen;
}

// Whether white space next to this node could only be indentation: it
// stands between blocks (or other white space), not between words.
bool isBlockBoundary(const HtmlTree &tree, NodeId id)
{
    if (id == None)
        return true;
    const HtmlTree::Node &node = tree.node(id);
    return node.kind == HtmlTree::Kind::Element ? HtmlTree::isBlockElement(node.name)
                                                : node.text.trimmed().isEmpty();
}

// Lazy-loading pages put the real address aside and a placeholder (or
// nothing) in src, for a script that will not run here.
void loadLazyImage(HtmlTree &tree, NodeId img)
{
    const QString src = tree.attribute(img, u"src").trimmed();
    if (!src.isEmpty() && !src.startsWith(u"data:", Qt::CaseInsensitive))
        return;
    for (const QStringView lazy : {u"data-src", u"data-lazy-src", u"data-original", u"data-url"}) {
        const QString real = tree.attribute(img, lazy).trimmed();
        if (!real.isEmpty()) {
            tree.setAttribute(img, u"src", real);
            return;
        }
    }
}

// Link lists, the repeated headline, placeholders of lazy images and the
// page's indentation between blocks, inside what was chosen.
void tidy(HtmlTree &tree, NodeId block, const std::vector<BlockStats> &stats, const QString &title)
{
    static constexpr std::array<std::u16string_view, 7> containers = {u"div",   u"section", u"ul",    u"ol",
                                                                      u"table", u"dl",      u"figure"};
    for (NodeId n = tree.next(block, block); n != None;) {
        const HtmlTree::Node &node = tree.node(n);
        const BlockStats &own = stats[std::size_t(n)];
        const bool element = node.kind == HtmlTree::Kind::Element;
        bool drop = false;
        if (element && isOneOf(node.name, containers)) {
            // Mostly links is a link list, unless the links read as
            // citations ("Smith v. Jones, 1 F.4th 1"): a comma or more each.
            drop = own.commas < 10 && own.linkDensity() > 0.5 && own.commas < own.links;
        } else if (element && (node.name == u"h1" || node.name == u"h2")) {
            // Only a heading about as long as the title can repeat it.
            drop = !title.isEmpty() && own.text <= 2 * title.size() &&
                   PlainText::collapse(tree.textContent(n)).compare(title, Qt::CaseInsensitive) == 0;
        } else if (element && node.name == u"img") {
            loadLazyImage(tree, n);
        } else if (!element) {
            drop = node.text.trimmed().isEmpty() && isBlockBoundary(tree, node.previousSibling) &&
                   isBlockBoundary(tree, node.nextSibling);
        }
        if (drop) {
            const NodeId after = tree.next(n, block, false);
            tree.remove(n);
            n = after;
        } else {
            // White space inside <pre> is the text itself.
            n = tree.next(n, block, !tree.isElement(n, u"pre"));
        }
    }
}

bool isTableOrListPart(QStringView name)
{
    static constexpr std::array<std::u16string_view, 11> names = {
        u"td", u"th", u"tr", u"li", u"dd", u"dt", u"tbody", u"thead", u"tfoot", u"caption", u"body"};
    return isOneOf(name, names);
}

// Keeps blocks when, tidied, they read as one article; their markup.
std::optional<QString> accept(HtmlTree &tree, const QList<NodeId> &blocks, const QString &title)
{
    const std::vector<BlockStats> before = BlockStats::measure(tree);
    for (const NodeId block : blocks)
        tidy(tree, block, before, title);
    const std::vector<BlockStats> stats = BlockStats::measure(tree);
    BlockStats total;
    for (const NodeId block : blocks) {
        total.text += stats[std::size_t(block)].text;
        total.linkText += stats[std::size_t(block)].linkText;
        total.articles += stats[std::size_t(block)].articles;
        total.linkedHeadings += stats[std::size_t(block)].linkedHeadings;
    }
    const bool teasers = total.linkedHeadings >= 3 || total.articles >= 3;
    if (blocks.isEmpty() || total.text - total.linkText < ArticleContent::MinArticleText ||
        total.linkDensity() > 0.5 || teasers)
        return std::nullopt;

    QString html = QStringLiteral("<div>");
    for (const NodeId block : blocks) {
        if (!isTableOrListPart(tree.node(block).name)) {
            html.append(tree.outerHtml(block));
            continue;
        }
        for (NodeId child = tree.node(block).firstChild; child != None; child = tree.node(child).nextSibling)
            html.append(tree.outerHtml(child));
    }
    html.append(u"</div>");
    return html;
}

} // namespace

namespace ArticleContent {

std::optional<QString> find(HtmlTree &tree, const QString &title, bool byClassNames)
{
    const NodeId body = [&] {
        const NodeId found =
            firstElement(tree, tree.root(), [&](NodeId n) { return tree.isElement(n, u"body"); });
        return found == None ? tree.root() : found;
    }();
    removeUnlikely(tree, body, BlockStats::measure(tree), byClassNames);

    // The page's own word on where its article is comes first; scoring
    // is for pages that give none, or whose word turns out wrong.
    const std::vector<BlockStats> stats = BlockStats::measure(tree);
    const NodeId articleBody =
        firstElement(tree, body, [&](NodeId n) { return BlockStats::isArticleBody(tree, n); });
    const NodeId article = articleBody != None ? articleBody : soleArticle(tree, body, stats);
    if (article != None) {
        if (auto html = accept(tree, {article}, title))
            return html;
    }
    const std::vector<BlockStats> now = BlockStats::measure(tree);
    const NodeId main = firstElement(tree, body, [&](NodeId n) {
        return tree.isElement(n, u"main") || tree.attribute(n, u"role") == u"main";
    });
    const bool mainHoldsText = main != None && now[std::size_t(main)].text >= MinArticleText;
    return accept(tree, chooseBlocks(tree, mainHoldsText ? main : body, now), title);
}

} // namespace ArticleContent
