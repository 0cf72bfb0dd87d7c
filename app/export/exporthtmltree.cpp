#include "exporthtmltree.h"

#include "htmltokenizer.h"

namespace {

void appendText(QString &out, const ExportHtmlNode &node)
{
    if (node.isText()) {
        out.append(node.text);
        return;
    }
    for (const ExportHtmlNode &child : node.children)
        appendText(out, child);
}

void writeNode(QString &out, const ExportHtmlNode &node)
{
    if (node.isText()) {
        out.append(node.text.toHtmlEscaped());
        return;
    }
    out.append(u'<').append(node.name);
    for (const auto &[name, value] : node.attributes)
        out.append(u' ').append(name).append(u"=\"").append(value.toHtmlEscaped()).append(u'"');
    if (ExportHtmlTree::isVoidElement(node.name)) {
        out.append(u"/>");
        return;
    }
    out.append(u'>');
    for (const ExportHtmlNode &child : node.children)
        writeNode(out, child);
    out.append(u"</").append(node.name).append(u'>');
}

} // namespace

QString ExportHtmlNode::attribute(QStringView attributeName) const
{
    for (const auto &[name, value] : attributes) {
        if (name == attributeName)
            return value;
    }
    return {};
}

QString ExportHtmlNode::textContent() const
{
    QString out;
    appendText(out, *this);
    return out;
}

namespace ExportHtmlTree {

bool isVoidElement(QStringView name)
{
    return name == u"br" || name == u"hr" || name == u"img";
}

ExportHtmlNode parse(QStringView sanitizedHtml)
{
    ExportHtmlNode root;
    // Pointers into the tree stay valid: a node's children only grow while
    // it is the innermost open element, and nothing else holds its address.
    std::vector<ExportHtmlNode *> open{&root};
    HtmlTokenizer tokenizer(sanitizedHtml);
    while (true) {
        const HtmlTokenizer::Token &token = tokenizer.next();
        if (token.kind == HtmlTokenizer::Kind::End)
            break;
        ExportHtmlNode *parent = open.back();
        if (token.kind == HtmlTokenizer::Kind::Text) {
            if (!parent->children.empty() && parent->children.back().isText())
                parent->children.back().text.append(token.text);
            else
                parent->children.push_back(ExportHtmlNode{{}, token.text, {}, {}});
        } else if (token.kind == HtmlTokenizer::Kind::StartTag) {
            ExportHtmlNode element{token.name, {}, {}, {}};
            for (const HtmlTokenizer::Attribute &attribute : token.attributes)
                element.attributes.append({attribute.name, attribute.value});
            parent->children.push_back(std::move(element));
            if (!isVoidElement(token.name) && !token.selfClosing)
                open.push_back(&parent->children.back());
        } else {
            for (qsizetype i = qsizetype(open.size()) - 1; i > 0; --i) {
                if (open[std::size_t(i)]->name == token.name) {
                    open.resize(std::size_t(i));
                    break;
                }
            }
        }
    }
    return root;
}

QString write(const ExportHtmlNode &root)
{
    QString out;
    for (const ExportHtmlNode &child : root.children)
        writeNode(out, child);
    return out;
}

} // namespace ExportHtmlTree
