// What the first 100 bytes of a SQLite file say, read before SQLite opens it.
#pragma once

#include "result.h"

#include <QString>

// Reading the header ourselves lets Docket refuse a file that is not a
// database, a truncated one, or one from a newer Docket without handing it to
// SQLite, which might write to it (journal recovery, side files) first.
struct DatabaseFileHeader
{
    qint64 pageSize = 0;
    qint64 pageCount = 0; // 0 when the header's count is not trustworthy
    int userVersion = 0;  // Docket's schema version
    bool walMode = false;

    // The header of the file at path. A missing or empty file is a new
    // database (all zero); anything that is not SQLite is refused in words.
    static Result<DatabaseFileHeader> read(const QString &path);
};
