// The HTML named character references, which feeds use in XML and JSON alike.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace HtmlEntities {

// The text a named reference stands for ("amp" -> "&", "eacute" -> "é");
// nullopt for a name HTML does not define. The name has no '&' and no ';'.
std::optional<QString> lookup(QStringView name);

// Decodes every character reference (&name; &#NN; &#xHH;) once. Unknown or
// malformed references stay as they were; NUL and surrogate code points
// become U+FFFD.
QString decode(QStringView text);

} // namespace HtmlEntities
