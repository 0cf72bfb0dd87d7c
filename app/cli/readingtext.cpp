#include "readingtext.h"

#include "plaintext.h"

#include <QStringList>

namespace ReadingText {

namespace {

enum class Break { None, Line, Paragraph, ListItem, ListItemEnd };

Break breakFor(QStringView name, bool closing)
{
    static const QStringList paragraphTags{
        QStringLiteral("p"),      QStringLiteral("div"),        QStringLiteral("h1"),
        QStringLiteral("h2"),     QStringLiteral("h3"),         QStringLiteral("h4"),
        QStringLiteral("h5"),     QStringLiteral("h6"),         QStringLiteral("ul"),
        QStringLiteral("ol"),     QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("table"),  QStringLiteral("hr"),         QStringLiteral("dl"),
        QStringLiteral("figure"), QStringLiteral("section"),    QStringLiteral("article")};
    static const QStringList lineTags{QStringLiteral("br"), QStringLiteral("tr"), QStringLiteral("dt"),
                                      QStringLiteral("dd"), QStringLiteral("figcaption")};
    for (const QString &tag : paragraphTags) {
        if (name.compare(tag, Qt::CaseInsensitive) == 0)
            return Break::Paragraph;
    }
    if (name.compare(u"li", Qt::CaseInsensitive) == 0)
        return closing ? Break::ListItemEnd : Break::ListItem;
    for (const QString &tag : lineTags) {
        if (name.compare(tag, Qt::CaseInsensitive) == 0)
            return Break::Line;
    }
    return Break::None;
}

class Writer
{
public:
    void addHtml(QStringView html) { m_pending += html; }

    void endLine()
    {
        const QString text = PlainText::fromHtml(m_pending);
        m_pending.clear();
        if (text.isEmpty())
            return; // a list item's mark waits for its first text: <li><p>Text
        m_lines.append(m_prefix + text);
        m_prefix.clear();
    }

    void endParagraph()
    {
        endLine();
        if (!m_lines.isEmpty())
            m_paragraphs.append(m_lines.join(u'\n'));
        m_lines.clear();
    }

    void startListItem()
    {
        endLine();
        m_prefix = QStringLiteral("- ");
    }

    void endListItem()
    {
        endLine();
        m_prefix.clear();
    }

    QString result()
    {
        endParagraph();
        return m_paragraphs.join(QStringLiteral("\n\n"));
    }

private:
    QString m_pending;
    QString m_prefix;
    QStringList m_lines;
    QStringList m_paragraphs;
};

} // namespace

QString fromHtml(QStringView sanitizedHtml)
{
    Writer writer;
    qsizetype position = 0;
    while (position < sanitizedHtml.size()) {
        const qsizetype open = sanitizedHtml.indexOf(u'<', position);
        if (open < 0) {
            writer.addHtml(sanitizedHtml.mid(position));
            break;
        }
        const qsizetype close = sanitizedHtml.indexOf(u'>', open);
        if (close < 0) {
            writer.addHtml(sanitizedHtml.mid(position));
            break;
        }
        writer.addHtml(sanitizedHtml.mid(position, open - position));
        qsizetype nameStart = open + 1;
        const bool closing = nameStart < close && sanitizedHtml.at(nameStart) == u'/';
        if (closing)
            ++nameStart;
        qsizetype nameEnd = nameStart;
        while (nameEnd < close && sanitizedHtml.at(nameEnd).isLetterOrNumber())
            ++nameEnd;
        switch (breakFor(sanitizedHtml.mid(nameStart, nameEnd - nameStart), closing)) {
        case Break::None:
            // Inline markup stays for PlainText to drop, so "a<b>b</b>" stays one word.
            writer.addHtml(sanitizedHtml.mid(open, close - open + 1));
            break;
        case Break::Line:
            writer.endLine();
            break;
        case Break::Paragraph:
            writer.endParagraph();
            break;
        case Break::ListItem:
            writer.startListItem();
            break;
        case Break::ListItemEnd:
            writer.endListItem();
            break;
        }
        position = close + 1;
    }
    return writer.result();
}

} // namespace ReadingText
