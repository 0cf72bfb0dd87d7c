#include "xmlrepair.h"

#include "characterreference.h"

#include <QString>
#include <QStringView>

#include <algorithm>
#include <utility>

namespace XmlRepair {

namespace {

using Reference = CharacterReference;

bool isForbidden(char32_t c)
{
    return CharacterReference::isForbiddenInXml(c);
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isXmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// The repaired text, grown by hand: appending a few characters must cost a
// few stores, since a document may need a repair every few characters.
class Output
{
public:
    bool isEmpty() const { return m_size == 0; }
    void reserve(qsizetype capacity)
    {
        m_text.resize(capacity);
        m_data = reinterpret_cast<char16_t *>(m_text.data());
        m_capacity = capacity;
    }
    void append(QStringView text)
    {
        if (m_size + text.size() > m_capacity)
            reserve(qMax(m_capacity * 2, m_size + text.size()));
        std::copy_n(text.utf16(), text.size(), m_data + m_size);
        m_size += text.size();
    }
    bool endsWith(QStringView tail) const { return QStringView(m_data, m_size).endsWith(tail); }
    QString take()
    {
        m_text.truncate(m_size);
        return std::move(m_text);
    }

private:
    QString m_text;
    char16_t *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

// "&#NNN;" for a code point, written into a small buffer.
QStringView numericReference(char32_t codePoint, char16_t (&buffer)[16])
{
    char16_t digits[8];
    int count = 0;
    do {
        digits[count++] = char16_t(u'0' + codePoint % 10);
        codePoint /= 10;
    } while (codePoint > 0);
    qsizetype length = 0;
    buffer[length++] = u'&';
    buffer[length++] = u'#';
    while (count > 0)
        buffer[length++] = digits[--count];
    buffer[length++] = u';';
    return QStringView(buffer, length);
}

class Repairer
{
public:
    Repairer(const QString &text, TextReferences references)
        : m_source(text)
        , m_in(text)
        , m_s(m_in.utf16())
        , m_n(text.size())
        , m_decodeText(references == TextReferences::Decode)
    {
    }

    QString run()
    {
        qsizetype i = 0;
        while (i < m_n)
            i = m_s[i] == u'<' ? markup(i) : text(i);
        if (!m_changed)
            return m_source;
        m_out.append(m_in.sliced(m_copied));
        return m_out.take();
    }

private:
    // Replaces in[from, to) by `with`; the untouched text before it is copied in one piece.
    void replace(qsizetype from, qsizetype to, QStringView with)
    {
        Q_ASSERT(from >= m_copied && to >= from);
        if (!m_changed) {
            m_changed = true;
            // Decoded references shrink the text, CDATA markers grow it a little.
            m_out.reserve(m_n + m_n / 8 + 64);
        }
        m_out.append(m_in.sliced(m_copied, from - m_copied));
        m_out.append(with);
        m_copied = to;
    }

    // Drops in[from, to) but keeps its line breaks, so later line numbers hold.
    void dropKeepingLines(qsizetype from, qsizetype to)
    {
        QString lines;
        for (qsizetype i = from; i < to; ++i) {
            if (m_s[i] == u'\n')
                lines.append(u'\n');
        }
        replace(from, to, lines);
    }

    bool startsWith(qsizetype i, QStringView what, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        return m_in.sliced(i).startsWith(what, cs);
    }

    void dropIfForbidden(qsizetype i)
    {
        const char16_t c = m_s[i];
        if ((c < 0x20 || c >= 0xFFFE) && isForbidden(c))
            replace(i, i + 1, {});
    }

    // Skips to just past `end`, removing forbidden characters on the way; m_n if it never comes.
    qsizetype skipPast(qsizetype i, QStringView end)
    {
        const qsizetype found = m_in.indexOf(end, i);
        const qsizetype stop = found < 0 ? m_n : found;
        for (; i < stop; ++i)
            dropIfForbidden(i);
        return found < 0 ? m_n : found + end.size();
    }

    qsizetype skipQuoted(qsizetype i) const
    {
        const char16_t quote = m_s[i];
        ++i;
        while (i < m_n && m_s[i] != quote)
            ++i;
        return i < m_n ? i + 1 : m_n;
    }

    // Past the end of the <!DOCTYPE that starts at i: quoted strings and the
    // internal subset (with its comments) may hold '>' and ']'.
    qsizetype doctypeEnd(qsizetype i) const
    {
        i += 9;
        while (i < m_n) {
            const char16_t c = m_s[i];
            if (c == u'"' || c == u'\'') {
                i = skipQuoted(i);
            } else if (c == u'[') {
                ++i;
                while (i < m_n && m_s[i] != u']') {
                    if (m_s[i] == u'"' || m_s[i] == u'\'') {
                        i = skipQuoted(i);
                    } else if (startsWith(i, u"<!--")) {
                        const qsizetype end = m_in.indexOf(u"-->", i + 4);
                        i = end < 0 ? m_n : end + 3;
                    } else {
                        ++i;
                    }
                }
                if (i < m_n)
                    ++i;
            } else if (c == u'>') {
                return i + 1;
            } else {
                ++i;
            }
        }
        return m_n;
    }

    // A start or end tag from its '<' to past its '>'; attribute values may
    // hold references and '>'.
    qsizetype tag(qsizetype i)
    {
        ++i;
        while (i < m_n) {
            const char16_t c = m_s[i];
            if (c == u'>')
                return i + 1;
            if (c == u'"' || c == u'\'') {
                ++i;
                while (i < m_n && m_s[i] != c) {
                    if (m_s[i] == u'&') {
                        i = keepReference(i);
                        continue;
                    }
                    if (m_s[i] == u'<')
                        replace(i, i + 1, u"&lt;");
                    else
                        dropIfForbidden(i);
                    ++i;
                }
            } else {
                dropIfForbidden(i);
            }
            ++i;
        }
        return m_n;
    }

    qsizetype markup(qsizetype i)
    {
        if (i + 1 >= m_n) {
            replace(i, i + 1, u"&lt;");
            return i + 1;
        }
        const char16_t next = m_s[i + 1];
        if (next == u'!') {
            if (startsWith(i, u"<!--"))
                return skipPast(i + 4, u"-->");
            if (startsWith(i, u"<![CDATA["))
                return skipPast(i + 9, u"]]>");
            if (startsWith(i, u"<!DOCTYPE", Qt::CaseInsensitive)) {
                const qsizetype end = doctypeEnd(i);
                dropKeepingLines(i, end);
                return end;
            }
            return tag(i);
        }
        if (next == u'?') {
            // XML allows its declaration only as the very first characters;
            // the encoding is already decided, so a late one can go.
            const bool declaration =
                startsWith(i, u"<?xml") && i + 5 < m_n && (isXmlSpace(m_s[i + 5]) || m_s[i + 5] == u'?');
            if (declaration && i > 0) {
                const qsizetype found = m_in.indexOf(u"?>", i + 2);
                const qsizetype end = found < 0 ? m_n : found + 2;
                dropKeepingLines(i, end);
                return end;
            }
            return skipPast(i + 2, u"?>");
        }
        if (next == u'/' || next == u'_' || next == u':' || isAsciiLetter(next) || next >= 0x80)
            return tag(i);
        replace(i, i + 1, u"&lt;");
        return i + 1;
    }

    // Element text up to the next '<'.
    qsizetype text(qsizetype i)
    {
        qsizetype end = i;
        bool references = false;
        bool forbidden = false;
        bool cdataEnd = false; // "]]>" in text is an error; a CDATA section must not hide it
        while (end < m_n) {
            const char16_t c = m_s[end];
            if (c == u'<')
                break;
            if (c == u'&')
                references = true;
            else if (c == u'>' && end - i >= 2 && m_s[end - 1] == u']' && m_s[end - 2] == u']')
                cdataEnd = true;
            else if ((c < 0x20 || c >= 0xFFFE) && isForbidden(c))
                forbidden = true;
            ++end;
        }
        if (!references && !forbidden)
            return end;
        if (m_decodeText && references && !cdataEnd) {
            decodeIntoCdata(i, end);
            return end;
        }
        while (i < end) {
            if (m_s[i] == u'&') {
                i = keepReference(i);
            } else {
                dropIfForbidden(i);
                ++i;
            }
        }
        return end;
    }

    // QXmlStreamReader spends about half a microsecond on each reference in
    // text, and HTML escaped into a feed has one every few characters; the
    // same text as a CDATA section it reads several times faster.
    void decodeIntoCdata(qsizetype from, qsizetype to)
    {
        replace(from, from, u"<![CDATA[");
        qsizetype i = from;
        while (i < to) {
            const char16_t c = m_s[i];
            if (c == u'&') {
                const Reference reference = Reference::read(m_in, i);
                if (reference.kind == Reference::Bare) {
                    ++i;
                } else if (reference.text() == u"\r") {
                    // A CR written as a reference survives XML's line-end
                    // normalisation only outside CDATA.
                    replace(i, reference.end, u"]]>&#13;<![CDATA[");
                    i = reference.end;
                } else {
                    if (reference.text().startsWith(u'>') && endsInBrackets(i))
                        replace(i, i, u"]]><![CDATA[");
                    replace(i, reference.end, reference.text());
                    i = reference.end;
                }
            } else {
                dropIfForbidden(i);
                ++i;
            }
        }
        replace(to, to, u"]]>");
    }

    // Whether the output, with the input up to i still to be copied, ends in
    // "]]": a '>' after it would close the CDATA section.
    bool endsInBrackets(qsizetype i) const
    {
        const qsizetype pending = i - m_copied;
        if (pending >= 2)
            return m_s[i - 1] == u']' && m_s[i - 2] == u']';
        if (pending == 1)
            return m_s[i - 1] == u']' && m_out.endsWith(u"]");
        return m_out.endsWith(u"]]");
    }

    // A reference where XML needs one: kept when XML reads it right,
    // rewritten as numeric references when not, escaped when it is none.
    qsizetype keepReference(qsizetype i)
    {
        const Reference reference = Reference::read(m_in, i);
        switch (reference.kind) {
        case Reference::Bare:
            replace(i, i + 1, u"&amp;");
            return i + 1;
        case Reference::Xml:
            return reference.end;
        case Reference::Rewrite:
            break;
        }
        replace(i, reference.end, {});
        char16_t buffer[16];
        const QStringView text = reference.text();
        for (qsizetype k = 0; k < text.size(); ++k) {
            char32_t codePoint = text[k].unicode();
            if (QChar::isHighSurrogate(codePoint) && k + 1 < text.size()) {
                codePoint = QChar::surrogateToUcs4(text[k].unicode(), text[k + 1].unicode());
                ++k;
            }
            m_out.append(numericReference(codePoint, buffer));
        }
        return reference.end;
    }

    const QString &m_source;
    const QStringView m_in;
    const char16_t *const m_s;
    const qsizetype m_n;
    const bool m_decodeText;
    Output m_out;
    qsizetype m_copied = 0;
    bool m_changed = false;
};

} // namespace

QString repair(const QString &text, TextReferences references)
{
    return Repairer(text, references).run();
}

} // namespace XmlRepair
