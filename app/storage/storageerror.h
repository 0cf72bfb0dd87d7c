// Database failures told in plain words: what Docket was doing, what went wrong.
#pragma once

#include "diagnostic.h"

#include <QSqlError>
#include <QString>

namespace StorageError {

// What a failed SQLite call means for the user. action says what Docket was
// doing, as the end of "Docket could not ..." ("store the threads of a feed").
Diagnostic fromSql(const QSqlError &error, const QString &action);

// Whether the failure was another process holding the database (SQLITE_BUSY
// or SQLITE_LOCKED), which waiting longer may cure.
bool isBusy(const QSqlError &error);

} // namespace StorageError
