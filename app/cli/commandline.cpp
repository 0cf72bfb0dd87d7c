#include "commandline.h"

#include "addcommand.h"
#include "commandcontext.h"
#include "exitcode.h"
#include "expirecommand.h"
#include "exportcommand.h"
#include "exportopmlcommand.h"
#include "feedscommand.h"
#include "importopmlcommand.h"
#include "keepcommand.h"
#include "listcommand.h"
#include "markreadcommand.h"
#include "parsecommand.h"
#include "pollcommand.h"
#include "removecommand.h"
#include "showcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QIODevice>
#include <QStandardPaths>

#include <functional>
#include <map>

namespace {

using Handler = std::function<int(const CommandContext &)>;

const std::map<QString, Handler> &commands()
{
    static const std::map<QString, Handler> table{
        {QStringLiteral("parse"), &ParseCommand::run},
        {QStringLiteral("add"), &AddCommand::run},
        {QStringLiteral("feeds"), &FeedsCommand::run},
        {QStringLiteral("remove"), &RemoveCommand::run},
        {QStringLiteral("import-opml"), &ImportOpmlCommand::run},
        {QStringLiteral("export-opml"), &ExportOpmlCommand::run},
        {QStringLiteral("poll"), &PollCommand::run},
        {QStringLiteral("list"), &ListCommand::run},
        {QStringLiteral("show"), &ShowCommand::run},
        {QStringLiteral("export"), &ExportCommand::run},
        {QStringLiteral("keep"), &KeepCommand::run},
        {QStringLiteral("mark-read"), &MarkReadCommand::run},
        {QStringLiteral("expire"), &ExpireCommand::run},
    };
    return table;
}

} // namespace

int CommandContext::usageError(const QString &message) const
{
    err << "docket " << name << ": " << message << Qt::endl;
    return ExitCode::Usage;
}

void CommandContext::writeJson(const QJsonDocument &document) const
{
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    out.flush();
    if (QIODevice *device = out.device())
        device->write(bytes);
    else
        out << QString::fromUtf8(bytes);
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
            invocation.error = QCoreApplication::translate("CommandLine", "--database needs a file path");
    } else {
        invocation.databasePath = qEnvironmentVariable("DOCKET_DATABASE");
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        invocation.command = positional.first();
        invocation.commandArguments = positional.mid(1);
        if (invocation.error.isEmpty() && commands().count(invocation.command) == 0)
            invocation.error =
                QCoreApplication::translate("CommandLine", "unknown command '%1' (see docket --help)")
                    .arg(invocation.command);
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
        err << "docket: "
            << QCoreApplication::translate("CommandLine", "no command given (see docket --help)") << Qt::endl;
        return ExitCode::Usage;
    }
    const QString databasePath =
        invocation.databasePath.isEmpty() ? defaultDatabasePath() : invocation.databasePath;
    const CommandContext context{invocation.command,
                                 QStringList{QStringLiteral("docket ") + invocation.command} +
                                     invocation.commandArguments,
                                 databasePath, out, err};
    return handler->second(context);
}

QString CommandLine::helpText()
{
    return QCoreApplication::translate(
        "CommandLine", "Usage: docket [--database PATH] [COMMAND [ARGUMENTS]]\n"
                       "\n"
                       "Docket reads legal news. Without a command it opens the window; with one it\n"
                       "runs headless, does that one job and exits.\n"
                       "\n"
                       "Commands:\n"
                       "  parse FILE|- [--base-url URL]   print one feed document as JSON\n"
                       "\n"
                       "Subscriptions:\n"
                       "  add URL [--folder NAME] [--title TEXT]\n"
                       "      subscribe to a feed (http, https, a file:// URL or a path) and store\n"
                       "      its threads at once; prints ID<tab>TITLE, and on stderr how many\n"
                       "      threads were stored. A web page is resolved to the first feed it\n"
                       "      links to; the others are listed on stderr. --folder NAME or\n"
                       "      PARENT/NAME is created when missing. Expired threads are deleted\n"
                       "      afterwards, as after every poll.\n"
                       "  feeds [--json]\n"
                       "      one line per feed: ID, FOLDER (- for none), TITLE, URL, STATUS,\n"
                       "      THREADS, UNREAD, separated by tabs\n"
                       "  remove FEED_ID            unsubscribe and delete the feed's threads\n"
                       "  import-opml FILE|-        add another reader's subscriptions, folders\n"
                       "      kept; feeds already subscribed stay as they are; the file is read\n"
                       "      whole or not at all. Imported feeds are fetched by the next poll.\n"
                       "  export-opml FILE|- [--force]\n"
                       "      write the subscriptions as OPML 2.0; a subfolder becomes a folder\n"
                       "      titled PARENT/NAME. An existing FILE is replaced only with --force.\n"
                       "  poll [--all] [--feed ID]\n"
                       "      fetch the feeds that are due (--all: every feed but those stopped\n"
                       "      after Gone; --feed: that one, stopped or not) and store what is new.\n"
                       "      One line per feed: ID, STATUS (ok, not modified, error), TITLE,\n"
                       "      DETAIL (new and revised counts, or the reason), separated by tabs;\n"
                       "      then a summary line. Exit 1 when any feed failed; the others are\n"
                       "      stored all the same. Limits: --connect-timeout S (15),\n"
                       "      --idle-timeout S (20), --total-timeout S (45), --max-mb N (20),\n"
                       "      --max-redirects N (5).\n"
                       "\n"
                       "Threads:\n"
                       "  list [--feed ID] [--folder NAME] [--search QUERY] [--unread] [--starred]\n"
                       "       [--limit N] [--sort newest|best] [--json]\n"
                       "      newest first (with --search: best match first unless --sort newest);\n"
                       "      --folder includes its subfolders; --starred: kept threads only;\n"
                       "      --limit 1 to 1000, 50 by default. One line per thread: ID, POSTED\n"
                       "      (local time; - when the feed gave none), FEED, TITLE with [kept] and\n"
                       "      [unread] marks, separated by tabs; with --search a fifth column (and\n"
                       "      \"snippet\" in JSON) shows the text around the matches, each match\n"
                       "      between ** and **.\n"
                       "      QUERY: words (all must match), \"exact phrase\", prefix*, OR, NOT,\n"
                       "      -word, (groups), NEAR(a b, 10), title:word, author:word.\n"
                       "  show ITEM_ID [--json]     one thread as the reader shows it; --json adds\n"
                       "      summary, content, html (sanitised), categories, enclosures, revisions\n"
                       "  export (ITEM_ID... | --search QUERY | --feed ID) --format html|md|txt|pdf\n"
                       "         --output PATH [--force]\n"
                       "      threads as one document with a citation block (Bluebook and OSCOLA\n"
                       "      style); when PATH is an existing folder, one file each, named after\n"
                       "      its title. An existing file is replaced only with --force. Prints the\n"
                       "      files written; PDF is A4 or Letter as the locale uses.\n"
                       "  keep ITEM_ID... [--off]   keep threads (a legal hold: kept threads never\n"
                       "      expire), or release them with --off\n"
                       "  mark-read ITEM_ID... [--unread]\n"
                       "      mark threads read, or unread with --unread\n"
                       "      keep and mark-read change all the threads at once and print a line\n"
                       "      per thread that changed (one already so prints nothing); unknown ids\n"
                       "      are named on stderr (exit 1), a non-numeric one changes nothing (2).\n"
                       "  expire [--days N] [--dry-run]\n"
                       "      delete threads older than the retention period (21 days from their\n"
                       "      post time, or from when Docket first saw an undated one, unless\n"
                       "      changed; a feed's own period wins); kept threads stay. --days 1 to\n"
                       "      36500 replaces the period for this run; --dry-run only counts.\n"
                       "\n"
                       "Options:\n"
                       "  --database PATH   the cache to use (also DOCKET_DATABASE); reading\n"
                       "                    commands work on a read-only one\n"
                       "  -h, --help        show this help\n"
                       "  -v, --version     show Docket's version\n"
                       "\n"
                       "Exit status: 0 success; 1 the job ran but something failed; 2 bad usage or\n"
                       "unreadable input.\n");
}
