#include "addcommand.h"

#include "commandcontext.h"
#include "commanddatabase.h"
#include "exitcode.h"
#include "feedparser.h"
#include "feedsource.h"
#include "feedsubscriber.h"
#include "folderargument.h"
#include "folderstore.h"
#include "threadexpiry.h"
#include "transaction.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace AddCommand {

int run(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption folderOption(QStringLiteral("folder"), QString(), QStringLiteral("name"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QString(), QStringLiteral("text"));
    parser.addOptions({folderOption, titleOption});
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("give one feed: a file:// URL or the path of a feed file"));
    const QString title = parser.value(titleOption).simplified();
    if (parser.isSet(titleOption) && title.isEmpty())
        return context.usageError(QStringLiteral("--title needs some text"));
    const QString folderName = parser.value(folderOption);
    if (parser.isSet(folderOption)) {
        const qsizetype depth = FolderArgument::path(folderName).size();
        if (depth == 0)
            return context.usageError(QStringLiteral("--folder needs a folder name"));
        if (depth > 2)
            return context.usageError(
                QStringLiteral("folders nest one level deep: give --folder NAME or --folder PARENT/NAME"));
    }

    // Read and parse before touching the database: a file that is not a feed
    // leaves no subscription behind.
    const Result<FeedSource> source = FeedSource::read(positional.first());
    if (!source)
        return context.usageError(source.error().message);
    FeedParser::Options options;
    options.baseUrl = source->url;
    options.maxBytes = FeedSource::maxBytes;
    const Result<FeedParser::Parsed> parsed = FeedParser::parse(source->bytes, options);
    if (!parsed) {
        const Diagnostic &e = parsed.error();
        context.err << source->shownName << ':' << qMax<qint64>(e.line, 1) << ':' << qMax<qint64>(e.column, 1)
                    << ": " << e.message << Qt::endl;
        return ExitCode::Usage;
    }
    for (const Diagnostic &warning : parsed->warnings)
        context.err << source->shownName << ':' << warning.line << ':' << warning.column
                    << ": warning: " << warning.message << Qt::endl;
    const Feed &feed = parsed->feed;

    const std::unique_ptr<Database> database = CommandDatabase::open(context, CommandDatabase::Use::Write);
    if (!database)
        return ExitCode::Usage;
    auto failed = [&context, &database](const Diagnostic &error) {
        CommandDatabase::reportFailure(context, *database, error);
        return ExitCode::Failed;
    };

    FeedSubscriber::Request request;
    request.url = source->url;
    request.title = title;
    request.now = QDateTime::currentDateTimeUtc();
    FeedRecord added;
    {
        // The folder belongs to the subscription: created with it or not at all.
        Transaction transaction(*database);
        if (!transaction.ok())
            return failed(transaction.error());
        if (parser.isSet(folderOption)) {
            FolderStore folders(*database);
            const Result<FolderRecord> folder = FolderArgument::resolve(folders, folderName);
            if (!folder)
                return context.usageError(folder.error().message);
            request.folderId = folder->id;
        }
        const Result<FeedSubscriber::Subscription> subscribed =
            FeedSubscriber(*database).subscribe(feed, request);
        if (!subscribed)
            return failed(subscribed.error());
        if (subscribed->refused)
            return context.usageError(subscribed->refused->message);
        added = subscribed->feed;
        if (const Result<bool> committed = transaction.commit(); !committed)
            return failed(committed.error());
    }
    context.out << added.id << '\t' << added.title << Qt::endl;

    // As after every poll: what is past its retention goes.
    ExpiryOptions expiry;
    expiry.now = request.now;
    if (const Result<ExpiryReport> expired = ThreadExpiry(*database).run(expiry); !expired)
        return failed(expired.error());
    return ExitCode::Success;
}

} // namespace AddCommand
