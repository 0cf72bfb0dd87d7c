// Sanitised article HTML as a small tree, for exporters that rewrite or convert it.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

#include <vector>

// Built from HtmlSanitizer's output, which is well-formed and at most 64
// elements deep, so a recursive walk over the tree is bounded. Other input
// still gives a tree (stray end tags are ignored, open elements closed at
// the end), never a crash.
struct ExportHtmlNode
{
    QString name; // element name in lower case; empty for a text node
    QString text; // a text node's characters, references decoded
    QList<QPair<QString, QString>> attributes;
    std::vector<ExportHtmlNode> children;

    bool isText() const { return name.isEmpty(); }
    // The attribute's value, or a null QString.
    QString attribute(QStringView attributeName) const;
    // All text below this node, in document order.
    QString textContent() const;
};

namespace ExportHtmlTree {

// The root: a nameless element holding the fragment's top-level nodes.
ExportHtmlNode parse(QStringView sanitizedHtml);

// The children of root written back as HTML in the sanitiser's form (void
// elements as <br/>, text and attributes escaped).
QString write(const ExportHtmlNode &root);

bool isVoidElement(QStringView name);

} // namespace ExportHtmlTree
