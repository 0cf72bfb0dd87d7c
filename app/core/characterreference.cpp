#include "characterreference.h"

#include "htmlentities.h"

#include <QChar>
#include <QString>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace {

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(char16_t c, bool hex)
{
    if (isAsciiDigit(c))
        return c - u'0';
    if (hex && c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (hex && c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// What browsers show for &#128;..&#159;: publishers who wrote windows-1252
// text by hand mean these characters, not C1 controls.
constexpr std::array<char16_t, 32> windows1252 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// The longest name HTML defines has 31 characters; longer runs are text.
constexpr qsizetype maxNameLength = 40;

void setText(CharacterReference &reference, char32_t codePoint)
{
    const auto utf16 = QChar::fromUcs4(codePoint);
    reference.length = utf16.size();
    std::copy_n(utf16.chars, reference.length, reference.characters);
}

CharacterReference readNumeric(QStringView text, qsizetype at)
{
    qsizetype k = at + 2;
    const bool hex = k < text.size() && (text[k] == u'x' || text[k] == u'X');
    if (hex)
        ++k;
    const qsizetype digitsStart = k;
    char32_t value = 0;
    bool tooLarge = false;
    for (; k < text.size(); ++k) {
        const int digit = digitValue(text[k].unicode(), hex);
        if (digit < 0)
            break;
        value = value * (hex ? 16 : 10) + char32_t(digit);
        if (value > 0x10FFFF) {
            tooLarge = true;
            value = 0x10FFFF;
        }
    }
    if (k == digitsStart || k >= text.size() || text[k] != u';')
        return {};
    CharacterReference reference;
    reference.kind = CharacterReference::Rewrite;
    reference.end = k + 1;
    if (tooLarge || value == 0 || (value >= 0xD800 && value <= 0xDFFF)) {
        setText(reference, QChar::ReplacementCharacter);
    } else if (value >= 0x80 && value <= 0x9F) {
        setText(reference, windows1252[value - 0x80]);
    } else if (!CharacterReference::isForbiddenInXml(value)) {
        reference.kind = CharacterReference::Xml;
        setText(reference, value);
    }
    return reference;
}

} // namespace

CharacterReference CharacterReference::read(QStringView text, qsizetype at)
{
    if (at + 1 < text.size() && text[at + 1] == u'#')
        return readNumeric(text, at);
    qsizetype k = at + 1;
    while (k < text.size() && k - at <= maxNameLength &&
           (isAsciiLetter(text[k].unicode()) || isAsciiDigit(text[k].unicode())))
        ++k;
    const qsizetype nameLength = k - at - 1;
    if (nameLength == 0 || !isAsciiLetter(text[at + 1].unicode()) || k >= text.size() || text[k] != u';')
        return {};
    const QStringView name = text.sliced(at + 1, nameLength);
    static constexpr std::array<std::pair<QStringView, char16_t>, 5> xml = {
        {{u"amp", u'&'}, {u"lt", u'<'}, {u"gt", u'>'}, {u"quot", u'"'}, {u"apos", u'\''}}};
    CharacterReference reference;
    reference.end = k + 1;
    for (const auto &[xmlName, character] : xml) {
        if (name == xmlName) {
            reference.kind = Xml;
            setText(reference, character);
            return reference;
        }
    }
    const std::optional<QString> value = HtmlEntities::lookup(name);
    if (!value || value->isEmpty() || value->size() > 4)
        return {};
    reference.kind = Rewrite;
    reference.length = value->size();
    std::copy_n(value->utf16(), value->size(), reference.characters);
    return reference;
}
