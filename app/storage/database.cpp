#include "database.h"

int Database::latestSchemaVersion()
{
    return 2;
}
Result<std::unique_ptr<Database>> Database::open(const QString &, const DatabaseOptions &)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<QString> Database::createDefaultFolder(const QString &p)
{
    return p;
}
Database::Database(const QString &path, const QString &name) : m_path(path), m_connectionName(name)
{
}
Database::~Database() = default;
QString Database::path() const
{
    return m_path;
}
int Database::schemaVersion() const
{
    return m_schemaVersion;
}
bool Database::isWritable() const
{
    return m_whyReadOnly.isEmpty();
}
QString Database::whyReadOnly() const
{
    return m_whyReadOnly;
}
Diagnostic Database::readOnlyError() const
{
    return Diagnostic{m_whyReadOnly};
}
Result<bool> Database::checkIntegrity() const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<bool> Database::reclaimFreePages()
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
qint64 Database::fileSize() const
{
    return 0;
}
QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}
