// Reads a folder named on the command line or in an OPML file ("Courts", "Courts/Ninth Circuit").
#pragma once

#include "folderrecord.h"
#include "result.h"

#include <QString>
#include <QStringList>

class FolderStore;

namespace FolderArgument {

// "Courts/Ninth Circuit" -> {"Courts", "Ninth Circuit"}: names trimmed,
// empty ones dropped. Docket folders nest one level, so more than two names
// is a path FolderStore refuses.
QStringList path(const QString &name);

// An existing folder of that path (or of that name, when only one folder has
// it), else the folder created at path(name). Fails on an ambiguous name or
// a path deeper than one level.
Result<FolderRecord> resolve(FolderStore &folders, const QString &name);

} // namespace FolderArgument
