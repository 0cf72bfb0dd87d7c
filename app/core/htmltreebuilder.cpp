#include "htmltreebuilder.h"

#include <QHash>
#include <QSet>

#include <array>
#include <string_view>
#include <vector>

namespace {

using NodeId = HtmlTree::NodeId;
using Token = HtmlTokenizer::Token;

template <std::size_t N> bool isOneOf(QStringView name, const std::array<std::u16string_view, N> &names)
{
    for (const auto &candidate : names) {
        if (name == QStringView(candidate))
            return true;
    }
    return false;
}

// Start tags that end an open paragraph (HTML's "close a p element").
bool closesParagraph(QStringView name)
{
    static constexpr std::array<std::u16string_view, 34> names = {
        u"address", u"article", u"aside",   u"blockquote", u"center",     u"details", u"dialog",
        u"dir",     u"div",     u"dl",      u"fieldset",   u"figcaption", u"figure",  u"footer",
        u"form",    u"h1",      u"h2",      u"h3",         u"h4",         u"h5",      u"h6",
        u"header",  u"hgroup",  u"hr",      u"main",       u"menu",       u"nav",     u"ol",
        u"p",       u"pre",     u"section", u"table",      u"ul",         u"li"};
    return isOneOf(name, names);
}

bool isHeading(QStringView name)
{
    return name.size() == 2 && name[0] == u'h' && name[1] >= u'1' && name[1] <= u'6';
}

// What may appear in <head>; anything else starts the body.
bool belongsInHead(QStringView name)
{
    static constexpr std::array<std::u16string_view, 9> names = {
        u"title", u"meta", u"link", u"script", u"style", u"base", u"noscript", u"template", u"object"};
    return isOneOf(name, names);
}

// Elements an end tag or an implied close never reaches past: a stray
// "</div>" inside a table cell does not close the div around the table.
bool isScopeBoundary(QStringView name)
{
    static constexpr std::array<std::u16string_view, 9> names = {
        u"table", u"td", u"th", u"caption", u"html", u"template", u"button", u"object", u"marquee"};
    return isOneOf(name, names);
}

bool isListBoundary(QStringView name)
{
    static constexpr std::array<std::u16string_view, 10> names = {
        u"ul", u"ol", u"menu", u"dir", u"dl", u"blockquote", u"article", u"section", u"aside", u"nav"};
    return isOneOf(name, names);
}

// What Docket reads (structure, metadata, lazy images) or the sanitiser
// keeps; everything else is dropped on the way in.
bool isKeptAttribute(QStringView name)
{
    static constexpr std::array<std::u16string_view, 37> names = {
        u"class", u"id",         u"itemprop",      u"itemtype",      u"rel",      u"href",    u"src",
        u"alt",   u"title",      u"width",         u"height",        u"colspan",  u"rowspan", u"align",
        u"start", u"border",     u"cellpadding",   u"cellspacing",   u"datetime", u"content", u"property",
        u"name",  u"http-equiv", u"charset",       u"type",          u"role",     u"hidden",  u"aria-hidden",
        u"style", u"data-src",   u"data-lazy-src", u"data-original", u"data-url", u"lang",    u"dir",
        u"cite",  u"target"};
    return isOneOf(name, names);
}

class Builder
{
public:
    explicit Builder(const HtmlTreeBuilder::Options &options)
        : m_maxDepth(qMax(1, options.maxDepth))
        , m_maxNodes(qMax(1, options.maxNodes))
        , m_attributeBudget(options.maxAttributes)
    {
        m_open.push_back(m_tree.root());
    }

    HtmlTree run(QStringView html)
    {
        HtmlTokenizer tokenizer(html);
        while (m_tree.size() < m_maxNodes) {
            const Token &token = tokenizer.next();
            if (token.kind == HtmlTokenizer::Kind::End)
                break;
            if (token.kind == HtmlTokenizer::Kind::Text)
                text(token.text);
            else if (token.kind == HtmlTokenizer::Kind::StartTag)
                startTag(token);
            else
                endTag(token.name);
        }
        return std::move(m_tree);
    }

private:
    const QString &currentName() const { return m_tree.node(m_open.back()).name; }

    void text(const QString &text)
    {
        // Words in <head> (outside its title, scripts and styles) start the body.
        if (currentName() == u"head" && !text.trimmed().isEmpty())
            closeNamed(QStringLiteral("head"), false);
        m_tree.appendText(m_open.back(), text);
    }

    void startTag(const Token &token)
    {
        const QString &name = token.name;
        if (name == u"html" || name == u"body" || name == u"head") {
            // Only the first of each counts; a stray one later changes nothing.
            if (m_seen.contains(name))
                return;
            m_seen.insert(name);
            if (name == u"body")
                closeNamed(QStringLiteral("head"), false);
        } else if (isOpen(QStringLiteral("head")) && !belongsInHead(name)) {
            closeNamed(QStringLiteral("head"), false);
        }
        impliedCloses(name);
        if (int(m_open.size()) > m_maxDepth)
            return;
        const NodeId id = m_tree.appendElement(m_open.back(), internedName(name), keptAttributes(token));
        const bool foreign = m_foreignDepth > 0 || name == u"svg" || name == u"math";
        if (HtmlTree::isVoidElement(name) || (token.selfClosing && foreign))
            return;
        push(id);
    }

    void impliedCloses(QStringView name)
    {
        if (closesParagraph(name))
            closeNamed(QStringLiteral("p"), false);
        if (name == u"li") {
            closeNamed(QStringLiteral("li"), true);
        } else if (name == u"dd" || name == u"dt") {
            closeNamed(QStringLiteral("dd"), true);
            closeNamed(QStringLiteral("dt"), true);
        } else if (name == u"tr") {
            closeWithin(QStringLiteral("tr"), u"table");
        } else if (name == u"td" || name == u"th") {
            closeWithin(QStringLiteral("td"), u"tr");
            closeWithin(QStringLiteral("th"), u"tr");
        } else if (name == u"thead" || name == u"tbody" || name == u"tfoot") {
            closeWithin(QStringLiteral("thead"), u"table");
            closeWithin(QStringLiteral("tbody"), u"table");
            closeWithin(QStringLiteral("tfoot"), u"table");
        } else if (name == u"option" || name == u"optgroup") {
            if (currentName() == u"option")
                pop();
        } else if (name == u"a") {
            closeNamed(QStringLiteral("a"), false);
        } else if (isHeading(name) && isHeading(currentName())) {
            pop();
        }
    }

    void endTag(const QString &name)
    {
        if (name == u"br") {
            if (int(m_open.size()) <= m_maxDepth)
                m_tree.appendElement(m_open.back(), internedName(name), {});
            return;
        }
        if (name == u"html" || name == u"body")
            return; // content after </body> still belongs to the body, as in browsers
        if (name == u"tr" || name == u"td" || name == u"th" || name == u"thead" || name == u"tbody" ||
            name == u"tfoot" || name == u"caption")
            closeWithin(name, u"table");
        else if (name == u"table")
            closeNamed(name, false, true);
        else
            closeNamed(name, name == u"li" || name == u"dd" || name == u"dt");
    }

    // Looked up by the interned QString: no allocation per tag.
    bool isOpen(const QString &name) const { return m_openCount.value(name) > 0; }

    // Pops up to and including the innermost open element called name,
    // unless a scope boundary (or, for list items, the list) comes first.
    void closeNamed(const QString &name, bool stopAtList, bool crossBoundaries = false)
    {
        if (!isOpen(name))
            return;
        for (std::size_t i = m_open.size() - 1; i > 0; --i) {
            const QString &open = m_tree.node(m_open[i]).name;
            if (open == name) {
                popTo(i);
                return;
            }
            if ((!crossBoundaries && isScopeBoundary(open)) || (stopAtList && isListBoundary(open)))
                return;
        }
    }

    // Table parts close only inside their own table.
    void closeWithin(const QString &name, QStringView boundary)
    {
        if (!isOpen(name))
            return;
        for (std::size_t i = m_open.size() - 1; i > 0; --i) {
            const QString &open = m_tree.node(m_open[i]).name;
            if (open == name) {
                popTo(i);
                return;
            }
            if (open == boundary || open == u"table")
                return;
        }
    }

    void push(NodeId id)
    {
        const QString &name = m_tree.node(id).name;
        ++m_openCount[name];
        if (name == u"svg" || name == u"math")
            ++m_foreignDepth;
        m_open.push_back(id);
    }

    void pop()
    {
        if (m_open.size() <= 1)
            return;
        const QString &name = m_tree.node(m_open.back()).name;
        --m_openCount[name];
        if (name == u"svg" || name == u"math")
            --m_foreignDepth;
        m_open.pop_back();
    }

    void popTo(std::size_t index)
    {
        while (m_open.size() > index)
            pop();
    }

    QList<HtmlTokenizer::Attribute> keptAttributes(const Token &token)
    {
        QList<HtmlTokenizer::Attribute> kept;
        for (const HtmlTokenizer::Attribute &attribute : token.attributes) {
            if (m_attributeBudget <= 0)
                break;
            if (!isKeptAttribute(attribute.name))
                continue;
            kept.append({internedName(attribute.name), attribute.value});
            --m_attributeBudget;
        }
        return kept;
    }

    // Tag and attribute names repeat endlessly; one shared copy each keeps nodes small.
    QString internedName(const QString &name)
    {
        const auto found = m_names.constFind(name);
        if (found != m_names.constEnd())
            return found.value();
        m_names.insert(name, name);
        return name;
    }

    HtmlTree m_tree;
    std::vector<NodeId> m_open;
    QHash<QString, int> m_openCount;
    QSet<QString> m_seen;
    QHash<QString, QString> m_names;
    int m_foreignDepth = 0;
    int m_maxDepth = 1;
    int m_maxNodes = 1;
    int m_attributeBudget = 0;
};

} // namespace

namespace HtmlTreeBuilder {

HtmlTree build(QStringView html, const Options &options)
{
    return Builder(options).run(html);
}

} // namespace HtmlTreeBuilder
