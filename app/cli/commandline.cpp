#include "commandline.h"

#include "commandcontext.h"
#include "exitcode.h"
#include "parsecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <functional>
#include <map>

namespace {

using Handler = std::function<int(const CommandContext &)>;

const std::map<QString, Handler> &commands()
{
    static const std::map<QString, Handler> table{
        {QStringLiteral("parse"), &ParseCommand::run},
    };
    return table;
}

} // namespace

int CommandContext::usageError(const QString &message) const
{
    err << "docket " << name << ": " << message << Qt::endl;
    return ExitCode::Usage;
}

CommandLine::Invocation CommandLine::parse(const QStringList &arguments)
{
    Invocation invocation;
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("path"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({database, help, version});
    if (!parser.parse(arguments)) {
        invocation.error = parser.errorText();
        return invocation;
    }
    invocation.help = parser.isSet(help);
    invocation.version = parser.isSet(version);
    if (parser.isSet(database)) {
        invocation.databasePath = parser.value(database);
        if (invocation.databasePath.isEmpty())
            invocation.error = QStringLiteral("--database needs a file path");
    } else {
        invocation.databasePath = qEnvironmentVariable("DOCKET_DATABASE");
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        invocation.command = positional.first();
        invocation.commandArguments = positional.mid(1);
        if (invocation.error.isEmpty() && commands().count(invocation.command) == 0)
            invocation.error = QStringLiteral("unknown command '%1' (see docket --help)").arg(invocation.command);
    }
    return invocation;
}

QString CommandLine::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("docket.sqlite"));
}

int CommandLine::run(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (!invocation.error.isEmpty()) {
        err << "docket: " << invocation.error << Qt::endl;
        return ExitCode::Usage;
    }
    if (invocation.help) {
        out << helpText();
        return ExitCode::Success;
    }
    if (invocation.version) {
        out << "docket " << QStringLiteral(DOCKET_VERSION) << Qt::endl;
        return ExitCode::Success;
    }
    const auto handler = commands().find(invocation.command);
    if (handler == commands().end()) {
        err << "docket: no command given (see docket --help)" << Qt::endl;
        return ExitCode::Usage;
    }
    const QString databasePath =
        invocation.databasePath.isEmpty() ? defaultDatabasePath() : invocation.databasePath;
    const CommandContext context{invocation.command,
                                 QStringList{QStringLiteral("docket ") + invocation.command}
                                     + invocation.commandArguments,
                                 databasePath, out, err};
    return handler->second(context);
}

QString CommandLine::helpText()
{
    return QStringLiteral(
        "Usage: docket [--database PATH] [COMMAND [ARGUMENTS]]\n"
        "\n"
        "Docket reads legal news. Without a command it opens the window; with one it\n"
        "runs headless, does that one job and exits.\n"
        "\n"
        "Commands:\n"
        "  parse FILE|- [--base-url URL]   print one feed document as JSON\n"
        "\n"
        "Options:\n"
        "  --database PATH   the cache to use (also DOCKET_DATABASE)\n"
        "  -h, --help        show this help\n"
        "  -v, --version     show Docket's version\n"
        "\n"
        "Exit status: 0 success; 1 the job ran but something failed; 2 bad usage or\n"
        "unreadable input.\n");
}
