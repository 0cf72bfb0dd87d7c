#include "htmltokenizer.h"

#include "htmlentities.h"

#include <array>
#include <optional>
#include <string_view>

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

// HTML folds only ASCII letters in tag and attribute names.
void appendLowerAscii(QString &out, QStringView text)
{
    const qsizetype start = out.size();
    out.append(text);
    for (qsizetype i = start; i < out.size(); ++i) {
        const QChar c = out[i];
        if (c >= u'A' && c <= u'Z')
            out[i] = QChar(c.unicode() + 32);
    }
}

} // namespace

bool HtmlTokenizer::isRawTextElement(QStringView name)
{
    static constexpr std::array<std::u16string_view, 9> names = {
        u"script", u"style", u"xmp", u"iframe", u"noembed", u"noframes", u"noscript", u"textarea", u"title"};
    for (const auto &candidate : names) {
        if (name == QStringView(candidate))
            return true;
    }
    return false;
}

namespace {

// What &#128; to &#159; mean in HTML: the windows-1252 characters.
constexpr std::array<char16_t, 32> windows1252 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void appendCodePoint(QString &out, char32_t value)
{
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        value = 0xFFFD;
    else if (value >= 0x80 && value <= 0x9F)
        value = windows1252[value - 0x80];
    if (value > 0xFFFF) {
        out.append(QChar::highSurrogate(value));
        out.append(QChar::lowSurrogate(value));
    } else {
        out.append(QChar(char16_t(value)));
    }
}

// Reads "&#...;" at text[at]; returns how many characters it took (0: none).
qsizetype readNumericReference(QStringView text, qsizetype at, QString &out)
{
    qsizetype i = at + 2;
    const bool hex = i < text.size() && (text[i] == u'x' || text[i] == u'X');
    if (hex)
        ++i;
    const qsizetype digitsStart = i;
    char32_t value = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (hex && c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (hex && c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        if (digit < 0)
            break;
        if (value <= 0x10FFFF) // past that the value is only ever U+FFFD
            value = value * (hex ? 16 : 10) + char32_t(digit);
    }
    if (i == digitsStart)
        return 0;
    if (i < text.size() && text[i] == u';')
        ++i;
    appendCodePoint(out, value);
    return i - at;
}

std::optional<QString> lookupName(QStringView name)
{
    // The five XML names first, so markup-significant characters decode
    // whatever the full table holds.
    if (name == u"amp")
        return QStringLiteral("&");
    if (name == u"lt")
        return QStringLiteral("<");
    if (name == u"gt")
        return QStringLiteral(">");
    if (name == u"quot")
        return QStringLiteral("\"");
    if (name == u"apos")
        return QStringLiteral("'");
    if (name == u"nbsp")
        return QString(QChar(0x00A0));
    return HtmlEntities::lookup(name);
}

// The references browsers still honour without a ';' (the common part of the
// HTML5 legacy list), longest first so "&nbsp" is not read as "&nb...".
constexpr std::array<std::u16string_view, 11> legacyNames = {
    u"nbsp", u"quot", u"QUOT", u"copy", u"amp", u"AMP", u"reg", u"REG", u"lt", u"LT", u"gt"};

qsizetype readNamedReference(QStringView text, qsizetype at, bool inAttribute, QString &out)
{
    qsizetype end = at + 1;
    while (end < text.size() && end - at <= 32 && isAsciiAlnum(text[end]))
        ++end;
    const QStringView name = text.mid(at + 1, end - at - 1);
    if (name.isEmpty())
        return 0;
    if (end < text.size() && text[end] == u';') {
        if (const auto decoded = lookupName(name)) {
            out.append(*decoded);
            return end + 1 - at;
        }
    }
    for (const auto &legacy : legacyNames) {
        const QStringView candidate(legacy);
        if (!name.startsWith(candidate))
            continue;
        const qsizetype after = at + 1 + candidate.size();
        if (inAttribute && after < text.size() && (isAsciiAlnum(text[after]) || text[after] == u'='))
            return 0;
        const auto decoded = lookupName(candidate.toString().toLower());
        if (!decoded)
            return 0;
        out.append(*decoded);
        return after - at;
    }
    return 0;
}

} // namespace

QString HtmlTokenizer::Token::attribute(QStringView attributeName) const
{
    for (const Attribute &attribute : attributes) {
        if (attribute.name == attributeName)
            return attribute.value;
    }
    return {};
}

bool HtmlTokenizer::Token::hasAttribute(QStringView attributeName) const
{
    for (const Attribute &attribute : attributes) {
        if (attribute.name == attributeName)
            return true;
    }
    return false;
}

HtmlTokenizer::HtmlTokenizer(QStringView html) : m_html(html)
{
}

QString HtmlTokenizer::decodeReferences(QStringView text, bool inAttribute)
{
    QString out;
    appendDecoded(out, text, inAttribute);
    return out;
}

void HtmlTokenizer::appendDecoded(QString &out, QStringView text, bool inAttribute)
{
    qsizetype i = text.indexOf(u'&');
    if (i < 0) {
        out.append(text);
        return;
    }
    out.reserve(out.size() + text.size());
    out.append(text.left(i));
    while (i < text.size()) {
        const qsizetype amp = text.indexOf(u'&', i);
        if (amp < 0) {
            out.append(text.mid(i));
            break;
        }
        out.append(text.mid(i, amp - i));
        const bool numeric = amp + 1 < text.size() && text[amp + 1] == u'#';
        const qsizetype taken =
            numeric ? readNumericReference(text, amp, out) : readNamedReference(text, amp, inAttribute, out);
        if (taken == 0) {
            out.append(u'&');
            i = amp + 1;
        } else {
            i = amp + taken;
        }
    }
}

const HtmlTokenizer::Token &HtmlTokenizer::next()
{
    // One token is reused, so its strings keep their buffers from one call
    // to the next: most tokens cost no allocation at all.
    m_token.kind = Kind::End;
    m_token.name.resize(0);
    m_token.text.resize(0);
    m_token.attributes.clear();
    m_token.selfClosing = false;
    if (m_plainText) {
        if (m_pos < m_html.size()) {
            m_token.kind = Kind::Text;
            m_token.text.append(m_html.mid(m_pos));
            m_pos = m_html.size();
        }
        return m_token;
    }
    if (!m_rawTextEnd.isEmpty()) {
        readRawText();
        if (!m_token.text.isEmpty())
            return m_token;
        m_token.kind = Kind::End;
    }
    while (m_pos < m_html.size()) {
        if (m_html[m_pos] != u'<' || m_pos + 1 >= m_html.size())
            return readText();
        const QChar after = m_html[m_pos + 1];
        if (isAsciiAlpha(after)) {
            m_token.kind = Kind::StartTag;
            if (!readTag(m_token))
                return endOfInput();
            if (m_token.name == u"plaintext")
                m_plainText = true;
            else if (isRawTextElement(m_token.name))
                m_rawTextEnd = m_token.name;
            return m_token;
        }
        if (after == u'/') {
            if (m_pos + 2 >= m_html.size())
                return readText();
            const QChar first = m_html[m_pos + 2];
            if (isAsciiAlpha(first)) {
                m_token.kind = Kind::EndTag;
                if (!readTag(m_token))
                    return endOfInput();
                return m_token;
            }
            if (first == u'>')
                m_pos += 3;
            else
                skipBogusComment();
            continue;
        }
        if (after == u'!' && m_html.mid(m_pos, 4) == u"<!--")
            skipComment();
        else if (after == u'!' || after == u'?')
            skipBogusComment();
        else
            return readText();
    }
    return m_token;
}

const HtmlTokenizer::Token &HtmlTokenizer::endOfInput()
{
    m_token.kind = Kind::End;
    m_token.name.resize(0);
    m_token.attributes.clear();
    m_token.selfClosing = false;
    return m_token;
}

const HtmlTokenizer::Token &HtmlTokenizer::readText()
{
    // Text runs to the next '<' that opens markup; the first character is
    // text even when it is a '<' that opens nothing.
    qsizetype end = m_pos + 1;
    while (true) {
        end = m_html.indexOf(u'<', end);
        if (end < 0) {
            end = m_html.size();
            break;
        }
        if (end + 1 < m_html.size()) {
            const QChar after = m_html[end + 1];
            if (isAsciiAlpha(after) || after == u'!' || after == u'?' ||
                (after == u'/' && end + 2 < m_html.size()))
                break;
        }
        ++end;
    }
    m_token.kind = Kind::Text;
    appendDecoded(m_token.text, m_html.mid(m_pos, end - m_pos), false);
    m_pos = end;
    return m_token;
}

void HtmlTokenizer::readRawText()
{
    // The content ends at the first "</name" followed by a space, '/' or '>'.
    const qsizetype start = m_pos;
    qsizetype end = m_pos;
    while (true) {
        end = m_html.indexOf(u"</", end);
        if (end < 0) {
            end = m_html.size();
            break;
        }
        const qsizetype afterName = end + 2 + m_rawTextEnd.size();
        if (afterName < m_html.size() &&
            m_html.mid(end + 2, m_rawTextEnd.size()).compare(m_rawTextEnd, Qt::CaseInsensitive) == 0 &&
            (isSpace(m_html[afterName]) || m_html[afterName] == u'/' || m_html[afterName] == u'>'))
            break;
        end += 2;
    }
    const bool decoded = m_rawTextEnd == u"textarea" || m_rawTextEnd == u"title";
    m_rawTextEnd.clear();
    m_pos = end;
    m_token.kind = Kind::Text;
    const QStringView content = m_html.mid(start, end - start);
    if (decoded)
        appendDecoded(m_token.text, content, false);
    else
        m_token.text.append(content);
}

bool HtmlTokenizer::readTag(Token &token)
{
    const qsizetype size = m_html.size();
    qsizetype i = m_pos + (token.kind == Kind::EndTag ? 2 : 1);
    const qsizetype nameStart = i;
    while (i < size && !isSpace(m_html[i]) && m_html[i] != u'/' && m_html[i] != u'>')
        ++i;
    appendLowerAscii(token.name, m_html.mid(nameStart, i - nameStart));

    while (true) {
        while (i < size && isSpace(m_html[i]))
            ++i;
        if (i >= size)
            break;
        if (m_html[i] == u'>') {
            m_pos = i + 1;
            return true;
        }
        if (m_html[i] == u'/') {
            ++i;
            if (i < size && m_html[i] == u'>')
                token.selfClosing = true;
            continue;
        }
        // An attribute name may begin with '=' and holds anything up to a
        // space, '/', '>' or '='.
        const qsizetype attrStart = i++;
        while (i < size && !isSpace(m_html[i]) && m_html[i] != u'/' && m_html[i] != u'>' && m_html[i] != u'=')
            ++i;
        const QStringView attrName = m_html.mid(attrStart, i - attrStart);
        while (i < size && isSpace(m_html[i]))
            ++i;
        QStringView rawValue;
        if (i < size && m_html[i] == u'=') {
            ++i;
            while (i < size && isSpace(m_html[i]))
                ++i;
            if (i < size && (m_html[i] == u'"' || m_html[i] == u'\'')) {
                const qsizetype close = m_html.indexOf(m_html[i], i + 1);
                if (close < 0)
                    break;
                rawValue = m_html.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < size && !isSpace(m_html[i]) && m_html[i] != u'>')
                    ++i;
                rawValue = m_html.mid(valueStart, i - valueStart);
            }
        }
        if (token.kind == Kind::EndTag || token.attributes.size() >= maxAttributes)
            continue;
        QString name;
        appendLowerAscii(name, attrName);
        if (token.hasAttribute(name))
            continue; // the first of duplicate attributes wins, as in browsers
        token.attributes.append({std::move(name), decodeReferences(rawValue, true)});
    }
    // The input ended inside the tag: browsers drop such a tag, and so does Docket.
    m_pos = size;
    return false;
}

void HtmlTokenizer::skipComment()
{
    // "<!-->" and "<!--->" are whole (empty) comments; otherwise the comment
    // ends at "-->" or "--!>", or runs to the end of the input.
    const qsizetype size = m_html.size();
    qsizetype i = m_pos + 4;
    if (i < size && m_html[i] == u'>') {
        m_pos = i + 1;
        return;
    }
    if (i + 1 < size && m_html[i] == u'-' && m_html[i + 1] == u'>') {
        m_pos = i + 2;
        return;
    }
    for (; i + 2 < size; ++i) {
        if (m_html[i] != u'-' || m_html[i + 1] != u'-')
            continue;
        if (m_html[i + 2] == u'>') {
            m_pos = i + 3;
            return;
        }
        if (i + 3 < size && m_html[i + 2] == u'!' && m_html[i + 3] == u'>') {
            m_pos = i + 4;
            return;
        }
    }
    m_pos = size;
}

void HtmlTokenizer::skipBogusComment()
{
    const qsizetype close = m_html.indexOf(u'>', m_pos + 1);
    m_pos = close < 0 ? m_html.size() : close + 1;
}
