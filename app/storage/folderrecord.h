// A folder of subscriptions as stored; folders nest one level deep.
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

struct FolderRecord
{
    qint64 id = 0;
    QString name;
    std::optional<qint64> parentId; // empty for a top-level folder
    QString parentName;             // empty for a top-level folder

    // "Parent/Child" or "Name": how the command line names a folder.
    QString path() const { return parentName.isEmpty() ? name : parentName + u'/' + name; }

    friend bool operator==(const FolderRecord &, const FolderRecord &) = default;
};
