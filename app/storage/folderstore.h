// Folders of subscriptions: create, find, rename, list, remove.
#pragma once

#include "folderrecord.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

class Database;

class FolderStore
{
public:
    explicit FolderStore(Database &database);

    // The folder at path ({"Courts"} or {"Courts", "Ninth Circuit"}), created
    // with its parent when missing. More than two levels is refused.
    Result<FolderRecord> ensure(const QStringList &path);
    // A folder by "Parent/Child" path, or by a name that only one folder has.
    Result<std::optional<FolderRecord>> find(const QString &nameOrPath) const;
    Result<std::optional<FolderRecord>> folder(qint64 id) const;
    // Every folder, parents before their children, by name.
    Result<QList<FolderRecord>> list() const;
    Result<bool> rename(qint64 id, const QString &name);
    // Removes the folder and its subfolders; their feeds move to the top level.
    Result<bool> remove(qint64 id);

private:
    Database &m_database;
};
