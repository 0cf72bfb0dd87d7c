#include "settingsstore.h"

SettingsStore::SettingsStore(Database &database) : m_database(database)
{
}
Result<int> SettingsStore::retentionDays() const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<bool> SettingsStore::setRetentionDays(int)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
