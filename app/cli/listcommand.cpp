#include "listcommand.h"

#include "commandcontext.h"
#include "commanddatabase.h"
#include "exitcode.h"
#include "feedstore.h"
#include "folderstore.h"
#include "idargument.h"
#include "searchquery.h"
#include "threadjson.h"
#include "threadstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ListCommand {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QStringLiteral("-");
}

void writeText(QTextStream &out, const ThreadRecord &thread, bool withSnippet)
{
    out << thread.id << '\t' << localTime(thread.published) << '\t' << thread.feedTitle << '\t'
        << (thread.title.isEmpty() ? QStringLiteral("(no title)") : thread.title);
    if (thread.kept)
        out << " [kept]";
    if (!thread.read)
        out << " [unread]";
    if (withSnippet)
        out << '\t' << ThreadJson::snippetText(thread.snippet);
    out << '\n';
}

} // namespace

int run(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption feedOption(QStringLiteral("feed"), QString(), QStringLiteral("id"));
    const QCommandLineOption folderOption(QStringLiteral("folder"), QString(), QStringLiteral("name"));
    const QCommandLineOption searchOption(QStringLiteral("search"), QString(), QStringLiteral("query"));
    const QCommandLineOption unreadOption(QStringLiteral("unread"));
    const QCommandLineOption starredOption(QStringLiteral("starred"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("n"));
    const QCommandLineOption sortOption(QStringLiteral("sort"), QString(), QStringLiteral("order"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({feedOption, folderOption, searchOption, unreadOption, starredOption, limitOption,
                       sortOption, jsonOption});
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QCoreApplication::translate("ListCommand", "takes options only, not '%1'")
                                      .arg(parser.positionalArguments().first()));

    ThreadFilter filter;
    filter.unreadOnly = parser.isSet(unreadOption);
    filter.keptOnly = parser.isSet(starredOption);
    filter.limit = defaultLimit;
    if (parser.isSet(limitOption)) {
        const std::optional<qint64> limit = IdArgument::parse(parser.value(limitOption));
        if (!limit || *limit > maxLimit)
            return context.usageError(
                QCoreApplication::translate("ListCommand", "--limit takes a number from 1 to %1, not '%2'")
                    .arg(maxLimit)
                    .arg(parser.value(limitOption)));
        filter.limit = int(*limit);
    }
    std::optional<qint64> feedId;
    if (parser.isSet(feedOption)) {
        feedId = IdArgument::parse(parser.value(feedOption));
        if (!feedId)
            return context.usageError(
                QCoreApplication::translate("ListCommand",
                                            "--feed takes a feed id (see docket feeds), not '%1'")
                    .arg(parser.value(feedOption)));
        filter.feedId = feedId;
    }
    const bool searching = parser.isSet(searchOption);
    if (searching) {
        // Checked here so that a query Docket cannot understand is bad input
        // in plain words, never a database error.
        const Result<SearchQuery> query = SearchQuery::parse(parser.value(searchOption));
        if (!query)
            return context.usageError(query.error().message);
        filter.search = parser.value(searchOption);
    }
    filter.order = searching ? ThreadFilter::Order::BestMatch : ThreadFilter::Order::Newest;
    if (parser.isSet(sortOption)) {
        const QString sort = parser.value(sortOption);
        if (sort == u"newest")
            filter.order = ThreadFilter::Order::Newest;
        else if (sort == u"best" && searching)
            filter.order = ThreadFilter::Order::BestMatch;
        else if (sort == u"best")
            return context.usageError(
                QCoreApplication::translate("ListCommand", "--sort best needs --search"));
        else
            return context.usageError(
                QCoreApplication::translate("ListCommand", "--sort takes newest or best, not '%1'")
                    .arg(sort));
    }

    const std::unique_ptr<Database> database = CommandDatabase::open(context, CommandDatabase::Use::Read);
    if (!database)
        return ExitCode::Usage;
    auto failed = [&context, &database](const Diagnostic &error) {
        CommandDatabase::reportFailure(context, *database, error);
        return ExitCode::Failed;
    };
    if (feedId) {
        const Result<std::optional<FeedRecord>> feed = FeedStore(*database).feed(*feedId);
        if (!feed)
            return failed(feed.error());
        if (!feed.value())
            return context.usageError(
                QCoreApplication::translate("ListCommand", "there is no feed %1 (see docket feeds)")
                    .arg(*feedId));
    }
    if (parser.isSet(folderOption)) {
        const QString name = parser.value(folderOption);
        const Result<std::optional<FolderRecord>> folder = FolderStore(*database).find(name);
        if (!folder)
            return context.usageError(folder.error().message);
        if (!folder.value())
            return context.usageError(
                QCoreApplication::translate("ListCommand", "there is no folder called \"%1\"").arg(name));
        filter.folderId = folder.value()->id;
    }

    const Result<ThreadPage> page = ThreadStore(*database).list(filter, QDateTime::currentDateTimeUtc());
    if (!page)
        return failed(page.error());
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ThreadRecord &thread : page->threads)
            array.append(ThreadJson::listEntry(thread, searching));
        context.writeJson(QJsonDocument(array));
    } else {
        for (const ThreadRecord &thread : page->threads)
            writeText(context.out, thread, searching);
    }
    context.out.flush();
    return ExitCode::Success;
}

} // namespace ListCommand
