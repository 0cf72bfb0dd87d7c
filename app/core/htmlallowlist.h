// What of article HTML Docket keeps: which tags, which attributes, which addresses.
#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>
#include <string_view>

namespace HtmlAllowlist {

enum class Action {
    Keep, // the element is written (under its output name)
    Drop, // the element and all it contains are left out
    Media // like Drop, but a link to its source is written
};

enum Attribute : unsigned {
    Href = 1u << 0,
    Src = 1u << 1,
    Alt = 1u << 2,
    Title = 1u << 3,
    Size = 1u << 4, // width and height
    Span = 1u << 5, // colspan and rowspan
    Align = 1u << 6,
    Start = 1u << 7,
    TableSpacing = 1u << 8 // border, cellpadding, cellspacing
};

enum Flag : unsigned {
    Void = 1u << 0,
    ClosesP = 1u << 1, // a block that ends an open paragraph, as in HTML
    Inline = 1u << 2,
    InTable = 1u << 3 // only meaningful inside a table; ignored elsewhere
};

struct Rule
{
    std::u16string_view name;
    Action action = Action::Keep;
    std::u16string_view output = {}; // written name when it differs
    unsigned attributes = 0;
    unsigned flags = 0;
};

// The rule for a tag name in lower case; nullptr for a tag that is left
// out while its content is kept (unknown tags, <font>, <label>, void
// elements such as <embed>, <input>, <link>, <meta> and <base>).
const Rule *find(QStringView tagName);

// Rules are numbered 0..count()-1, so callers can keep a count per rule.
qsizetype count();
qsizetype indexOf(const Rule *rule);

// The absolute form of a link (http, https, mailto) or image (http, https)
// address, or nothing. Relative addresses resolve against baseUrl, and are
// dropped when it is not an http(s) URL. Tabs and newlines are removed and
// control characters trimmed first, as browsers do, so "java&#9;script:"
// is seen as "javascript:".
std::optional<QString> safeUrl(QStringView value, const QUrl &baseUrl, bool allowMailto);

// A width or height in pixels ("12", "12px" -> "12") or percent ("50%").
std::optional<QString> length(QStringView value);
// A length in pixels, as a number (not a percentage).
std::optional<int> pixels(QStringView value);
std::optional<QString> integer(QStringView value, int minimum, int maximum);
// left, right, center or justify.
std::optional<QString> alignment(QStringView value);

} // namespace HtmlAllowlist
