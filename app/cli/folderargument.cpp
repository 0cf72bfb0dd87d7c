#include "folderargument.h"

#include "folderstore.h"

#include <QCoreApplication>

namespace FolderArgument {

QStringList path(const QString &name)
{
    QStringList names;
    const QStringList parts = name.split(u'/');
    for (const QString &part : parts) {
        const QString simplified = part.simplified();
        if (!simplified.isEmpty())
            names.append(simplified);
    }
    return names;
}

Result<FolderRecord> resolve(FolderStore &folders, const QString &name)
{
    const QStringList names = path(name);
    if (names.isEmpty())
        return Result<FolderRecord>::failure(
            QCoreApplication::translate("FolderArgument", "A folder needs a name."));
    const Result<std::optional<FolderRecord>> found = folders.find(names.join(u'/'));
    if (!found)
        return found.error();
    if (found.value())
        return *found.value();
    return folders.ensure(names);
}

} // namespace FolderArgument
