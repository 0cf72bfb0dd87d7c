#include "importopmlcommand.h"

#include "commandcontext.h"
#include "commanddatabase.h"
#include "exitcode.h"
#include "feedstore.h"
#include "folderargument.h"
#include "folderstore.h"
#include "inputfile.h"
#include "opmlreader.h"
#include "transaction.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace ImportOpmlCommand {

namespace {

QString counted(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? QStringLiteral("1 ") + one : QStringLiteral("%1 %2").arg(n).arg(many);
}

// The Docket folder an OPML folder becomes: "Courts/Ninth Circuit" (how
// `export-opml` writes a subfolder) nests; a deeper title stays one name.
QStringList folderPath(const QString &title)
{
    const QStringList path = FolderArgument::path(title);
    return path.size() <= 2 ? path : QStringList{title.simplified()};
}

struct Counts
{
    int imported = 0;
    int already = 0;
};

// Subscribes to each feed not yet subscribed; existing ones stay where they are.
Result<bool> subscribe(FeedStore &feeds, const QList<OpmlSubscription> &subscriptions,
                       std::optional<qint64> folderId, const QDateTime &now, Counts &counts)
{
    for (const OpmlSubscription &subscription : subscriptions) {
        const Result<std::optional<FeedRecord>> existing = feeds.feedByUrl(subscription.feedUrl);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            ++counts.already;
            continue;
        }
        NewFeed feed;
        feed.url = subscription.feedUrl;
        feed.title = subscription.title;
        feed.site = subscription.siteUrl;
        feed.folderId = folderId;
        if (const Result<FeedRecord> added = feeds.add(feed, now); !added)
            return added.error();
        ++counts.imported;
    }
    return true;
}

} // namespace

int run(const CommandContext &context)
{
    QCommandLineParser parser;
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("give one OPML file, or - for standard input"));
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FeedStore feeds(*database);
    FolderStore folders(*database);
    Counts counts;
    {
        // The whole list or nothing: a failure half way leaves no half import.
        Transaction transaction(*database);
        if (!transaction.ok())
            return failed(transaction.error());
        for (const OpmlFolder &opmlFolder : document.folders) {
            const Result<FolderRecord> folder = folders.ensure(folderPath(opmlFolder.title));
            if (!folder)
                return failed(folder.error());
            if (const Result<bool> ok = subscribe(feeds, opmlFolder.subscriptions, folder->id, now, counts);
                !ok)
                return failed(ok.error());
        }
        if (const Result<bool> ok = subscribe(feeds, document.subscriptions, std::nullopt, now, counts); !ok)
            return failed(ok.error());
        if (const Result<bool> committed = transaction.commit(); !committed)
            return failed(committed.error());
    }

    for (const Diagnostic &warning : parsed->warnings)
        context.err << shownName << ':' << warning.line << ':' << warning.column
                    << ": warning: " << warning.message << Qt::endl;
    context.out << "Imported " << counted(counts.imported, QStringLiteral("feed"), QStringLiteral("feeds"))
                << " (" << counts.already << " already subscribed) into "
                << counted(document.folders.size(), QStringLiteral("folder"), QStringLiteral("folders"))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace ImportOpmlCommand
