// What one headless command gets to work with: its arguments and its streams.
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

struct CommandContext
{
    QString name;           // the command word, e.g. "parse"
    QStringList arguments;  // "docket <name>" followed by the command's own arguments
    QString databasePath;   // --database, DOCKET_DATABASE, or the default
    QTextStream &out;
    QTextStream &err;

    // Prints "docket NAME: message" on stderr and returns ExitCode::Usage.
    int usageError(const QString &message) const;
};
