#include "searchindex.h"

namespace SearchIndex {
QString createStatement()
{
    return {};
}
Result<bool> index(QSqlDatabase &, qint64, const QString &, const QString &, const QString &, const QString &)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<bool> remove(QSqlDatabase &, qint64)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
QString matchCondition()
{
    return {};
}
QString snippetColumn()
{
    return {};
}
QString rankColumn()
{
    return {};
}
} // namespace SearchIndex
