#include "settingsstore.h"

#include "database.h"
#include "retentionpolicy.h"
#include "statement.h"
#include "transaction.h"

namespace {
const QString retentionKey = QStringLiteral("retention_days");
const QString pollKey = QStringLiteral("poll_minutes");
const QString proxyKey = QStringLiteral("proxy");
} // namespace

SettingsStore::SettingsStore(Database &database) : m_database(database)
{
}

Result<int> SettingsStore::retentionDays() const
{
    return number(retentionKey, RetentionPolicy::defaultDays);
}

Result<bool> SettingsStore::setRetentionDays(int days)
{
    if (days < 1)
        return Result<bool>::failure(QStringLiteral("The retention period must be at least one day."));
    return setText(retentionKey, QString::number(days), QStringLiteral("save the retention setting"));
}

Result<int> SettingsStore::pollIntervalMinutes() const
{
    return number(pollKey, defaultPollMinutes);
}

Result<bool> SettingsStore::setPollIntervalMinutes(int minutes)
{
    if (minutes < 1)
        return Result<bool>::failure(QStringLiteral("The poll interval must be at least one minute."));
    return setText(pollKey, QString::number(minutes), QStringLiteral("save the poll interval"));
}

Result<QString> SettingsStore::proxy() const
{
    return text(proxyKey);
}

Result<bool> SettingsStore::setProxy(const QString &proxy)
{
    return setText(proxyKey, proxy.trimmed(), QStringLiteral("save the proxy setting"));
}

Result<QString> SettingsStore::text(const QString &key) const
{
    Statement statement(m_database.connection(), QStringLiteral("read the settings"));
    if (auto ok = statement.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key")); !ok)
        return ok.error();
    statement.bind(QStringLiteral(":key"), key);
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    if (!statement.next())
        return QString();
    return statement.value(0).toString();
}

Result<int> SettingsStore::number(const QString &key, int fallback) const
{
    auto value = text(key);
    if (!value)
        return value.error();
    bool isNumber = false;
    const int parsed = value->toInt(&isNumber);
    // A hand-edited or damaged value falls back rather than stopping Docket.
    return isNumber && parsed >= 1 ? parsed : fallback;
}

Result<bool> SettingsStore::setText(const QString &key, const QString &value, const QString &action)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement statement(m_database.connection(), action);
    if (auto ok = statement.prepare(
            QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (:key, :value)"));
        !ok)
        return ok;
    statement.bind(QStringLiteral(":key"), key);
    statement.bind(QStringLiteral(":value"), value);
    if (auto ok = statement.exec(); !ok)
        return ok;
    return transaction.commit();
}
