#include "folderstore.h"

FolderStore::FolderStore(Database &database) : m_database(database)
{
}
Result<FolderRecord> FolderStore::ensure(const QStringList &)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<std::optional<FolderRecord>> FolderStore::find(const QString &) const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<std::optional<FolderRecord>> FolderStore::folder(qint64) const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<QList<FolderRecord>> FolderStore::list() const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<bool> FolderStore::rename(qint64, const QString &)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<bool> FolderStore::remove(qint64)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
