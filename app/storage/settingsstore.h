// Settings kept in the database itself, shared by the window and the commands.
#pragma once

#include "result.h"

#include <QString>

class Database;

class SettingsStore
{
public:
    explicit SettingsStore(Database &database);

    // The global retention in days (RetentionPolicy::defaultDays when unset).
    Result<int> retentionDays() const;
    // At least 1.
    Result<bool> setRetentionDays(int days);

    // How often a feed without its own interval is polled, in minutes
    // (defaultPollMinutes when unset).
    static constexpr int defaultPollMinutes = 30;
    Result<int> pollIntervalMinutes() const;
    // At least 1; the poll schedule's floor still applies.
    Result<bool> setPollIntervalMinutes(int minutes);

    // The proxy every fetch goes through, as "http://host:port",
    // "socks5://host:port" or "none"; empty: the system's configuration.
    Result<QString> proxy() const;
    Result<bool> setProxy(const QString &proxy);

private:
    Result<QString> text(const QString &key) const;
    Result<bool> setText(const QString &key, const QString &value, const QString &action);
    Result<int> number(const QString &key, int fallback) const;

    Database &m_database;
};
