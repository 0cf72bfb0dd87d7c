#include "addcommand.h"

#include "commandcontext.h"
#include "commanddatabase.h"
#include "displayurl.h"
#include "exitcode.h"
#include "feedfinder.h"
#include "feedparser.h"
#include "feedsource.h"
#include "feedsubscriber.h"
#include "folderargument.h"
#include "folderstore.h"
#include "pollschedule.h"
#include "pollsettings.h"
#include "proxysetting.h"
#include "threadexpiry.h"
#include "transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace AddCommand {

namespace {

bool isWebAddress(const QString &location)
{
    const QString scheme = QUrl(location).scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

// Fetches a web address once, resolving a page to the feed it links to.
Result<FoundFeed> findOnWeb(const QUrl &url, const PollSettings &settings)
{
    QNetworkAccessManager manager;
    ProxySetting::apply(manager, settings.proxy);
    FeedFinder finder(&manager);
    QEventLoop loop;
    std::optional<FoundFeed> found;
    QString error;
    QObject::connect(&finder, &FeedFinder::found, &loop, [&](const FoundFeed &feed) {
        found = feed;
        loop.quit();
    });
    QObject::connect(&finder, &FeedFinder::failed, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    finder.find(url, settings.limits);
    loop.exec();
    if (!found)
        return Result<FoundFeed>::failure(error);
    return *found;
}

} // namespace

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
        return context.usageError(QCoreApplication::translate(
            "AddCommand", "give one feed: a web address, a file:// URL or the path of a feed file"));
    const QString title = parser.value(titleOption).simplified();
    if (parser.isSet(titleOption) && title.isEmpty())
        return context.usageError(QCoreApplication::translate("AddCommand", "--title needs some text"));
    const QString folderName = parser.value(folderOption);
    if (parser.isSet(folderOption)) {
        const qsizetype depth = FolderArgument::path(folderName).size();
        if (depth == 0)
            return context.usageError(
                QCoreApplication::translate("AddCommand", "--folder needs a folder name"));
        if (depth > 2)
            return context.usageError(QCoreApplication::translate(
                "AddCommand", "folders nest one level deep: give --folder NAME or --folder PARENT/NAME"));
    }

    // Read (or fetch) and parse before writing anything: an address that is
    // not a feed leaves no subscription behind.
    const QString location = positional.first();
    const std::unique_ptr<Database> database = CommandDatabase::open(context, CommandDatabase::Use::Write);
    if (!database)
        return ExitCode::Usage;
    auto failed = [&context, &database](const Diagnostic &error) {
        CommandDatabase::reportFailure(context, *database, error);
        return ExitCode::Failed;
    };

    FeedSubscriber::Request request;
    request.title = title;
    Feed feed;
    QList<FeedDiscovery::Candidate> others;
    if (isWebAddress(location)) {
        const QUrl url(location, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return context.usageError(
                QCoreApplication::translate("AddCommand", "%1 is not a valid web address").arg(location));
        const Result<PollSettings> settings = PollSettings::read(*database);
        if (!settings)
            return failed(settings.error());
        const Result<FoundFeed> found = findOnWeb(url, settings.value());
        if (!found) {
            context.err << "docket add: " << DisplayUrl::withoutCredentials(url) << ": "
                        << found.error().message << Qt::endl;
            return ExitCode::Failed;
        }
        for (const Diagnostic &warning : found->warnings)
            context.err << DisplayUrl::withoutCredentials(found->url) << ": warning: " << warning.message
                        << Qt::endl;
        feed = found->feed;
        others = found->others;
        request.url = found->url;
        request.etag = found->fetch.etag;
        request.lastModified = found->fetch.lastModified;
        request.bodySha256 = found->fetch.bodySha256;
        request.now = found->fetch.retrievedAt;
    } else {
        const Result<FeedSource> source = FeedSource::read(location);
        if (!source)
            return context.usageError(source.error().message);
        FeedParser::Options options;
        options.baseUrl = source->url;
        options.maxBytes = FeedSource::maxBytes;
        const Result<FeedParser::Parsed> parsed = FeedParser::parse(source->bytes, options);
        if (!parsed) {
            const Diagnostic &e = parsed.error();
            context.err << source->shownName << ':' << qMax<qint64>(e.line, 1) << ':'
                        << qMax<qint64>(e.column, 1) << ": " << e.message << Qt::endl;
            return ExitCode::Usage;
        }
        for (const Diagnostic &warning : parsed->warnings)
            context.err << source->shownName << ':' << warning.line << ':' << warning.column
                        << ": warning: " << warning.message << Qt::endl;
        feed = parsed->feed;
        request.url = source->url;
        request.now = QDateTime::currentDateTimeUtc();
    }

    FeedRecord added;
    int stored = 0;
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
        stored = subscribed->threads.inserted;
        if (const Result<bool> committed = transaction.commit(); !committed)
            return failed(committed.error());
    }
    context.out << added.id << '\t' << added.title << Qt::endl;
    // stdout stays "ID<tab>TITLE" for scripts; the rest is for the person typing.
    context.err << "docket add: "
                << QCoreApplication::translate("AddCommand", "%n thread(s) stored from %1", nullptr, stored)
                       .arg(DisplayUrl::withoutCredentials(added.url))
                << Qt::endl;
    for (const FeedDiscovery::Candidate &other : std::as_const(others))
        context.err << "docket add: "
                    << (other.title.isEmpty()
                            ? QCoreApplication::translate("AddCommand", "the page also links to %1")
                                  .arg(DisplayUrl::withoutCredentials(other.url))
                            : QCoreApplication::translate("AddCommand", "the page also links to %1 (%2)")
                                  .arg(DisplayUrl::withoutCredentials(other.url), other.title))
                    << Qt::endl;

    // As after every poll: what is past its retention goes.
    ExpiryOptions expiry;
    expiry.now = request.now;
    if (const Result<ExpiryReport> expired = ThreadExpiry(*database).run(expiry); !expired)
        return failed(expired.error());
    return ExitCode::Success;
}

} // namespace AddCommand
