#include "dateparser.h"

namespace DateParser {

QDateTime parse(QStringView text)
{
    return QDateTime::fromString(text.toString().trimmed(), Qt::RFC2822Date).toUTC();
}

} // namespace DateParser
