#include "importopmlcommand.h"

#include "commandcontext.h"
#include "commanddatabase.h"
#include "exitcode.h"
#include "feedsubscriber.h"
#include "inputfile.h"
#include "opmlreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace ImportOpmlCommand {

namespace {

QString counted(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? QStringLiteral("1 ") + one : QStringLiteral("%1 %2").arg(n).arg(many);
}

} // namespace

int run(const CommandContext &context)
{
    QCommandLineParser parser;
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(
            QCoreApplication::translate("ImportOpmlCommand", "give one OPML file, or - for standard input"));
    const QString &file = positional.first();
    const QString shownName = file == u"-" ? QStringLiteral("stdin") : file;

    const OpmlReader::Options options;
    const Result<QByteArray> bytes = InputFile::read(file, options.maxBytes);
    if (!bytes)
        return context.usageError(shownName + QStringLiteral(": ") + bytes.error().message);
    const Result<OpmlReader::Parsed> parsed = OpmlReader::read(bytes.value(), options);
    if (!parsed) {
        const Diagnostic &e = parsed.error();
        context.err << shownName << ':' << qMax<qint64>(e.line, 1) << ':' << qMax<qint64>(e.column, 1) << ": "
                    << e.message << Qt::endl;
        return ExitCode::Usage;
    }
    const OpmlDocument &document = parsed->document;

    const std::unique_ptr<Database> database = CommandDatabase::open(context, CommandDatabase::Use::Write);
    if (!database)
        return ExitCode::Usage;
    auto failed = [&context, &database](const Diagnostic &error) {
        CommandDatabase::reportFailure(context, *database, error);
        return ExitCode::Failed;
    };
    const Result<FeedSubscriber::ImportCounts> counts =
        FeedSubscriber(*database).importOpml(document, QDateTime::currentDateTimeUtc());
    if (!counts)
        return failed(counts.error());

    for (const Diagnostic &warning : parsed->warnings)
        context.err << shownName << ':' << warning.line << ':' << warning.column
                    << ": warning: " << warning.message << Qt::endl;
    context.out << "Imported " << counted(counts->imported, QStringLiteral("feed"), QStringLiteral("feeds"))
                << " (" << counts->already << " already subscribed) into "
                << counted(document.folders.size(), QStringLiteral("folder"), QStringLiteral("folders"))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace ImportOpmlCommand
