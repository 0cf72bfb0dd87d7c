#include "htmlentities.h"

#include "textdecoder.h"

#include <algorithm>

namespace HtmlEntities {

namespace {

// The longest name is "CounterClockwiseContourIntegral" (31 letters).
constexpr qsizetype MaxNameLength = 32;
constexpr char32_t MaxCodePoint = 0x10FFFF;
constexpr char16_t ReplacementCharacter = 0xFFFD;

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

const NamedReference *find(QStringView name)
{
    if (name.isEmpty() || name.size() > MaxNameLength)
        return nullptr;
    char ascii[MaxNameLength];
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!isAsciiAlnum(name[i].unicode()))
            return nullptr;
        ascii[i] = static_cast<char>(name[i].unicode());
    }
    const std::string_view key(ascii, static_cast<size_t>(name.size()));
    const auto table = namedReferences();
    const auto it =
        std::lower_bound(table.begin(), table.end(), key,
                         [](const NamedReference &entry, std::string_view k) { return entry.name < k; });
    if (it == table.end() || it->name != key)
        return nullptr;
    return &*it;
}

void appendCodePoint(QString &out, char32_t codePoint)
{
    if (QChar::requiresSurrogates(codePoint)) {
        out.append(QChar(QChar::highSurrogate(codePoint)));
        out.append(QChar(QChar::lowSurrogate(codePoint)));
    } else {
        out.append(QChar(static_cast<char16_t>(codePoint)));
    }
}

// The character a numeric reference stands for, following the HTML rules
// that browsers apply, so a feed reads as it would on the publisher's site.
char32_t numericReferenceValue(char32_t value)
{
    if (value == 0 || value > MaxCodePoint || QChar::isSurrogate(value))
        return ReplacementCharacter;
    if (value >= 0x80 && value <= 0x9F)
        return TextDecoder::fromWindows1252(static_cast<uchar>(value));
    return value;
}

// Reads a reference starting at text[at] == '&'. On success appends what it
// stands for and returns the index just past the ';'; otherwise returns at.
qsizetype decodeReferenceAt(QStringView text, qsizetype at, QString &out)
{
    const qsizetype size = text.size();
    qsizetype i = at + 1;
    if (i < size && text[i] == u'#') {
        ++i;
        const bool hex = i < size && (text[i] == u'x' || text[i] == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        for (; i < size; ++i) {
            const int digit = hex ? hexValue(text[i].unicode())
                                  : (text[i] >= u'0' && text[i] <= u'9' ? text[i].unicode() - u'0' : -1);
            if (digit < 0)
                break;
            // Saturate instead of overflowing: any longer number is out of range anyway.
            value = value > MaxCodePoint ? value : value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
        }
        if (i == digitsStart || i >= size || text[i] != u';')
            return at;
        appendCodePoint(out, numericReferenceValue(value));
        return i + 1;
    }
    const qsizetype nameStart = i;
    while (i < size && isAsciiAlnum(text[i].unicode()))
        ++i;
    if (i >= size || text[i] != u';')
        return at;
    const NamedReference *entry = find(text.sliced(nameStart, i - nameStart));
    if (!entry)
        return at;
    appendCodePoint(out, entry->first);
    if (entry->second)
        appendCodePoint(out, entry->second);
    return i + 1;
}

} // namespace

std::optional<QString> lookup(QStringView name)
{
    const NamedReference *entry = find(name);
    if (!entry)
        return std::nullopt;
    QString text;
    appendCodePoint(text, entry->first);
    if (entry->second)
        appendCodePoint(text, entry->second);
    return text;
}

void decodeAppend(QStringView text, QString &out)
{
    qsizetype copied = 0;
    qsizetype amp = text.indexOf(u'&');
    while (amp >= 0) {
        out.append(text.sliced(copied, amp - copied));
        const qsizetype next = decodeReferenceAt(text, amp, out);
        if (next == amp) {
            // Not a reference: keep the '&' and carry on after it.
            out.append(QChar(u'&'));
            copied = amp + 1;
        } else {
            copied = next;
        }
        amp = text.indexOf(u'&', copied);
    }
    out.append(text.sliced(copied));
}

QString decode(QStringView text)
{
    QString out;
    out.reserve(text.size());
    decodeAppend(text, out);
    return out;
}

QString decode(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    return decode(QStringView(text));
}

} // namespace HtmlEntities
