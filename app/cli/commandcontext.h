// What one headless command gets to work with: its arguments and its streams.
#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

struct CommandContext
{
    QString name;          // the command word, e.g. "parse"
    QStringList arguments; // "docket <name>" followed by the command's own arguments
    QString databasePath;  // --database, DOCKET_DATABASE, or the default
    QTextStream &out;
    QTextStream &err;

    // Prints "docket NAME: message" on stderr and returns ExitCode::Usage.
    int usageError(const QString &message) const;

    // Writes a JSON document (UTF-8, indented) to stdout. The bytes go to the
    // device as they are: decoding them only to encode them again cost as much
    // as parsing a large feed.
    void writeJson(const QJsonDocument &document) const;
};
