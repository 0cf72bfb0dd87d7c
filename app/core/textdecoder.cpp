#include "textdecoder.h"

#include "htmltokenizer.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <optional>

namespace TextDecoder {

namespace {

struct Message
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
};

// A declaration sits at the start; reading further only costs time.
constexpr qsizetype DeclarationWindow = 1024;
constexpr qsizetype MaxLabelLength = 40;

using Wide = QStringConverter::Encoding; // Utf16LE/BE or Utf32LE/BE here

// What a label means to Docket. The wide ones say only the width: the bytes
// themselves give the byte order.
enum class Kind { Utf8, Windows1252, Gb18030, Utf16, Utf32, Other };

enum class Source { Server, Document };

struct Label
{
    QByteArray text; // as written
    Source source = Source::Document;
};

enum class Fit { Known, Unknown, Unfit };

struct Resolved
{
    Fit fit = Fit::Unknown;
    Kind kind = Kind::Utf8;
    QByteArray name; // Kind::Other: the name QStringDecoder knows it by
};

bool isUtf16(Wide wide)
{
    return wide == QStringConverter::Utf16LE || wide == QStringConverter::Utf16BE;
}

// ---- bytes ------------------------------------------------------------------

struct Utf8Check
{
    bool valid = true;
    bool ascii = true;
};

// RFC 3629: no overlong forms, surrogates or values past U+10FFFF, so
// "valid" means QString::fromUtf8 has nothing to replace.
Utf8Check checkUtf8(QByteArrayView bytes)
{
    Utf8Check check;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        // Feeds are mostly ASCII: step over it eight bytes at a time.
        quint64 word = 0;
        if (end - p >= 8)
            std::memcpy(&word, p, sizeof word);
        if (end - p >= 8 && (word & 0x8080808080808080ULL) == 0) {
            p += 8;
            continue;
        }
        const uchar lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        check.ascii = false;
        const int extra = lead >= 0xC2 && lead <= 0xDF   ? 1
                          : lead >= 0xE0 && lead <= 0xEF ? 2
                          : lead >= 0xF0 && lead <= 0xF4 ? 3
                                                         : 0;
        const uchar low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        const uchar high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        check.valid = extra > 0 && end - p > extra && p[1] >= low && p[1] <= high;
        for (int k = 2; check.valid && k <= extra; ++k)
            check.valid = (p[k] & 0xC0) == 0x80;
        if (!check.valid)
            return check;
        p += extra + 1;
    }
    return check;
}

bool hasC1Bytes(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(),
                       [](char c) { return uchar(c) >= 0x80 && uchar(c) <= 0x9F; });
}

struct ByteOrderMark
{
    std::optional<Wide> wide; // none: UTF-8
    qsizetype length = 0;
};

std::optional<ByteOrderMark> byteOrderMark(QByteArrayView bytes)
{
    // UTF-32LE first: its mark begins with the UTF-16LE one.
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return ByteOrderMark{QStringConverter::Utf32LE, 4};
    if (bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return ByteOrderMark{QStringConverter::Utf32BE, 4};
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return ByteOrderMark{std::nullopt, 3};
    if (bytes.startsWith("\xFF\xFE"))
        return ByteOrderMark{QStringConverter::Utf16LE, 2};
    if (bytes.startsWith("\xFE\xFF"))
        return ByteOrderMark{QStringConverter::Utf16BE, 2};
    return std::nullopt;
}

// Without a mark, text that starts with ASCII (as XML and JSON do) shows its
// width and byte order in where the zero bytes fall (XML 1.0 appendix F).
std::optional<Wide> sniffWide(QByteArrayView b)
{
    if (b.size() >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0)
        return QStringConverter::Utf32BE;
    if (b.size() >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)
        return QStringConverter::Utf32LE;
    if (b.size() >= 2 && b[0] == 0 && b[1] != 0)
        return QStringConverter::Utf16BE;
    if (b.size() >= 2 && b[0] != 0 && b[1] == 0)
        return QStringConverter::Utf16LE;
    return std::nullopt;
}

// ---- labels -----------------------------------------------------------------

// The encoding attribute of an XML declaration at the start of head (which
// may follow white space); empty when there is none.
QByteArray declaredLabel(const QByteArray &head)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    qsizetype i = 0;
    while (i < head.size() && isSpace(head[i]))
        ++i;
    if (head.indexOf("<?xml", i) != i || i + 5 >= head.size() || !isSpace(head[i + 5]))
        return {};
    const qsizetype end = head.indexOf("?>", i);
    const QByteArray declaration = head.sliced(i, (end < 0 ? head.size() : end) - i);
    qsizetype at = declaration.indexOf("encoding");
    if (at < 0)
        return {};
    for (at += 8; at < declaration.size() && isSpace(declaration[at]);)
        ++at;
    if (at >= declaration.size() || declaration[at] != '=')
        return {};
    for (++at; at < declaration.size() && isSpace(declaration[at]);)
        ++at;
    if (at >= declaration.size() || (declaration[at] != '"' && declaration[at] != '\''))
        return {};
    const qsizetype close = declaration.indexOf(declaration[at], at + 1);
    return close < 0 ? QByteArray() : declaration.sliced(at + 1, close - at - 1);
}

QByteArray labelKey(const QByteArray &label)
{
    return label.trimmed().toLower();
}

bool isOneOf(const QByteArray &key, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *name) { return key == name; });
}

// The Western labels browsers read as windows-1252. Kept apart because
// they warn differently: past 0x7F, "ASCII" is wrong; C1 bytes make
// "ISO-8859-1" windows-1252.
bool isAsciiLabel(const QByteArray &key)
{
    return isOneOf(key,
                   {"us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "cp367", "ibm367", "csascii", "us"});
}

bool isLatin1Label(const QByteArray &key)
{
    return isOneOf(key, {"iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "latin1",
                         "l1", "ibm819", "cp819", "csisolatin1", "iso-ir-100"});
}

Resolved resolve(const QByteArray &label)
{
    const QByteArray key = labelKey(label);
    const bool plausible =
        !key.isEmpty() && key.size() <= MaxLabelLength && std::all_of(key.begin(), key.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
                   c == ':' || c == '+' || c == '(' || c == ')';
        });
    // Qt would read "locale" as the user's own encoding: never a feed's.
    if (!plausible || key == "locale" || key == "system")
        return {};
    if (isOneOf(key, {"utf-8", "utf8", "unicode-1-1-utf-8"}))
        return {Fit::Known, Kind::Utf8, "UTF-8"};
    if (isAsciiLabel(key) || isLatin1Label(key) || isOneOf(key, {"windows-1252", "cp1252", "x-cp1252"}))
        return {Fit::Known, Kind::Windows1252, "windows-1252"};
    // gb2312 feeds use GBK's extra characters; GB18030 holds both.
    if (isOneOf(key, {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "csgb2312",
                      "chinese", "gb_2312", "gb_2312-80", "iso-ir-58"}))
        return {Fit::Known, Kind::Gb18030, "GB18030"};
    if (isOneOf(key, {"utf-16", "utf16", "utf-16le", "utf-16be", "ucs-2", "unicode"}))
        return {Fit::Known, Kind::Utf16, "UTF-16"};
    if (isOneOf(key, {"utf-32", "utf32", "utf-32le", "utf-32be", "ucs-4"}))
        return {Fit::Known, Kind::Utf32, "UTF-32"};
    QStringDecoder decoder(key.constData());
    if (!decoder.isValid())
        return {};
    // Bytes found to start with ASCII cannot be in an encoding where "<?xml"
    // is something else (EBCDIC, UCS-2 under another alias).
    const QByteArrayView probe = "<?xml version=\"1.0\" encoding=";
    const bool fits = QString(decoder.decode(probe)) == QLatin1StringView(probe.data(), probe.size());
    return {fits ? Fit::Known : Fit::Unfit, Kind::Other, QByteArray(decoder.name())};
}

// ---- messages ---------------------------------------------------------------

QString declaredBy(const Label &label)
{
    QString shown;
    for (const char c : label.text.left(MaxLabelLength))
        shown.append(c >= 0x20 && c < 0x7F ? QLatin1Char(c) : QLatin1Char('?'));
    if (label.text.size() > MaxLabelLength)
        shown.append(QStringLiteral("..."));
    return label.source == Source::Server ? Message::tr("the server declared %1").arg(shown)
                                          : Message::tr("declared %1").arg(shown);
}

QString replacedMessage(const QByteArray &encoding)
{
    return Message::tr("some bytes are not valid %1 and show as replacement characters")
        .arg(QString::fromLatin1(encoding));
}

// ---- decoding ---------------------------------------------------------------

void decodeUtf8(Decoded &out, QByteArrayView bytes)
{
    out.text = QString::fromUtf8(bytes);
    out.encoding = QByteArrayLiteral("UTF-8");
}

void decodeWindows1252(Decoded &out, QByteArrayView bytes)
{
    out.text = QString(bytes.size(), Qt::Uninitialized);
    QChar *text = out.text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        text[i] = QChar(fromWindows1252(uchar(bytes[i])));
    out.encoding = QByteArrayLiteral("windows-1252");
}

// Decodes with a converter Qt may lack (GB18030 and the like come from ICU).
bool decodeWith(Decoded &out, QByteArrayView bytes, QStringDecoder decoder)
{
    if (!decoder.isValid())
        return false;
    out.text = decoder.decode(bytes);
    out.encoding = QByteArray(decoder.name());
    if (decoder.hasError())
        out.warnings << replacedMessage(out.encoding);
    return true;
}

void decodeWide(Decoded &out, QByteArrayView bytes, Wide wide)
{
    QStringDecoder decoder(wide, QStringConverter::Flag::Stateless);
    out.text = decoder.decode(bytes);
    out.encoding = QStringConverter::nameForEncoding(wide);
    // Qt 6.4 replaces a cut-off last character without counting it as an error.
    const bool cutOff = bytes.size() % (isUtf16(wide) ? 2 : 4) != 0;
    if (decoder.hasError() || cutOff)
        out.warnings << replacedMessage(out.encoding);
}

// After a byte order mark: what it says, even where the bytes disagree.
void decodeMarked(Decoded &out, QByteArrayView body, std::optional<Wide> wide)
{
    if (wide) {
        decodeWide(out, body, *wide);
        return;
    }
    decodeUtf8(out, body);
    if (!checkUtf8(body).valid)
        out.warnings << replacedMessage(out.encoding);
}

// A Western one-byte label: windows-1252, unless the bytes are plainly UTF-8.
void decodeWestern(Decoded &out, QByteArrayView bytes, const Label &label, const Utf8Check &check)
{
    if (!check.ascii && check.valid) {
        decodeUtf8(out, bytes);
        out.warnings << Message::tr("%1 but the bytes are UTF-8; read as UTF-8").arg(declaredBy(label));
        return;
    }
    decodeWindows1252(out, bytes);
    const QByteArray key = labelKey(label.text);
    if (!check.ascii && isAsciiLabel(key))
        out.warnings
            << Message::tr("%1 but holds bytes beyond ASCII; read as windows-1252").arg(declaredBy(label));
    else if (!check.ascii && isLatin1Label(key) && hasC1Bytes(bytes))
        out.warnings << Message::tr("%1 but the bytes are windows-1252").arg(declaredBy(label));
}

// Bytes that start like ASCII: the first label that fits them wins; with
// none, XML's default, UTF-8, unless the bytes are not UTF-8.
void decodeAsciiCompatible(Decoded &out, QByteArrayView bytes, const QList<Label> &labels)
{
    std::optional<Utf8Check> check;
    const auto utf8 = [&]() -> const Utf8Check & { return check ? *check : *(check = checkUtf8(bytes)); };
    std::optional<Label> notUtf8; // a UTF-8 label the bytes contradict
    const auto reportNotUtf8 = [&](bool fellBack) {
        if (notUtf8)
            out.warnings << (fellBack
                                 ? Message::tr("%1 but the bytes are not valid UTF-8; read as windows-1252")
                                 : Message::tr("%1 but the bytes are not valid UTF-8; ignored"))
                                .arg(declaredBy(*notUtf8));
    };
    for (const Label &label : labels) {
        const Resolved resolved = resolve(label.text);
        if (resolved.fit == Fit::Unknown) {
            out.warnings
                << Message::tr("%1, which is not an encoding Docket knows; ignored").arg(declaredBy(label));
        } else if (resolved.fit == Fit::Unfit || resolved.kind == Kind::Utf16 ||
                   resolved.kind == Kind::Utf32) {
            out.warnings
                << Message::tr("%1 but the bytes cannot be in that encoding; ignored").arg(declaredBy(label));
        } else if (resolved.kind == Kind::Utf8) {
            if (utf8().valid) {
                reportNotUtf8(false);
                decodeUtf8(out, bytes);
                return;
            }
            notUtf8 = notUtf8 ? notUtf8 : label;
        } else if (resolved.kind == Kind::Windows1252) {
            reportNotUtf8(false);
            decodeWestern(out, bytes, label, utf8());
            return;
        } else if (decodeWith(out, bytes,
                              QStringDecoder(resolved.name.constData(), QStringConverter::Flag::Stateless))) {
            reportNotUtf8(false);
            return;
        } else {
            out.warnings << Message::tr("%1, which this system cannot read; ignored").arg(declaredBy(label));
        }
    }
    if (utf8().valid) {
        decodeUtf8(out, bytes);
        return;
    }
    decodeWindows1252(out, bytes);
    if (notUtf8)
        reportNotUtf8(true);
    else
        out.warnings << Message::tr("the bytes are not valid UTF-8; read as windows-1252");
}

// A byte order mark or the layout of wide text decides; labels that say
// otherwise are only reported.
void reportConflicts(Decoded &out, const QList<Label> &labels, std::optional<Wide> actual, bool fromMark)
{
    for (const Label &label : labels) {
        const Resolved resolved = resolve(label.text);
        const bool agrees = !actual ? resolved.kind == Kind::Utf8
                                    : resolved.kind == (isUtf16(*actual) ? Kind::Utf16 : Kind::Utf32);
        if (resolved.fit == Fit::Unknown)
            out.warnings
                << Message::tr("%1, which is not an encoding Docket knows; ignored").arg(declaredBy(label));
        else if (!agrees && fromMark)
            out.warnings << Message::tr("%1 but the document starts with a %2 byte order mark; read as %2")
                                .arg(declaredBy(label), QString::fromLatin1(out.encoding));
        else if (!agrees)
            out.warnings << Message::tr("%1 but the bytes are %2; read as %2")
                                .arg(declaredBy(label), QString::fromLatin1(out.encoding));
    }
}

QList<Label> labelsFor(const QByteArray &hint, QByteArrayView bytes, std::optional<Wide> wide)
{
    const QByteArrayView head = bytes.first(std::min(bytes.size(), DeclarationWindow));
    const QByteArray declared = declaredLabel(
        wide ? QString(QStringDecoder(*wide, QStringConverter::Flag::Stateless).decode(head)).toLatin1()
             : head.toByteArray());
    QList<Label> labels;
    if (!hint.trimmed().isEmpty())
        labels.append({hint, Source::Server});
    if (!declared.isEmpty())
        labels.append({declared, Source::Document});
    return labels;
}

} // namespace

char16_t fromWindows1252(uchar byte)
{
    static constexpr char16_t High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                          0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    return byte >= 0x80 && byte <= 0x9F ? High[byte - 0x80] : char16_t(byte);
}

Decoded decodeXml(const QByteArray &bytes, const QByteArray &charsetHint)
{
    Decoded out;
    if (const auto mark = byteOrderMark(bytes)) {
        const QByteArrayView body = QByteArrayView(bytes).sliced(mark->length);
        decodeMarked(out, body, mark->wide);
        reportConflicts(out, labelsFor(charsetHint, body, mark->wide), mark->wide, true);
        return out;
    }
    const std::optional<Wide> wide = sniffWide(bytes);
    const QList<Label> labels = labelsFor(charsetHint, bytes, wide);
    if (wide) {
        decodeWide(out, bytes, *wide);
        reportConflicts(out, labels, wide, false);
        return out;
    }
    decodeAsciiCompatible(out, bytes, labels);
    return out;
}

Decoded decodeJson(const QByteArray &bytes)
{
    Decoded out;
    if (const auto mark = byteOrderMark(bytes))
        decodeMarked(out, QByteArrayView(bytes).sliced(mark->length), mark->wide);
    else if (const std::optional<Wide> wide = sniffWide(bytes))
        decodeWide(out, bytes, *wide);
    else
        decodeAsciiCompatible(out, bytes, {});
    return out;
}

QByteArray metaCharset(QByteArrayView bytes)
{
    // Labels are ASCII and so are the tags around them in every encoding
    // that can declare itself this way, so a Latin-1 reading finds them.
    const QString head = QString::fromLatin1(bytes.first(std::min(bytes.size(), DeclarationWindow)));
    HtmlTokenizer tokenizer(head);
    for (const HtmlTokenizer::Token *token = &tokenizer.next(); token->kind != HtmlTokenizer::Kind::End;
         token = &tokenizer.next()) {
        if (token->kind != HtmlTokenizer::Kind::StartTag || token->name != u"meta")
            continue;
        const QString charset = token->attribute(u"charset");
        if (!charset.trimmed().isEmpty())
            return charset.trimmed().toLatin1();
        if (token->attribute(u"http-equiv").trimmed().compare(u"content-type", Qt::CaseInsensitive) == 0) {
            const QByteArray fromContent = charsetFromContentType(token->attribute(u"content").toLatin1());
            if (!fromContent.isEmpty())
                return fromContent;
        }
    }
    return {};
}

Decoded decodeHtml(const QByteArray &bytes, const QByteArray &charsetHint)
{
    Decoded out;
    QList<Label> labels;
    if (!charsetHint.trimmed().isEmpty())
        labels.append({charsetHint, Source::Server});
    if (const auto mark = byteOrderMark(bytes)) {
        decodeMarked(out, QByteArrayView(bytes).sliced(mark->length), mark->wide);
        reportConflicts(out, labels, mark->wide, true);
        return out;
    }
    const QByteArray declared = metaCharset(bytes);
    if (!declared.isEmpty())
        labels.append({declared, Source::Document});
    decodeAsciiCompatible(out, bytes, labels);
    return out;
}

QByteArray charsetFromContentType(const QByteArray &contentType)
{
    const qsizetype size = contentType.size();
    qsizetype i = contentType.indexOf(';');
    while (i >= 0 && i < size) {
        const qsizetype nameStart = ++i;
        while (i < size && contentType[i] != '=' && contentType[i] != ';')
            ++i;
        const QByteArray name = contentType.sliced(nameStart, i - nameStart).trimmed();
        if (i >= size || contentType[i] == ';')
            continue;
        QByteArray value;
        const qsizetype valueStart = ++i;
        while (i < size && (contentType[i] == ' ' || contentType[i] == '\t'))
            ++i;
        const char quote = i < size && (contentType[i] == '"' || contentType[i] == '\'') ? contentType[i] : 0;
        if (quote) {
            // A quoted value may hold ';', and in double quotes '\' escapes.
            for (++i; i < size && contentType[i] != quote; ++i) {
                if (contentType[i] == '\\' && quote == '"' && i + 1 < size)
                    ++i;
                value.append(contentType[i]);
            }
        }
        while (i < size && contentType[i] != ';')
            ++i;
        if (!quote)
            value = contentType.sliced(valueStart, i - valueStart);
        if (name.compare("charset", Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

} // namespace TextDecoder
