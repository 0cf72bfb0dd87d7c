// A light element tree of a web page, for finding the article in it.
#pragma once

#include "htmltokenizer.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

// Nodes live in one array, in document order, and refer to each other by
// index: a parent always comes before its children, so whole-tree sums are
// one backwards pass, and no walk here recurses (pages nest deeply).
// Removing a node unlinks it from its parent; its slot stays, unreachable.
class HtmlTree
{
public:
    using NodeId = int;
    static constexpr NodeId None = -1;

    enum class Kind { Element, Text };

    struct Node
    {
        Kind kind = Kind::Element;
        QString name; // element: tag name in lower case; the root's is empty
        QString text; // text node: the characters
        QList<HtmlTokenizer::Attribute> attributes;
        NodeId parent = None;
        NodeId firstChild = None;
        NodeId lastChild = None;
        NodeId previousSibling = None;
        NodeId nextSibling = None;
    };

    HtmlTree();

    // The document node: an element with no name, holding everything.
    NodeId root() const { return 0; }
    int size() const { return int(m_nodes.size()); }
    const Node &node(NodeId id) const { return m_nodes[std::size_t(id)]; }

    bool isElement(NodeId id, QStringView name) const;
    // The attribute's value, or a null QString when the element has none.
    QString attribute(NodeId id, QStringView name) const;
    bool hasAttribute(NodeId id, QStringView name) const;
    // Replaces the attribute's value, or adds the attribute.
    void setAttribute(NodeId id, QStringView name, const QString &value);

    NodeId appendElement(NodeId parent, const QString &name,
                         const QList<HtmlTokenizer::Attribute> &attributes);
    // Text right after a text node joins it.
    NodeId appendText(NodeId parent, QStringView text);
    void remove(NodeId id);
    // Whether the node is still in the tree (no ancestor of it was removed).
    bool isAttached(NodeId id) const;

    // The node after id in document order, staying inside scope's subtree;
    // with descend false, id's own children are passed over.
    NodeId next(NodeId id, NodeId scope, bool descend = true) const;

    // All text under id, as written (no spaces added between blocks).
    QString textContent(NodeId id) const;
    // The markup of id and what it holds; text and attribute values escaped.
    QString outerHtml(NodeId id) const;
    // Text as a reader sees it: white space collapsed, a blank line between
    // blocks (and for two <br> in a row), a line break for <br>, list items
    // and table rows, nothing from script or style.
    QString renderedText(NodeId id) const;

    // Elements that never have content (<br>, <img>...).
    static bool isVoidElement(QStringView name);
    // Elements that start a block of their own when rendered.
    static bool isBlockElement(QStringView name);

private:
    void appendNode(NodeId parent, Node node);

    std::vector<Node> m_nodes;
};
