#include "htmlsanitizer.h"

#include "htmlallowlist.h"
#include "htmltokenizer.h"

#include <QList>

#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

namespace {

using Token = HtmlTokenizer::Token;
using namespace HtmlAllowlist;

// Characters copied as they are: everything but markup, controls, CR,
// surrogates (checked for pairing) and the two non-characters XML forbids.
bool isPlain(char16_t u)
{
    return u >= 0x20 && u != u'&' && u != u'<' && u != u'>' && u != u'"' && u != 0x7F &&
           (u < 0xD800 || (u > 0xDFFF && u < 0xFFFE));
}

// Text and attribute values as XML and HTML both read them: markup
// characters escaped, characters XML forbids left out, CR LF made LF.
// Runs of plain characters are copied whole.
void appendEscaped(QString &out, QStringView text)
{
    const qsizetype size = text.size();
    qsizetype run = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (isPlain(u))
            continue;
        out.append(text.mid(run, i - run));
        run = i + 1;
        if (u == u'&')
            out.append(u"&amp;");
        else if (u == u'<')
            out.append(u"&lt;");
        else if (u == u'>')
            out.append(u"&gt;");
        else if (u == u'"')
            out.append(u"&quot;");
        else if (u == u'\t' || u == u'\n')
            out.append(c);
        else if (u == u'\r') {
            if (i + 1 >= size || text[i + 1] != u'\n')
                out.append(u'\n');
        } else if (c.isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
            out.append(c);
            out.append(text[++i]);
            run = i + 1;
        }
    }
    out.append(text.mid(run));
}

class Sanitizer
{
public:
    Sanitizer(const QUrl &baseUrl, const HtmlSanitizer::Options &options)
        : m_baseUrl(baseUrl)
        , m_maxDepth(qMax(1, options.maxDepth))
        , m_openCount(std::size_t(HtmlAllowlist::count()), 0)
    {
    }

    QString run(QStringView html)
    {
        m_out.reserve(html.size() + html.size() / 8);
        HtmlTokenizer tokenizer(html);
        while (true) {
            const Token &token = tokenizer.next();
            if (token.kind == HtmlTokenizer::Kind::End)
                break;
            if (m_skipping)
                skip(token);
            else if (token.kind == HtmlTokenizer::Kind::Text)
                appendEscaped(m_out, token.text);
            else if (token.kind == HtmlTokenizer::Kind::StartTag)
                startTag(token);
            else
                endTag(token);
        }
        if (m_skipping)
            finishSkipping();
        closeFrom(0);
        return m_out;
    }

private:
    void skip(const Token &token)
    {
        if (token.name != QStringView(m_skipping->name)) {
            if (m_skipping->action == Action::Media && token.kind == HtmlTokenizer::Kind::StartTag &&
                token.name == u"source" && m_mediaUrl.isEmpty())
                m_mediaUrl = safeUrl(token.attribute(u"src"), m_baseUrl, false).value_or(QString());
            return;
        }
        if (token.kind == HtmlTokenizer::Kind::StartTag && !token.selfClosing)
            ++m_skipDepth;
        else if (token.kind == HtmlTokenizer::Kind::EndTag && --m_skipDepth == 0)
            finishSkipping();
    }

    void finishSkipping()
    {
        if (!m_mediaUrl.isEmpty()) {
            // Links do not nest: the link to the media ends an open one,
            // or, when a table cell keeps that one open, stays plain text.
            closeOpen({u"a"}, {u"table", u"td", u"th", u"caption"});
            const bool link = !isOpen(u"a");
            if (link) {
                m_out.append(u"<a href=\"");
                appendEscaped(m_out, m_mediaUrl);
                m_out.append(u"\">");
            }
            appendEscaped(m_out, m_mediaUrl);
            if (link)
                m_out.append(u"</a>");
        }
        m_skipping = nullptr;
        m_skipDepth = 0;
        m_mediaUrl.clear();
    }

    void startTag(const Token &token)
    {
        const Rule *rule = find(token.name);
        if (!rule)
            return;
        if (rule->action != Action::Keep) {
            m_mediaUrl = rule->action == Action::Media
                             ? safeUrl(token.attribute(u"src"), m_baseUrl, false).value_or(QString())
                             : QString();
            m_skipping = rule;
            m_skipDepth = 1;
            // A self-closed raw-text element (<script/>) still has content
            // up to its end tag, as browsers read it; a self-closed <svg/>
            // has none.
            if (token.selfClosing && !HtmlTokenizer::isRawTextElement(token.name))
                finishSkipping();
            return;
        }
        closeImpliedElements(*rule);
        if ((rule->flags & InTable) && !isOpen(u"table"))
            return;
        if (rule->name == u"img") {
            writeImage(token);
            return;
        }
        if (rule->flags & Void) {
            m_out.append(u'<').append(outputName(*rule)).append(u"/>");
            return;
        }
        if (m_stack.size() >= m_maxDepth)
            return;
        QString attributes;
        if (rule->attributes & Href) {
            const auto href = safeUrl(token.attribute(u"href"), m_baseUrl, true);
            if (!href)
                return; // an anchor that goes nowhere safe is plain text
            appendAttribute(attributes, u"href", *href);
        }
        appendCommonAttributes(attributes, *rule, token);
        m_out.append(u'<').append(outputName(*rule)).append(attributes).append(u'>');
        if (rule->name == u"q")
            m_out.append(QChar(0x201C));
        m_stack.append(rule);
        countOpen(rule, 1);
        if (token.selfClosing)
            closeFrom(m_stack.size() - 1);
    }

    void endTag(const Token &token)
    {
        const Rule *rule = find(token.name);
        if (!rule || rule->action != Action::Keep)
            return;
        if (rule->name == u"br") { // browsers read </br> as <br>
            m_out.append(u"<br/>");
            return;
        }
        if (m_openCount[indexOf(rule)] == 0)
            return;
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (m_stack[i] == rule) {
                closeFrom(i);
                return;
            }
            // Formatting does not reach out of a table cell.
            if ((rule->flags & Inline) && isTableBoundary(*m_stack[i]))
                return;
        }
    }

    // HTML's implied end tags, the ones that matter for article markup: a
    // new block ends an open paragraph, a new list item the previous one, a
    // new row or cell the previous row or cell, a new link an open link.
    void closeImpliedElements(const Rule &rule)
    {
        if (rule.flags & ClosesP)
            closeOpen({u"p"}, {u"table", u"td", u"th", u"caption"});
        const std::u16string_view name = rule.name;
        if (name == u"li")
            closeOpen({u"li"}, {u"ul", u"ol", u"table", u"td", u"th", u"caption"});
        else if (name == u"dt" || name == u"dd")
            closeOpen({u"dt", u"dd"}, {u"dl", u"table", u"td", u"th", u"caption"});
        else if (name == u"tr")
            closeOpen({u"tr"}, {u"table", u"thead", u"tbody", u"tfoot"});
        else if (name == u"td" || name == u"th")
            closeOpen({u"td", u"th"}, {u"tr", u"table"});
        else if (name == u"thead" || name == u"tbody" || name == u"tfoot" || name == u"caption")
            closeOpen({u"thead", u"tbody", u"tfoot", u"caption"}, {u"table"});
        else if (name == u"a")
            closeOpen({u"a"}, {u"table", u"td", u"th", u"caption"});
    }

    // Closes the innermost open element named in `targets`, and everything
    // inside it, unless one named in `boundaries` comes first. The walk is
    // at most maxDepth long, and skipped when no target is open at all.
    void closeOpen(std::initializer_list<std::u16string_view> targets,
                   std::initializer_list<std::u16string_view> boundaries)
    {
        bool anyOpen = false;
        for (const auto &target : targets)
            anyOpen = anyOpen || isOpen(target);
        if (!anyOpen)
            return;
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            const std::u16string_view name = outputName(*m_stack[i]);
            for (const auto &target : targets) {
                if (name == target) {
                    closeFrom(i);
                    return;
                }
            }
            for (const auto &boundary : boundaries) {
                if (name == boundary)
                    return;
            }
        }
    }

    bool isOpen(std::u16string_view name) const
    {
        const Rule *rule = find(QStringView(name));
        return rule && m_openCount[indexOf(rule)] > 0;
    }

    static bool isTableBoundary(const Rule &rule)
    {
        return rule.name == u"table" || rule.name == u"td" || rule.name == u"th" || rule.name == u"caption";
    }

    static std::u16string_view outputName(const Rule &rule)
    {
        return rule.output.empty() ? rule.name : rule.output;
    }

    // An element written under another name counts as open under both: a
    // <figcaption> written as <p> is ended by a new block like any <p>, so
    // the output never nests paragraphs.
    void countOpen(const Rule *rule, int change)
    {
        m_openCount[indexOf(rule)] += change;
        if (!rule->output.empty())
            m_openCount[indexOf(find(QStringView(rule->output)))] += change;
    }

    void closeFrom(qsizetype index)
    {
        while (m_stack.size() > index) {
            const Rule *rule = m_stack.takeLast();
            countOpen(rule, -1);
            if (rule->name == u"q")
                m_out.append(QChar(0x201D));
            m_out.append(u"</").append(outputName(*rule)).append(u'>');
        }
    }

    void writeImage(const Token &token)
    {
        const auto src = safeUrl(token.attribute(u"src"), m_baseUrl, false);
        if (!src)
            return;
        const auto width = pixels(token.attribute(u"width"));
        const auto height = pixels(token.attribute(u"height"));
        // Tracking pixels: invisible images whose only job is to report
        // that the article was read.
        if ((width && *width == 0) || (height && *height == 0) ||
            (width && height && *width <= 1 && *height <= 1))
            return;
        QString attributes;
        appendAttribute(attributes, u"src", *src);
        appendCommonAttributes(attributes, *find(u"img"), token);
        m_out.append(u"<img").append(attributes).append(u"/>");
    }

    static void appendCommonAttributes(QString &out, const Rule &rule, const Token &token)
    {
        const auto copy = [&](QStringView name, const std::optional<QString> &value) {
            if (value)
                appendAttribute(out, name, *value);
        };
        const auto text = [&](QStringView name) -> std::optional<QString> {
            if (!token.hasAttribute(name))
                return std::nullopt;
            return token.attribute(name);
        };
        if (rule.attributes & Alt)
            copy(u"alt", text(u"alt"));
        if (rule.attributes & Title)
            copy(u"title", text(u"title"));
        if (rule.attributes & Size) {
            copy(u"width", length(token.attribute(u"width")));
            copy(u"height", length(token.attribute(u"height")));
        }
        if (rule.attributes & Span) {
            copy(u"colspan", integer(token.attribute(u"colspan"), 1, 1000));
            copy(u"rowspan", integer(token.attribute(u"rowspan"), 1, 1000));
        }
        if (rule.attributes & Align)
            copy(u"align", alignment(token.attribute(u"align")));
        if (rule.attributes & Start)
            copy(u"start", integer(token.attribute(u"start"), -999999999, 999999999));
        if (rule.attributes & TableSpacing) {
            copy(u"border", integer(token.attribute(u"border"), 0, 100));
            copy(u"cellpadding", integer(token.attribute(u"cellpadding"), 0, 100));
            copy(u"cellspacing", integer(token.attribute(u"cellspacing"), 0, 100));
        }
    }

    static void appendAttribute(QString &out, QStringView name, QStringView value)
    {
        out.append(u' ').append(name).append(u"=\"");
        appendEscaped(out, value);
        out.append(u'"');
    }

    const QUrl m_baseUrl;
    const qsizetype m_maxDepth;
    QString m_out;
    QList<const Rule *> m_stack;
    std::vector<int> m_openCount; // per rule, so "is a <p> open?" costs nothing
    const Rule *m_skipping = nullptr;
    int m_skipDepth = 0;
    QString m_mediaUrl;
};

} // namespace

namespace HtmlSanitizer {

QString sanitize(QStringView html, const QUrl &baseUrl, const Options &options)
{
    return Sanitizer(baseUrl, options).run(html);
}

} // namespace HtmlSanitizer
