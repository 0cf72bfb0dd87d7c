#include "htmltotext.h"

#include "articlehtml.h"
#include "exporthtmltree.h"

#include <QStringList>

#include <algorithm>

namespace HtmlToText {

namespace {

// Stands for a <br> until a paragraph's lines are laid out.
constexpr char16_t lineBreak = 0x2028;

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Runs of HTML white space become one space, as a browser shows them; NBSP stays.
QString collapsed(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (isHtmlSpace(c)) {
            if (!space)
                out.append(u' ');
            space = true;
        } else {
            out.append(c);
            space = false;
        }
    }
    return out;
}

bool isInlineElement(QStringView name)
{
    static const QStringList names{
        QStringLiteral("a"),    QStringLiteral("span"), QStringLiteral("b"),     QStringLiteral("strong"),
        QStringLiteral("i"),    QStringLiteral("em"),   QStringLiteral("u"),     QStringLiteral("s"),
        QStringLiteral("sub"),  QStringLiteral("sup"),  QStringLiteral("small"), QStringLiteral("big"),
        QStringLiteral("code"), QStringLiteral("tt"),   QStringLiteral("kbd"),   QStringLiteral("samp"),
        QStringLiteral("var"),  QStringLiteral("dfn"),  QStringLiteral("cite"),  QStringLiteral("abbr"),
        QStringLiteral("img"),  QStringLiteral("br")};
    return names.contains(name);
}

// A line starting with these would begin a heading, list or rule in Markdown.
QString escapeLineStart(const QString &line)
{
    if (line.isEmpty())
        return line;
    const QChar first = line.front();
    if (first == u'#' || first == u'+' || first == u'-' || first == u'=')
        return u'\\' + line;
    qsizetype digits = 0;
    while (digits < line.size() && digits < 10 && line.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < line.size() && (line.at(digits) == u'.' || line.at(digits) == u')'))
        return line.left(digits) + u'\\' + line.mid(digits);
    return line;
}

QString indented(const QString &text, const QString &first, const QString &rest)
{
    QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &prefix = i == 0 ? first : rest;
        lines[i] = lines[i].isEmpty() ? prefix.trimmed() : prefix + lines[i];
    }
    return lines.join(u'\n');
}

class Converter
{
public:
    explicit Converter(Style style) : m_markdown(style == Style::Markdown) {}

    QStringList blocks(const ExportHtmlNode &parent) const
    {
        QStringList out;
        QString run;
        const auto flush = [&] {
            const QString paragraph = finishInline(run, false);
            if (!paragraph.isEmpty())
                out.append(paragraph);
            run.clear();
        };
        for (const ExportHtmlNode &child : parent.children) {
            if (child.isText() || isInlineElement(child.name)) {
                run += inlineOf(child);
            } else {
                flush();
                out += blockOf(child);
            }
        }
        flush();
        return out;
    }

private:
    QStringList blockOf(const ExportHtmlNode &node) const
    {
        const QString &name = node.name;
        if (name.size() == 2 && name.front() == u'h' && name.back() >= u'1' && name.back() <= u'6') {
            const QString text = finishInline(childrenInline(node), true);
            if (text.isEmpty())
                return {};
            const int level = name.back().unicode() - u'0';
            return {m_markdown ? QString(level, u'#') + u' ' + text : text};
        }
        if (name == u"blockquote") {
            const QString inner = blocks(node).join(QStringLiteral("\n\n"));
            if (inner.isEmpty())
                return {};
            const QString prefix = m_markdown ? QStringLiteral("> ") : QStringLiteral("    ");
            return {indented(inner, prefix, prefix)};
        }
        if (name == u"ul" || name == u"ol")
            return {list(node)};
        if (name == u"pre")
            return preformatted(node);
        if (name == u"hr")
            return {m_markdown ? QStringLiteral("---") : QStringLiteral("* * *")};
        if (name == u"table")
            return table(node);
        if (name == u"dl")
            return definitions(node);
        return blocks(node); // p, div and the like: their content is the block
    }

    QString list(const ExportHtmlNode &node) const
    {
        const bool ordered = node.name == u"ol";
        const QString start = node.attribute(u"start");
        int number = start.isEmpty() ? 1 : start.toInt();
        QStringList items;
        for (const ExportHtmlNode &child : node.children) {
            if (child.isText() && child.text.trimmed().isEmpty())
                continue;
            QStringList body;
            if (child.name == u"li") {
                body = blocks(child);
            } else {
                ExportHtmlNode wrapper;
                wrapper.children.push_back(child);
                body = blocks(wrapper);
            }
            const QString marker = ordered ? QStringLiteral("%1. ").arg(number++) : QStringLiteral("- ");
            items.append(indented(body.join(u'\n'), marker, QString(marker.size(), u' ')));
        }
        return items.join(u'\n');
    }

    QStringList preformatted(const ExportHtmlNode &node) const
    {
        QString text = node.textContent();
        if (text.startsWith(u'\n'))
            text.remove(0, 1);
        while (text.endsWith(u'\n'))
            text.chop(1);
        if (text.isEmpty())
            return {};
        if (!m_markdown)
            return {indented(text, QStringLiteral("    "), QStringLiteral("    "))};
        QString fence = QStringLiteral("```");
        while (text.contains(fence))
            fence.append(u'`');
        return {fence + u'\n' + text + u'\n' + fence};
    }

    QStringList table(const ExportHtmlNode &node) const
    {
        QStringList out;
        QList<QStringList> rows;
        const auto addRow = [&](const ExportHtmlNode &row) {
            QStringList cells;
            for (const ExportHtmlNode &cell : row.children) {
                if (cell.name == u"td" || cell.name == u"th")
                    cells.append(finishInline(childrenInline(cell), true));
            }
            if (!cells.isEmpty())
                rows.append(cells);
        };
        for (const ExportHtmlNode &child : node.children) {
            if (child.name == u"caption") {
                const QString caption = finishInline(childrenInline(child), true);
                if (!caption.isEmpty())
                    out.append(caption);
            } else if (child.name == u"tr") {
                addRow(child);
            } else if (child.name == u"thead" || child.name == u"tbody" || child.name == u"tfoot") {
                for (const ExportHtmlNode &row : child.children) {
                    if (row.name == u"tr")
                        addRow(row);
                }
            }
        }
        if (rows.isEmpty())
            return out;
        qsizetype columns = 0;
        for (const QStringList &row : rows)
            columns = std::max(columns, row.size());
        QStringList lines;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QStringList cells = rows.at(r);
            while (cells.size() < columns)
                cells.append(QString());
            if (!m_markdown) {
                lines.append(cells.join(QStringLiteral(" | ")).trimmed());
                continue;
            }
            lines.append(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
            if (r == 0) {
                QStringList rule(columns, QStringLiteral("---"));
                lines.append(QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
            }
        }
        out.append(lines.join(u'\n'));
        return out;
    }

    QStringList definitions(const ExportHtmlNode &node) const
    {
        QStringList lines;
        for (const ExportHtmlNode &child : node.children) {
            if (child.name == u"dt") {
                const QString term = finishInline(childrenInline(child), true);
                if (!term.isEmpty())
                    lines.append(m_markdown ? QStringLiteral("**%1**").arg(term) : term);
            } else if (child.name == u"dd") {
                const QString definition = blocks(child).join(u'\n');
                if (!definition.isEmpty())
                    lines.append(indented(definition, QStringLiteral("  "), QStringLiteral("  ")));
            }
        }
        if (lines.isEmpty())
            return {};
        return {lines.join(u'\n')};
    }

    QString childrenInline(const ExportHtmlNode &node) const
    {
        QString out;
        for (const ExportHtmlNode &child : node.children)
            out += inlineOf(child);
        return out;
    }

    QString inlineOf(const ExportHtmlNode &node) const
    {
        if (node.isText())
            return m_markdown ? escapeMarkdown(collapsed(node.text)) : collapsed(node.text);
        const QString &name = node.name;
        if (name == u"br")
            return QString(QChar(lineBreak));
        if (name == u"b" || name == u"strong")
            return wrapped(QStringLiteral("**"), childrenInline(node));
        if (name == u"i" || name == u"em" || name == u"cite" || name == u"dfn" || name == u"var")
            return wrapped(QStringLiteral("*"), childrenInline(node));
        if (name == u"s")
            return wrapped(QStringLiteral("~~"), childrenInline(node));
        if (name == u"code" || name == u"tt" || name == u"kbd" || name == u"samp")
            return codeSpan(collapsed(node.textContent()));
        if (name == u"a")
            return link(node);
        if (name == u"img")
            return image(node);
        if (isInlineElement(name))
            return childrenInline(node);
        // A block inside inline markup (a <div> in a link): its words, set apart.
        return u' ' + childrenInline(node) + u' ';
    }

    QString wrapped(const QString &marker, const QString &inner) const
    {
        if (!m_markdown)
            return inner;
        qsizetype start = 0;
        while (start < inner.size() && (inner.at(start) == u' ' || inner.at(start) == lineBreak))
            ++start;
        if (start == inner.size())
            return inner;
        qsizetype end = inner.size();
        while (end > start && (inner.at(end - 1) == u' ' || inner.at(end - 1) == lineBreak))
            --end;
        return inner.left(start) + marker + inner.mid(start, end - start) + marker + inner.mid(end);
    }

    QString codeSpan(const QString &code) const
    {
        if (!m_markdown || code.trimmed().isEmpty())
            return code;
        qsizetype longest = 0;
        qsizetype run = 0;
        for (const QChar c : code) {
            run = c == u'`' ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        const QString fence(longest + 1, u'`');
        const bool pad = code.startsWith(u'`') || code.endsWith(u'`');
        return pad ? fence + u' ' + code + u' ' + fence : fence + code + fence;
    }

    QString link(const ExportHtmlNode &node) const
    {
        const QString inner = childrenInline(node);
        const QString href = node.attribute(u"href");
        if (href.isEmpty())
            return inner;
        const QString words = inner.trimmed();
        if (m_markdown) {
            QString destination = href;
            destination.replace(u' ', QStringLiteral("%20"))
                .replace(u'(', QStringLiteral("%28"))
                .replace(u')', QStringLiteral("%29"))
                .replace(u'<', QStringLiteral("%3C"))
                .replace(u'>', QStringLiteral("%3E"));
            const QString text = words.isEmpty() ? escapeMarkdown(href) : words;
            return QStringLiteral("[%1](%2)").arg(text, destination);
        }
        if (words.isEmpty() || words == href)
            return href;
        if (QStringLiteral("mailto:") + words == href)
            return words;
        return QStringLiteral("%1 <%2>").arg(words, href);
    }

    QString image(const ExportHtmlNode &node) const
    {
        const QString alt = collapsed(node.attribute(u"alt")).trimmed();
        const QString source = node.attribute(u"src");
        // forExport leaves only images Docket holds the bytes of, as data: URIs.
        if (m_markdown && source.startsWith(u"data:"))
            return QStringLiteral("![%1](%2)").arg(escapeMarkdown(alt), source);
        return ArticleHtml::imagePlaceholder(alt);
    }

    // The lines of one paragraph: spaces collapsed and trimmed, <br> made a
    // Markdown hard break (or a plain new line), line starts escaped.
    QString finishInline(const QString &run, bool singleLine) const
    {
        QStringList lines = collapsed(run).split(QChar(lineBreak));
        QStringList kept;
        for (QString &line : lines) {
            line = line.trimmed();
            if (!line.isEmpty())
                kept.append(m_markdown ? escapeLineStart(line) : line);
        }
        if (singleLine)
            return kept.join(u' ');
        return kept.join(m_markdown ? QStringLiteral("\\\n") : QStringLiteral("\n"));
    }

    const bool m_markdown;
};

} // namespace

QString convert(QStringView sanitizedHtml, Style style)
{
    const ExportHtmlNode root = ExportHtmlTree::parse(sanitizedHtml);
    return Converter(style).blocks(root).join(QStringLiteral("\n\n"));
}

QString escapeMarkdown(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool entityLike =
            c == u'&' && i + 1 < text.size() && (text.at(i + 1).isLetter() || text.at(i + 1) == u'#');
        if (c == u'\\' || c == u'`' || c == u'*' || c == u'_' || c == u'[' || c == u']' || c == u'<' ||
            c == u'>' || c == u'|' || c == u'~' || entityLike)
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

} // namespace HtmlToText
