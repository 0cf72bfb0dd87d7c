#include "feedscommand.h"

#include "commandcontext.h"
#include "commanddatabase.h"
#include "exitcode.h"
#include "feedjson.h"
#include "feedstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace FeedsCommand {

namespace {

QJsonObject toJson(const FeedRecord &feed)
{
    return QJsonObject{
        {QStringLiteral("id"), feed.id},
        {QStringLiteral("title"), feed.title},
        {QStringLiteral("url"), FeedJson::url(feed.url)},
        {QStringLiteral("site"), FeedJson::url(feed.site)},
        {QStringLiteral("folder"), FeedJson::text(feed.folder())},
        {QStringLiteral("status"), feedStatusName(feed.status)},
        {QStringLiteral("error"), FeedJson::text(feed.error)},
        {QStringLiteral("last_fetch"), FeedJson::time(feed.lastFetch)},
        {QStringLiteral("next_poll"), FeedJson::time(feed.nextPoll)},
        {QStringLiteral("threads"), feed.threads},
        {QStringLiteral("unread"), feed.unread},
    };
}

} // namespace

int run(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QCoreApplication::translate("FeedsCommand", "takes no arguments, not '%1'")
                                      .arg(parser.positionalArguments().first()));

    const std::unique_ptr<Database> database = CommandDatabase::open(context, CommandDatabase::Use::Read);
    if (!database)
        return ExitCode::Usage;
    const Result<QList<FeedRecord>> feeds = FeedStore(*database).list();
    if (!feeds) {
        CommandDatabase::reportFailure(context, *database, feeds.error());
        return ExitCode::Failed;
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const FeedRecord &feed : feeds.value())
            array.append(toJson(feed));
        context.writeJson(QJsonDocument(array));
    } else {
        for (const FeedRecord &feed : feeds.value()) {
            const QString folder = feed.folder();
            context.out << feed.id << '\t' << (folder.isEmpty() ? QStringLiteral("-") : folder) << '\t'
                        << feed.title << '\t' << feed.url.toString(QUrl::FullyEncoded) << '\t'
                        << feedStatusName(feed.status) << '\t' << feed.threads << '\t' << feed.unread << '\n';
        }
    }
    context.out.flush();
    return ExitCode::Success;
}

} // namespace FeedsCommand
