#include "savedsearchstore.h"

SavedSearchStore::SavedSearchStore(Database &database) : m_database(database)
{
}
Result<SavedSearch> SavedSearchStore::save(const QString &, const QString &, const QDateTime &)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<QList<SavedSearch>> SavedSearchStore::list() const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<std::optional<SavedSearch>> SavedSearchStore::find(const QString &) const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<bool> SavedSearchStore::remove(const QString &)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
