// Safe file names for exported articles, made from their titles.
#pragma once

#include <QSet>
#include <QString>

namespace ExportFileName {

// Long enough to tell cases apart, short enough for every file system
// (255 bytes a name) and for paths under Windows' 260-character limit.
inline constexpr qsizetype maxStemLength = 80; // UTF-16 code units
inline constexpr qsizetype maxStemBytes = 180; // UTF-8 bytes

// The title as a file name without extension: path separators become '-',
// characters Windows reserves (: * ? " < > |) and control and invisible
// formatting characters (bidirectional overrides that would disguise an
// extension) go, white space collapses, leading dots (hidden files, "..")
// and trailing dots and spaces (which Windows drops) are removed; a device
// name Windows reserves (CON, NUL, COM1...) gets a leading '_'. Cut to the
// caps above, at a word break when one is near, never inside a character.
// "article" when nothing is left.
QString stem(const QString &title);

// stem(title) + "." + extension, or with " (2)", " (3)"... before the dot
// when that name is already in taken, compared without case as Windows and
// macOS compare names. The name returned is added to taken.
QString unique(const QString &title, const QString &extension, QSet<QString> &taken);

} // namespace ExportFileName
