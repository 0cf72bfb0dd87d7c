#include "settingsstore.h"

#include "database.h"
#include "retentionpolicy.h"
#include "statement.h"
#include "transaction.h"

namespace {
const QString retentionKey = QStringLiteral("retention_days");
}

SettingsStore::SettingsStore(Database &database) : m_database(database)
{
}

Result<int> SettingsStore::retentionDays() const
{
    Statement statement(m_database.connection(), QStringLiteral("read the retention setting"));
    if (auto ok = statement.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key")); !ok)
        return ok.error();
    statement.bind(QStringLiteral(":key"), retentionKey);
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    if (!statement.next())
        return RetentionPolicy::defaultDays;
    bool number = false;
    const int days = statement.value(0).toString().toInt(&number);
    return number && days >= 1 ? days : RetentionPolicy::defaultDays;
}

Result<bool> SettingsStore::setRetentionDays(int days)
{
    if (days < 1)
        return Result<bool>::failure(QStringLiteral("The retention period must be at least one day."));
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement statement(m_database.connection(), QStringLiteral("save the retention setting"));
    if (auto ok = statement.prepare(
            QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (:key, :value)"));
        !ok)
        return ok;
    statement.bind(QStringLiteral(":key"), retentionKey);
    statement.bind(QStringLiteral(":value"), QString::number(days));
    if (auto ok = statement.exec(); !ok)
        return ok;
    return transaction.commit();
}
