#include "idargument.h"

#include <QSet>

namespace IdArgument {

std::optional<qint64> parse(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const qint64 id = text.toLongLong();
    if (id <= 0)
        return std::nullopt;
    return id;
}

std::optional<QList<qint64>> parseAll(const QStringList &texts, QString *firstBad)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const QString &text : texts) {
        const std::optional<qint64> id = parse(text);
        if (!id) {
            if (firstBad)
                *firstBad = text;
            return std::nullopt;
        }
        if (!seen.contains(*id)) {
            seen.insert(*id);
            ids.append(*id);
        }
    }
    return ids;
}

} // namespace IdArgument
