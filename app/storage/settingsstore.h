// Settings kept in the database itself, shared by the window and the commands.
#pragma once

#include "result.h"

class Database;

class SettingsStore
{
public:
    explicit SettingsStore(Database &database);

    // The global retention in days (RetentionPolicy::defaultDays when unset).
    Result<int> retentionDays() const;
    // At least 1.
    Result<bool> setRetentionDays(int days);

private:
    Database &m_database;
};
