#include "removecommand.h"

#include "commandcontext.h"
#include "commanddatabase.h"
#include "exitcode.h"
#include "feedstore.h"
#include "idargument.h"
#include "transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace RemoveCommand {

int run(const CommandContext &context)
{
    QCommandLineParser parser;
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(
            QCoreApplication::translate("RemoveCommand", "give the id of one feed (see docket feeds)"));
    const std::optional<qint64> id = IdArgument::parse(positional.first());
    if (!id)
        return context.usageError(
            QCoreApplication::translate("RemoveCommand", "'%1' is not a feed id (see docket feeds)")
                .arg(positional.first()));

    const std::unique_ptr<Database> database = CommandDatabase::open(context, CommandDatabase::Use::Write);
    if (!database)
        return ExitCode::Usage;
    auto failed = [&context, &database](const Diagnostic &error) {
        CommandDatabase::reportFailure(context, *database, error);
        return ExitCode::Failed;
    };
    FeedStore feeds(*database);
    // The feed is read in the same change that removes it, so the count
    // printed is the count removed.
    Transaction transaction(*database);
    if (!transaction.ok())
        return failed(transaction.error());
    const Result<std::optional<FeedRecord>> feed = feeds.feed(*id);
    if (!feed)
        return failed(feed.error());
    if (!feed.value())
        return context.usageError(
            QCoreApplication::translate("RemoveCommand", "there is no feed %1 (see docket feeds)").arg(*id));
    const Result<bool> removed = feeds.remove(*id);
    if (!removed)
        return failed(removed.error());
    if (const Result<bool> committed = transaction.commit(); !committed)
        return failed(committed.error());
    const int threads = feed.value()->threads;
    context.out << "Removed " << *id << ": " << feed.value()->title << " ("
                << (threads == 1 ? QStringLiteral("1 thread") : QStringLiteral("%1 threads").arg(threads))
                << ')' << Qt::endl;
    return ExitCode::Success;
}

} // namespace RemoveCommand
