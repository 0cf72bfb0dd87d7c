#include "storageerror.h"

namespace StorageError {

namespace {

// SQLite's primary result codes (the low byte of an extended code).
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    NoMemory = 7,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

bool isBusy(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == Busy || code == Locked;
}

Diagnostic fromSql(const QSqlError &error, const QString &action)
{
    QString why;
    switch (primaryCode(error)) {
    case Busy:
    case Locked:
        why =
            QStringLiteral("the database is busy: another Docket (the window or a command) is writing to it. "
                           "Try again in a moment.");
        break;
    case ReadOnly:
        why = QStringLiteral("the database file or its folder is read-only.");
        break;
    case IoError:
        why = QStringLiteral("the database file could not be read or written (a disk or file-system error).");
        break;
    case Corrupt:
    case NotADatabase:
        why = QStringLiteral("the database file is damaged or is not a Docket database.");
        break;
    case Full:
        why = QStringLiteral("the disk is full.");
        break;
    case NoMemory:
        why = QStringLiteral("the computer ran out of memory.");
        break;
    case CantOpen:
        why = QStringLiteral("the database file could not be opened (check that it exists and may be read).");
        break;
    default: {
        // Keep the driver's words for the rare failure that has no plainer
        // telling: they are what a support request needs.
        const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        why = detail.isEmpty() ? QStringLiteral("an unknown database error.") : detail + u'.';
        break;
    }
    }
    return Diagnostic{QStringLiteral("Docket could not %1: %2").arg(action, why)};
}

} // namespace StorageError
