// Searches saved by name: save (or replace), list, find, delete.
#pragma once

#include "result.h"
#include "savedsearch.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

class SavedSearchStore
{
public:
    explicit SavedSearchStore(Database &database);

    // Saves query under name, replacing a search of that name. A query that
    // cannot be understood is refused with SearchQuery's message.
    Result<SavedSearch> save(const QString &name, const QString &query, const QDateTime &now);
    // By name, case-insensitively.
    Result<QList<SavedSearch>> list() const;
    Result<std::optional<SavedSearch>> find(const QString &name) const;
    // False when there is no search of that name.
    Result<bool> remove(const QString &name);

private:
    Database &m_database;
};
