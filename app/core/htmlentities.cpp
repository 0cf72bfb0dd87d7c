#include "htmlentities.h"

namespace HtmlEntities {

std::optional<QString> lookup(QStringView name)
{
    if (name == u"amp")
        return QStringLiteral("&");
    return std::nullopt;
}

QString decode(QStringView text)
{
    return text.toString();
}

} // namespace HtmlEntities
