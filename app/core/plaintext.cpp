#include "plaintext.h"

#include "htmlentities.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace PlainText {

namespace {

bool isCollapsible(QChar c)
{
    if (c.unicode() < 0x80)
        return c == u' ' || (c >= u'\t' && c <= u'\r');
    return c.isSpace(); // Unicode White_Space, NBSP included
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u':';
}

// Elements that start a new line of text, so their tags separate words.
constexpr std::array<std::u16string_view, 43> BlockNames = {
    u"address", u"article", u"aside",   u"blockquote", u"br",       u"caption",    u"dd",     u"details",
    u"dialog",  u"div",     u"dl",      u"dt",         u"fieldset", u"figcaption", u"figure", u"footer",
    u"form",    u"h1",      u"h2",      u"h3",         u"h4",       u"h5",         u"h6",     u"header",
    u"hgroup",  u"hr",      u"li",      u"main",       u"nav",      u"ol",         u"option", u"p",
    u"pre",     u"section", u"summary", u"table",      u"tbody",    u"td",         u"tfoot",  u"th",
    u"thead",   u"tr",      u"ul"};

static_assert(std::is_sorted(BlockNames.cbegin(), BlockNames.cend()));
constexpr qsizetype MaxKnownName = 10; // "blockquote", "figcaption"

// One pass over the markup. Each search starts where the last one ended or
// gives up for good, which keeps any input, however broken, linear.
class Converter
{
public:
    explicit Converter(QStringView html) : m_html(html), m_lastGreater(html.lastIndexOf(u'>'))
    {
        m_text.reserve(html.size());
    }

    QString run()
    {
        qsizetype textStart = 0;
        for (qsizetype at = m_html.indexOf(u'<'); at >= 0; at = m_html.indexOf(u'<', at)) {
            const qsizetype textEnd = at;
            const qsizetype end = markupEnd(at);
            if (end < 0) {
                ++at; // a '<' that starts nothing is text
                continue;
            }
            appendText(m_html.sliced(textStart, textEnd - textStart));
            if (m_separates)
                m_text.append(u' ');
            at = textStart = end;
        }
        appendText(m_html.sliced(textStart));
        return collapse(QStringView(m_text));
    }

private:
    // Where the markup at m_html[at] == '<' ends; -1 when it is not markup.
    // Sets m_separates when the markup stands between words.
    qsizetype markupEnd(qsizetype at)
    {
        m_separates = false;
        const QChar next = at + 1 < m_html.size() ? m_html[at + 1] : QChar();
        if (next == u'!' || next == u'?')
            return declarationEnd(at);
        const bool endTag = next == u'/';
        if (!endTag && !isAsciiLetter(next))
            return -1;
        const qsizetype nameStart = at + (endTag ? 2 : 1);
        if (nameStart >= m_html.size() || !isAsciiLetter(m_html[nameStart]))
            return -1;
        qsizetype end = tagEnd(nameStart);
        if (end < 0)
            return -1;
        // Every name Docket looks for is short; a longer one matches none.
        char16_t buffer[MaxKnownName + 1];
        qsizetype length = 0;
        for (qsizetype i = nameStart; i < end && isNameChar(m_html[i]) && length <= MaxKnownName; ++i)
            buffer[length++] = m_html[i].toLower().unicode();
        const std::u16string_view name(buffer, static_cast<size_t>(length));
        m_separates = std::binary_search(BlockNames.begin(), BlockNames.end(), name);
        const bool selfClosing = m_html[end - 2] == u'/';
        if (!endTag && !selfClosing && (name == u"script" || name == u"style"))
            end = rawTextEnd(end, QStringView(name.data(), qsizetype(name.size())));
        return end;
    }

    // Comments, CDATA markers, doctypes and processing instructions.
    qsizetype declarationEnd(qsizetype at)
    {
        const QStringView rest = m_html.sliced(at);
        if (rest.startsWith(u"<!--")) {
            const qsizetype close = m_html.indexOf(u"-->", at + 4);
            return close < 0 ? m_html.size() : close + 3; // an open comment hides the rest, as in browsers
        }
        if (rest.startsWith(u"<![CDATA[")) {
            m_inCdata = true;
            return at + 9;
        }
        return m_lastGreater > at ? m_html.indexOf(u'>', at) + 1 : -1;
    }

    // Past the '>' closing a tag whose name starts at from; -1 when no '>'
    // follows at all. A '>' inside a quoted attribute value does not count,
    // until an unclosed quote shows that the quotes cannot be trusted.
    qsizetype tagEnd(qsizetype from)
    {
        if (m_lastGreater < from)
            return -1;
        for (qsizetype i = from; m_trustQuotes && i < m_html.size(); ++i) {
            if (m_html[i] == u'>')
                return i + 1;
            if (m_html[i] != u'=')
                continue;
            while (i + 1 < m_html.size() && isCollapsible(m_html[i + 1]))
                ++i;
            if (i + 1 < m_html.size() && (m_html[i + 1] == u'"' || m_html[i + 1] == u'\'')) {
                const qsizetype close = m_html.indexOf(m_html[i + 1], i + 2);
                if (close < 0)
                    m_trustQuotes = false;
                else
                    i = close;
            }
        }
        m_trustQuotes = false;
        return m_html.indexOf(u'>', from) + 1;
    }

    // Past the end tag of a script or style element whose content starts at
    // from; the end of the input when the element never closes.
    qsizetype rawTextEnd(qsizetype from, QStringView name) const
    {
        for (qsizetype at = m_html.indexOf(u"</", from); at >= 0; at = m_html.indexOf(u"</", at + 2)) {
            const qsizetype after = at + 2 + name.size();
            if (!m_html.sliced(at + 2).startsWith(name, Qt::CaseInsensitive) ||
                (after < m_html.size() && isNameChar(m_html[after])))
                continue;
            const qsizetype close = m_html.indexOf(u'>', after);
            return close < 0 ? m_html.size() : close + 1;
        }
        return m_html.size();
    }

    void appendText(QStringView text)
    {
        if (m_inCdata) {
            const qsizetype close = text.indexOf(u"]]>");
            if (close >= 0) {
                HtmlEntities::decodeAppend(text.first(close), m_text);
                m_inCdata = false;
                text = text.sliced(close + 3);
            }
        }
        HtmlEntities::decodeAppend(text, m_text);
    }

    QStringView m_html;
    qsizetype m_lastGreater; // no tag can close after it
    QString m_text;
    bool m_trustQuotes = true;
    bool m_inCdata = false;
    bool m_separates = false;
};

} // namespace

QString collapse(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *write = out.data();
    qsizetype size = 0;
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isCollapsible(c)) {
            pendingSpace = size > 0;
            continue;
        }
        if (pendingSpace)
            write[size++] = u' ';
        pendingSpace = false;
        write[size++] = c;
    }
    out.truncate(size);
    return out;
}

QString collapse(const QString &text)
{
    bool previousSpace = true; // a leading space needs work too
    for (const QChar c : text) {
        const bool space = isCollapsible(c);
        if (space && (previousSpace || c != u' '))
            return collapse(QStringView(text));
        previousSpace = space;
    }
    if (previousSpace && !text.isEmpty())
        return collapse(QStringView(text));
    return text;
}

QString fromHtml(QStringView html)
{
    return Converter(html).run();
}

} // namespace PlainText
