// The HTML named character references, which feeds use in XML and JSON alike.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <span>
#include <string_view>

namespace HtmlEntities {

// One named reference of the HTML5 list. A few (such as "NotEqualTilde")
// stand for two code points: a base character and a combining mark.
struct NamedReference
{
    std::string_view name; // ASCII, without '&' and ';'
    char32_t first = 0;
    char32_t second = 0; // 0 when the reference stands for one code point
};

// Every name HTML5 defines with a trailing ';', sorted by name in byte order
// (the generated table in htmlentitytable.cpp).
std::span<const NamedReference> namedReferences();

// The text a named reference stands for ("amp" -> "&", "eacute" -> "é");
// nullopt for a name HTML does not define. The name has no '&' and no ';'.
std::optional<QString> lookup(QStringView name);

// Decodes every character reference (&name; &#NN; &#xHH;) once. Unknown or
// malformed references (a missing ';' included) stay as they were; NUL,
// surrogates and values beyond U+10FFFF become U+FFFD; &#128; to &#159; are
// read as windows-1252, as browsers do (&#150; is an en dash).
QString decode(QStringView text);

// The same, but text without any '&' comes back shared, not copied.
QString decode(const QString &text);

// decode(), appending to out: lets a caller decode piece by piece without
// a temporary string per piece.
void decodeAppend(QStringView text, QString &out);

} // namespace HtmlEntities
