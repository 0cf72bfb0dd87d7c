#include "htmltree.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace {

template <std::size_t N> bool isOneOf(QStringView name, const std::array<std::u16string_view, N> &names)
{
    for (const auto &candidate : names) {
        if (name == QStringView(candidate))
            return true;
    }
    return false;
}

void appendEscaped(QString &out, QStringView text, bool inAttribute)
{
    for (const QChar c : text) {
        if (c == u'&')
            out.append(u"&amp;");
        else if (c == u'<')
            out.append(u"&lt;");
        else if (c == u'>')
            out.append(u"&gt;");
        else if (c == u'"' && inAttribute)
            out.append(u"&quot;");
        else
            out.append(c);
    }
}

} // namespace

HtmlTree::HtmlTree()
{
    m_nodes.emplace_back();
}

bool HtmlTree::isVoidElement(QStringView name)
{
    static constexpr std::array<std::u16string_view, 16> names = {
        u"area", u"base", u"br",    u"col",    u"embed", u"hr",  u"img",    u"input",
        u"link", u"meta", u"param", u"source", u"track", u"wbr", u"keygen", u"basefont"};
    return isOneOf(name, names);
}

bool HtmlTree::isBlockElement(QStringView name)
{
    static constexpr std::array<std::u16string_view, 40> names = {
        u"address", u"article", u"aside",  u"blockquote", u"body",  u"caption", u"center",   u"dd",
        u"details", u"dialog",  u"dir",    u"div",        u"dl",    u"dt",      u"fieldset", u"figcaption",
        u"figure",  u"footer",  u"form",   u"h1",         u"h2",    u"h3",      u"h4",       u"h5",
        u"h6",      u"header",  u"hgroup", u"hr",         u"li",    u"main",    u"menu",     u"nav",
        u"ol",      u"p",       u"pre",    u"section",    u"table", u"tbody",   u"tr",       u"ul"};
    return isOneOf(name, names);
}

bool HtmlTree::isElement(NodeId id, QStringView name) const
{
    const Node &n = node(id);
    return n.kind == Kind::Element && n.name == name;
}

QString HtmlTree::attribute(NodeId id, QStringView name) const
{
    for (const HtmlTokenizer::Attribute &attribute : node(id).attributes) {
        if (attribute.name == name)
            return attribute.value;
    }
    return {};
}

bool HtmlTree::hasAttribute(NodeId id, QStringView name) const
{
    const QList<HtmlTokenizer::Attribute> &attributes = node(id).attributes;
    return std::any_of(attributes.begin(), attributes.end(),
                       [&](const HtmlTokenizer::Attribute &attribute) { return attribute.name == name; });
}

void HtmlTree::setAttribute(NodeId id, QStringView name, const QString &value)
{
    QList<HtmlTokenizer::Attribute> &attributes = m_nodes[std::size_t(id)].attributes;
    for (HtmlTokenizer::Attribute &attribute : attributes) {
        if (attribute.name == name) {
            attribute.value = value;
            return;
        }
    }
    attributes.append({name.toString(), value});
}

void HtmlTree::appendNode(NodeId parent, Node node)
{
    const auto id = NodeId(m_nodes.size());
    node.parent = parent;
    node.previousSibling = m_nodes[std::size_t(parent)].lastChild;
    m_nodes.push_back(std::move(node));
    Node &p = m_nodes[std::size_t(parent)];
    if (p.lastChild != None)
        m_nodes[std::size_t(p.lastChild)].nextSibling = id;
    else
        p.firstChild = id;
    p.lastChild = id;
}

HtmlTree::NodeId HtmlTree::appendElement(NodeId parent, const QString &name,
                                         const QList<HtmlTokenizer::Attribute> &attributes)
{
    Node element;
    element.name = name;
    element.attributes = attributes;
    appendNode(parent, std::move(element));
    return NodeId(m_nodes.size() - 1);
}

HtmlTree::NodeId HtmlTree::appendText(NodeId parent, QStringView text)
{
    const NodeId last = node(parent).lastChild;
    if (last != None && node(last).kind == Kind::Text) {
        m_nodes[std::size_t(last)].text.append(text);
        return last;
    }
    Node textNode;
    textNode.kind = Kind::Text;
    textNode.text = text.toString();
    appendNode(parent, std::move(textNode));
    return NodeId(m_nodes.size() - 1);
}

void HtmlTree::remove(NodeId id)
{
    Node &n = m_nodes[std::size_t(id)];
    if (id == root() || n.parent == None)
        return;
    Node &p = m_nodes[std::size_t(n.parent)];
    if (n.previousSibling != None)
        m_nodes[std::size_t(n.previousSibling)].nextSibling = n.nextSibling;
    else
        p.firstChild = n.nextSibling;
    if (n.nextSibling != None)
        m_nodes[std::size_t(n.nextSibling)].previousSibling = n.previousSibling;
    else
        p.lastChild = n.previousSibling;
    n.parent = None;
    n.previousSibling = None;
    n.nextSibling = None;
}

bool HtmlTree::isAttached(NodeId id) const
{
    while (id != root()) {
        id = node(id).parent;
        if (id == None)
            return false;
    }
    return true;
}

HtmlTree::NodeId HtmlTree::next(NodeId id, NodeId scope, bool descend) const
{
    if (descend && node(id).firstChild != None)
        return node(id).firstChild;
    while (id != scope && id != None) {
        if (node(id).nextSibling != None)
            return node(id).nextSibling;
        id = node(id).parent;
    }
    return None;
}

QString HtmlTree::textContent(NodeId id) const
{
    QString out;
    for (NodeId n = id; n != None; n = next(n, id)) {
        if (node(n).kind == Kind::Text)
            out.append(node(n).text);
    }
    return out;
}

QString HtmlTree::outerHtml(NodeId id) const
{
    QString out;
    const auto open = [&](const Node &n) {
        if (n.name.isEmpty())
            return;
        out.append(u'<');
        out.append(n.name);
        for (const HtmlTokenizer::Attribute &attribute : n.attributes) {
            out.append(u' ');
            out.append(attribute.name);
            out.append(u"=\"");
            appendEscaped(out, attribute.value, true);
            out.append(u'"');
        }
        out.append(u'>');
    };
    const auto close = [&](const Node &n) {
        if (n.kind == Kind::Element && !n.name.isEmpty() && !isVoidElement(n.name)) {
            out.append(u"</");
            out.append(n.name);
            out.append(u'>');
        }
    };
    // Walks down and back up by hand, closing each element as the walk
    // leaves it.
    NodeId n = id;
    while (true) {
        const Node &current = node(n);
        if (current.kind == Kind::Text) {
            appendEscaped(out, current.text, false);
        } else {
            open(current);
            if (current.firstChild != None) {
                n = current.firstChild;
                continue;
            }
        }
        while (true) {
            close(node(n));
            if (n == id)
                return out;
            if (node(n).nextSibling != None) {
                n = node(n).nextSibling;
                break;
            }
            n = node(n).parent;
        }
    }
}

QString HtmlTree::renderedText(NodeId id) const
{
    QString out;
    // What has to come before the next visible character: nothing, a
    // space, a line break or a blank line. Only the strongest one is kept,
    // and none at the very start.
    int pendingBreak = 0; // 0 none, 1 space, 2 line, 3 paragraph
    const auto requestBreak = [&](int strength) { pendingBreak = std::max(pendingBreak, strength); };
    const auto leave = [&](NodeId n) {
        if (node(n).kind == Kind::Element && isBlockElement(node(n).name))
            requestBreak(node(n).name == u"li" || node(n).name == u"tr" ? 2 : 3);
        else if (isElement(n, u"td") || isElement(n, u"th"))
            requestBreak(1);
    };
    NodeId n = id;
    while (n != None) {
        const Node &current = node(n);
        bool descend = true;
        if (current.kind == Kind::Text) {
            for (const QChar c : current.text) {
                if (c.isSpace()) {
                    requestBreak(1);
                    continue;
                }
                if (!out.isEmpty() && pendingBreak > 0)
                    out.append(pendingBreak == 1   ? QStringView(u" ")
                               : pendingBreak == 2 ? QStringView(u"\n")
                                                   : QStringView(u"\n\n"));
                pendingBreak = 0;
                out.append(c);
            }
        } else if (current.name == u"script" || current.name == u"style" || current.name == u"template") {
            descend = false;
        } else if (current.name == u"br") {
            // Pages without <p> separate paragraphs with two.
            requestBreak(pendingBreak >= 2 ? 3 : 2);
        } else if (isBlockElement(current.name)) {
            requestBreak(current.name == u"li" || current.name == u"tr" ? 2 : 3);
        }
        // Moving on: every element left on the way gets its closing break.
        if (descend && current.firstChild != None) {
            n = current.firstChild;
            continue;
        }
        while (n != None) {
            leave(n);
            if (n == id) {
                n = None;
                break;
            }
            if (node(n).nextSibling != None) {
                n = node(n).nextSibling;
                break;
            }
            n = node(n).parent;
        }
    }
    return out;
}
