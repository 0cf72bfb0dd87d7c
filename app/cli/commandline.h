// Reads Docket's command line: the global options and which command to run.
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

class CommandLine
{
public:
    struct Invocation
    {
        QString command; // empty: no command given (open the window)
        QStringList commandArguments;
        QString databasePath; // empty: use the default
        bool help = false;
        bool version = false;
        QString error; // non-empty: the command line is unusable
    };

    static Invocation parse(const QStringList &arguments);

    // The database used when neither --database nor DOCKET_DATABASE is given.
    static QString defaultDatabasePath();

    // Runs a headless invocation and returns the process exit status.
    static int run(const Invocation &invocation, QTextStream &out, QTextStream &err);

    static QString helpText();
};
