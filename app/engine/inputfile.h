// Reads a file named on the command line ("-" is standard input), bounded in size.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace InputFile {

// The file's bytes; an error in plain words when it cannot be read or holds
// more than maxBytes (the read stops there: an endless pipe costs nothing).
Result<QByteArray> read(const QString &path, qint64 maxBytes);

} // namespace InputFile
