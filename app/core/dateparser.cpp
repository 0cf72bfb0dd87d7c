#include "dateparser.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <bit>
#include <string_view>

// One pass turns the text into a few tokens (numbers, words, punctuation) held
// in a fixed array; a small reader then matches the shapes feeds write. Nothing
// is allocated and no regular expression runs: this is called for every item
// of every poll.

namespace {

// Dates are short; anything longer is not one. Looking at no more than this
// keeps every call cheap whatever a feed sends.
constexpr qsizetype MaxLength = 200;
constexpr int MaxTokens = 32;

// Words are compared as up to 12 upper-case ASCII letters packed five bits
// each into an integer, so matching a month or a zone is an integer compare.
constexpr int MaxPackedLetters = 12;

consteval quint64 pack(std::string_view word)
{
    quint64 key = 0;
    for (const char c : word)
        key = (key << 5) | quint64(c - 'A' + 1);
    return key;
}

// English names: twelve months, then seven weekdays.
constexpr std::array<quint64, 19> names{
    pack("JANUARY"),  pack("FEBRUARY"), pack("MARCH"),    pack("APRIL"),     pack("MAY"),
    pack("JUNE"),     pack("JULY"),     pack("AUGUST"),   pack("SEPTEMBER"), pack("OCTOBER"),
    pack("NOVEMBER"), pack("DECEMBER"), pack("MONDAY"),   pack("TUESDAY"),   pack("WEDNESDAY"),
    pack("THURSDAY"), pack("FRIDAY"),   pack("SATURDAY"), pack("SUNDAY")};

// Whether a word of that many letters is the name or its first three or more
// letters, as in Jan, Sept, Tues, Thurs.
bool abbreviates(quint64 key, int letters, quint64 name)
{
    const int nameLetters = (std::bit_width(name) + 4) / 5;
    return letters >= 3 && letters <= nameLetters && name >> (5 * (nameLetters - letters)) == key;
}

struct Zone
{
    quint64 key;
    int minutes;
};

// The abbreviations feeds really write. Where one is ambiguous the reading most
// feeds mean wins: CST and AST are North American, IST is India, GST the Gulf.
// Sorted by key when compiled, so a word is looked up by binary search.
constexpr auto zones = [] {
    auto table = std::to_array<Zone>({
        {pack("Z"), 0},       {pack("UT"), 0},      {pack("UTC"), 0},     {pack("GMT"), 0},
        {pack("UCT"), 0},     {pack("EST"), -300},  {pack("EDT"), -240},  {pack("CST"), -360},
        {pack("CDT"), -300},  {pack("MST"), -420},  {pack("MDT"), -360},  {pack("PST"), -480},
        {pack("PDT"), -420},  {pack("AKST"), -540}, {pack("AKDT"), -480}, {pack("HST"), -600},
        {pack("HAST"), -600}, {pack("HADT"), -540}, {pack("AST"), -240},  {pack("ADT"), -180},
        {pack("NST"), -210},  {pack("NDT"), -150},  {pack("BRT"), -180},  {pack("BRST"), -120},
        {pack("ART"), -180},  {pack("WET"), 0},     {pack("WEST"), 60},   {pack("BST"), 60},
        {pack("IST"), 330},   {pack("CET"), 60},    {pack("CEST"), 120},  {pack("MET"), 60},
        {pack("MEST"), 120},  {pack("MEZ"), 60},    {pack("MESZ"), 120},  {pack("EET"), 120},
        {pack("EEST"), 180},  {pack("MSK"), 180},   {pack("WAT"), 60},    {pack("CAT"), 120},
        {pack("EAT"), 180},   {pack("SAST"), 120},  {pack("IDT"), 180},   {pack("GST"), 240},
        {pack("PKT"), 300},   {pack("NPT"), 345},   {pack("ICT"), 420},   {pack("WIB"), 420},
        {pack("HKT"), 480},   {pack("SGT"), 480},   {pack("PHT"), 480},   {pack("AWST"), 480},
        {pack("JST"), 540},   {pack("KST"), 540},   {pack("ACST"), 570},  {pack("ACDT"), 630},
        {pack("AEST"), 600},  {pack("AEDT"), 660},  {pack("NZST"), 720},  {pack("NZDT"), 780},
    });
    std::ranges::sort(table, {}, &Zone::key);
    return table;
}();

enum class Kind : quint8 { Number, Word, Punct };
enum class Meaning : quint8 { None, Month, Weekday, Zone };

// Left uninitialised in the reader's array until tokenize() fills it, so a
// call pays only for the tokens its text has. Only punctuation has a punct
// and only words have a key: the reader tests those alone.
struct Token
{
    Kind kind;
    bool spaceBefore;
    bool upperCase; // a Word written all in capitals
    char16_t punct;
    int length;      // digits of a Number, letters of a Word
    qint64 value;    // a Number's value (of its first nine digits)
    quint64 key;     // a Word's packed letters; 0 when too long to pack
    Meaning meaning; // what a Word names, if anything
    int meant;       // the month's number, or the zone's offset in minutes
};

// What the reader sees past the last token.
constexpr Token endOfText{Kind::Punct, false, false, 0, 0, 0, 0, Meaning::None, 0};

void setMeaning(Token &token)
{
    if (const auto zone = std::ranges::lower_bound(zones, token.key, {}, &Zone::key);
        zone != zones.end() && zone->key == token.key) {
        token.meaning = Meaning::Zone;
        token.meant = zone->minutes;
        return;
    }
    for (size_t i = 0; i < names.size(); ++i) {
        if (abbreviates(token.key, token.length, names[i])) {
            token.meaning = i < 12 ? Meaning::Month : Meaning::Weekday;
            token.meant = int(i) + 1;
            return;
        }
    }
}

// Reads one date: tokenize() once, then read() matches the forms.
class Reader
{
public:
    bool tokenize(QStringView text);
    bool read();
    QDateTime toUtc() const;

private:
    // \t \n \v \f \r are adjacent.
    static bool isSpace(char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r') || c == 0xa0; }
    static bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
    static bool isLetter(char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }

    const Token &peek(int ahead = 0) const
    {
        return m_at + ahead < m_count ? m_tokens[m_at + ahead] : endOfText;
    }
    bool atEnd() const { return m_at == m_count; }
    bool isPunct(char16_t c, int ahead = 0) const { return peek(ahead).punct == c; }
    bool isWord(quint64 key, int ahead = 0) const { return peek(ahead).key == key; }
    bool isSign(int ahead = 0) const { return isPunct(u'+', ahead) || isPunct(u'-', ahead); }
    int monthAt() const { return peek().meaning == Meaning::Month ? peek().meant : 0; }
    const Token *number(int minDigits, int maxDigits, int ahead = 0) const
    {
        const Token &token = peek(ahead);
        const bool fits =
            token.kind == Kind::Number && token.length >= minDigits && token.length <= maxDigits;
        return fits ? &token : nullptr;
    }
    // Reads a number of that many digits into field.
    bool take(int minDigits, int maxDigits, int &field)
    {
        const Token *token = number(minDigits, maxDigits);
        if (!token)
            return false;
        field = int(token->value);
        ++m_at;
        return true;
    }
    bool skipPunct(char16_t c)
    {
        if (!isPunct(c))
            return false;
        ++m_at;
        return true;
    }
    void skipCommas()
    {
        while (skipPunct(u','))
            ;
    }
    bool skipDateSeparator() { return skipPunct(u'-') || skipPunct(u'/') || skipPunct(u'.'); }
    void skipOrdinalSuffix();

    bool readDate();
    bool readYearFirst();
    bool readDayFirst();
    bool readMonthFirst();
    bool readTimeAndZone();
    bool readTime(bool allowBasic);
    bool readMeridiem();
    bool readZone();
    bool readOffset(int sign);

    std::array<Token, MaxTokens> m_tokens;
    int m_count = 0;
    int m_at = 0;

    int m_year = 0, m_month = 1, m_day = 1;
    int m_hour = 0, m_minute = 0, m_second = 0;
    int m_offsetSeconds = 0;
    bool m_hasZone = false;
};

// Comments in parentheses ("(UTC)", "(Pacific Standard Time)") count as space,
// as RFC 2822 says; an unclosed one runs to the end.
bool Reader::tokenize(QStringView text)
{
    // Trim at most MaxLength on each side so the work stays bounded.
    qsizetype begin = 0;
    qsizetype size = text.size();
    while (begin < size && begin < MaxLength && isSpace(text[begin].unicode()))
        ++begin;
    while (size > begin && text.size() - size < MaxLength && isSpace(text[size - 1].unicode()))
        --size;
    if (size - begin > MaxLength)
        return false;
    bool space = false;
    for (qsizetype i = begin; i < size;) {
        const char16_t c = text[i].unicode();
        if (isSpace(c) || c == u'(') {
            for (int depth = 0; i < size && (depth > 0 || isSpace(text[i].unicode()) || text[i] == u'('); ++i)
                depth += text[i] == u'(' ? 1 : text[i] == u')' ? -1 : 0;
            space = true;
            continue;
        }
        if (m_count == MaxTokens)
            return false;
        Token &token = m_tokens[m_count++];
        token = endOfText;
        token.spaceBefore = space;
        space = false;
        if (isDigit(c)) {
            token.kind = Kind::Number;
            for (; i < size && isDigit(text[i].unicode()); ++i, ++token.length) {
                if (token.length < 9)
                    token.value = token.value * 10 + (text[i].unicode() - u'0');
            }
        } else if (isLetter(c)) {
            token.kind = Kind::Word;
            token.upperCase = true;
            for (; i < size && isLetter(text[i].unicode()); ++i, ++token.length) {
                const char16_t letter = text[i].unicode();
                token.upperCase = token.upperCase && letter <= u'Z';
                token.key = (token.key << 5) | quint64((letter & ~0x20) - u'A' + 1);
            }
            if (token.length > MaxPackedLetters)
                token.key = 0;
            setMeaning(token);
        } else {
            token.punct = c;
            ++i;
        }
    }
    return true;
}

bool Reader::read()
{
    // The weekday adds nothing and is often wrong: skip it.
    if (peek().meaning == Meaning::Weekday) {
        ++m_at;
        skipPunct(u'.');
    }
    skipCommas();
    return readDate() && atEnd();
}

bool Reader::readDate()
{
    if (monthAt())
        return readMonthFirst();
    if (number(1, 2))
        return readDayFirst();
    if (const Token *basic = number(8, 8)) { // ISO 8601 basic: 20031213[T183002Z]
        m_year = int(basic->value / 10000);
        m_month = int(basic->value / 100 % 100);
        m_day = int(basic->value % 100);
        ++m_at;
        return readTimeAndZone();
    }
    if (m_at == 0 && m_count == 1) // ISO 8601 allows the year alone
        return take(4, 4, m_year);
    return number(4, 4) && (isPunct(u'-', 1) || isPunct(u'/', 1) || isPunct(u'.', 1)) && readYearFirst();
}

// 2024-01-02, 2024-01, 2024/1/2, 2024.01.02: the year first is never ambiguous.
bool Reader::readYearFirst()
{
    const char16_t separator = peek(1).punct;
    take(4, 4, m_year);
    ++m_at;
    if (!take(1, 2, m_month))
        return false;
    if (separator == u'-' && atEnd())
        return true;
    return skipPunct(separator) && take(1, 2, m_day) && readTimeAndZone();
}

// RFC 2822 section 4.3: two-digit years 00-49 are 20xx and 50-99 are 19xx;
// three-digit years (old software counting from 1900) add 1900.
int fullYear(int year, int digits)
{
    return year + (digits == 2 ? (year < 50 ? 2000 : 1900) : digits == 3 ? 1900 : 0);
}

// RFC 822/2822 "6 Nov 1994 08:49:37 GMT", RFC 850 "06-Nov-94", "1 January 2024".
bool Reader::readDayFirst()
{
    take(1, 2, m_day);
    skipOrdinalSuffix();
    skipDateSeparator();
    m_month = monthAt();
    if (m_month == 0)
        return false;
    ++m_at;
    skipDateSeparator();
    skipCommas();
    const int digits = peek().length;
    if (isPunct(u':', 1) || !take(2, 4, m_year))
        return false;
    m_year = fullYear(m_year, digits);
    return readTimeAndZone();
}

// "January 1, 2024 10:00 AM", asctime "Nov  6 08:49:37 1994", and the Unix
// date and JavaScript forms with the year after the time.
bool Reader::readMonthFirst()
{
    m_month = monthAt();
    ++m_at;
    skipPunct(u'.');
    skipPunct(u'-');
    if (!take(1, 2, m_day))
        return false;
    skipOrdinalSuffix();
    skipPunct(u'-');
    skipCommas();
    if (const int digits = peek().length; !isPunct(u':', 1) && take(2, 4, m_year)) {
        m_year = fullYear(m_year, digits);
        return readTimeAndZone();
    }
    if (!readTime(false) || !readZone() || !take(4, 4, m_year))
        return false;
    return m_hasZone || readZone();
}

void Reader::skipOrdinalSuffix()
{
    if (!peek().spaceBefore &&
        (isWord(pack("ST")) || isWord(pack("ND")) || isWord(pack("RD")) || isWord(pack("TH"))))
        ++m_at;
}

// What may follow a complete date: ", at 10:00", "T10:00:00Z", " 10:00 EST".
bool Reader::readTimeAndZone()
{
    skipCommas();
    const bool isoSeparator = isWord(pack("T"));
    const bool explicitTime = isoSeparator || isWord(pack("AT"));
    m_at += explicitTime ? 1 : 0;
    if ((explicitTime || (number(1, 2) && isPunct(u':', 1))) && !readTime(isoSeparator))
        return false;
    return readZone();
}

// hh:mm[:ss[.fraction]] with an optional AM/PM, or (after an ISO "T") the
// basic hhmm[ss].
bool Reader::readTime(bool allowBasic)
{
    bool hasSeconds = false;
    const Token *basic = allowBasic ? number(4, 6) : nullptr;
    if (number(1, 2) && isPunct(u':', 1)) {
        take(1, 2, m_hour);
        ++m_at;
        if (!take(2, 2, m_minute))
            return false;
        hasSeconds = skipPunct(u':');
        if (hasSeconds && !take(2, 2, m_second))
            return false;
    } else if (basic && basic->length != 5) {
        hasSeconds = basic->length == 6;
        const qint64 value = hasSeconds ? basic->value : basic->value * 100;
        m_hour = int(value / 10000);
        m_minute = int(value / 100 % 100);
        m_second = int(value % 100);
        ++m_at;
    } else {
        return false;
    }
    // Fractions of any length; the instant is kept to the second.
    if (hasSeconds && (isPunct(u'.') || isPunct(u','))) {
        if (!number(1, int(MaxLength), 1) || peek(1).spaceBefore)
            return false;
        m_at += 2;
    }
    return readMeridiem();
}

// "10:00 PM", "10:00PM", "10:00 p.m.".
bool Reader::readMeridiem()
{
    const bool dotted = isPunct(u'.', 1) && isWord(pack("M"), 2);
    const bool am = isWord(pack("AM")) || (dotted && isWord(pack("A")));
    const bool pm = isWord(pack("PM")) || (dotted && isWord(pack("P")));
    if (!am && !pm)
        return true;
    m_at += dotted ? 3 : 1;
    if (dotted)
        skipPunct(u'.');
    if (m_hour < 1 || m_hour > 12)
        return false;
    m_hour = m_hour % 12 + (pm ? 12 : 0);
    return true;
}

// An optional zone: a numeric offset, a name, "GMT+01:00". Reads nothing when
// what follows is not a zone, and fails only on a malformed one.
bool Reader::readZone()
{
    if (isSign()) {
        const int sign = isPunct(u'+') ? 1 : -1;
        ++m_at;
        if (!readOffset(sign))
            return false;
        // "-0400 EDT": the number rules, the name is a note.
        if (peek().meaning == Meaning::Zone)
            ++m_at;
        return true;
    }
    const Token &token = peek();
    if (token.kind != Kind::Word)
        return true;
    if ((isWord(pack("GMT")) || isWord(pack("UTC")) || isWord(pack("UT"))) && isSign(1)) {
        ++m_at;
        return readZone();
    }
    // RFC 2822 section 4.3: RFC 822 gave the military letters the wrong sign,
    // so they (other than Z) and any other unknown alphabetic zone mean an
    // unknown offset, read as +0000. Only short capitalised words qualify.
    const bool known = token.meaning == Meaning::Zone;
    if (!known && (!token.upperCase || token.length > 5 || isWord(pack("AM")) || isWord(pack("PM"))))
        return false;
    m_offsetSeconds = known ? token.meant * 60 : 0;
    m_hasZone = true;
    ++m_at;
    return true;
}

// +hhmm, +hh:mm or +hh.
bool Reader::readOffset(int sign)
{
    int hours = 0;
    int minutes = 0;
    if (take(4, 4, hours)) {
        minutes = hours % 100;
        hours /= 100;
    } else if (!take(1, 2, hours) || (skipPunct(u':') && !take(2, 2, minutes))) {
        return false;
    }
    // No place is further than 14 hours from UTC and no standard allows more
    // than 18: beyond that the text is not an offset.
    if (hours > 18 || minutes > 59)
        return false;
    m_offsetSeconds = sign * (hours * 3600 + minutes * 60);
    m_hasZone = true;
    return true;
}

QDateTime Reader::toUtc() const
{
    if (m_year < 1900 || m_year > 9999 || !QDate::isValid(m_year, m_month, m_day))
        return {};
    // A leap second reads as the second before it.
    const int second = m_second == 60 ? 59 : m_second;
    // ISO 8601 allows 24:00:00 for the midnight that ends a day.
    const bool endOfDay = m_hour == 24 && m_minute == 0 && second == 0;
    if ((m_hour > 23 && !endOfDay) || m_minute > 59 || second > 59)
        return {};
    constexpr qint64 unixEpochJulianDay = 2440588;
    const qint64 days = QDate(m_year, m_month, m_day).toJulianDay() - unixEpochJulianDay;
    const qint64 seconds = days * 86400 + m_hour * 3600 + m_minute * 60 + second - m_offsetSeconds;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

namespace DateParser {

QDateTime parse(QStringView text)
{
    Reader reader;
    if (!reader.tokenize(text) || !reader.read())
        return {};
    return reader.toUtc();
}

} // namespace DateParser
