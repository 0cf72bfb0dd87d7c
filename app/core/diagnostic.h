// A problem found in some input, with where it was found.
#pragma once

#include <QString>

struct Diagnostic
{
    QString message;
    qint64 line = 0;   // 1-based; 0 when the input has no lines (or unknown)
    qint64 column = 0; // 1-based; 0 when unknown

    // "LINE:COLUMN: message", or just the message when there is no position.
    QString toString() const
    {
        if (line <= 0)
            return message;
        return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message);
    }
};
