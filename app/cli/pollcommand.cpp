#include "pollcommand.h"

#include "commandcontext.h"
#include "commanddatabase.h"
#include "exitcode.h"
#include "feedstore.h"
#include "idargument.h"
#include "pollrun.h"
#include "pollsettings.h"
#include "proxysetting.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <chrono>

namespace PollCommand {

namespace {

struct LimitOption
{
    QCommandLineOption option;
    int minimum;
    int maximum;
};

// "3 new, 1 revised", "moved to URL", the parser's warning: what a line adds after the status.
QString detail(const FeedPollResult &result)
{
    QStringList parts;
    switch (result.status) {
    case FeedPollResult::Status::Ok:
        parts.append(result.revised > 0
                         ? QStringLiteral("%1 new, %2 revised").arg(result.inserted).arg(result.revised)
                         : QStringLiteral("%1 new").arg(result.inserted));
        break;
    case FeedPollResult::Status::NotModified:
        parts.append(QStringLiteral("unchanged"));
        break;
    case FeedPollResult::Status::Error:
        parts.append(result.error);
        if (result.stopped)
            parts.append(QStringLiteral("polling stopped until you turn it back on"));
        break;
    }
    if (!result.movedTo.isEmpty())
        parts.append(QStringLiteral("moved to %1").arg(result.movedTo.toDisplayString(QUrl::RemoveUserInfo)));
    if (!result.notice.isEmpty())
        parts.append(result.notice);
    return parts.join(QStringLiteral("; "));
}

QString summaryLine(const PollSummary &summary)
{
    QString line =
        QStringLiteral("polled %1 %2: %3 ok, %4 not modified, %5 failed; %6 new threads, %7 revised; "
                       "%8 expired")
            .arg(summary.feeds)
            .arg(summary.feeds == 1 ? QStringLiteral("feed") : QStringLiteral("feeds"))
            .arg(summary.ok)
            .arg(summary.notModified)
            .arg(summary.failed)
            .arg(summary.inserted)
            .arg(summary.revised)
            .arg(summary.expired);
    // Only when a page was fetched, so the line stays as it was for feeds
    // that carry their whole articles.
    if (summary.captured + summary.captureFailed > 0)
        line += QStringLiteral("; %1 captured, %2 failed")
                    .arg(summary.captured == 1 ? QStringLiteral("1 article")
                                               : QStringLiteral("%1 articles").arg(summary.captured))
                    .arg(summary.captureFailed);
    return line;
}

} // namespace

int run(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption feedOption(QStringLiteral("feed"), QString(), QStringLiteral("id"));
    const QList<LimitOption> limitOptions{
        {QCommandLineOption(QStringLiteral("connect-timeout"), QString(), QStringLiteral("seconds")), 1,
         3600},
        {QCommandLineOption(QStringLiteral("idle-timeout"), QString(), QStringLiteral("seconds")), 1, 3600},
        {QCommandLineOption(QStringLiteral("total-timeout"), QString(), QStringLiteral("seconds")), 1, 3600},
        {QCommandLineOption(QStringLiteral("max-mb"), QString(), QStringLiteral("megabytes")), 1, 1024},
        {QCommandLineOption(QStringLiteral("max-redirects"), QString(), QStringLiteral("count")), 0, 20},
    };
    parser.addOptions({all, feedOption});
    for (const LimitOption &limit : limitOptions)
        parser.addOption(limit.option);
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QCoreApplication::translate("PollCommand", "takes no arguments, not '%1'")
                                      .arg(parser.positionalArguments().first()));
    if (parser.isSet(all) && parser.isSet(feedOption))
        return context.usageError(
            QCoreApplication::translate("PollCommand", "give --all or --feed ID, not both"));
    std::optional<qint64> feedId;
    if (parser.isSet(feedOption)) {
        feedId = IdArgument::parse(parser.value(feedOption));
        if (!feedId)
            return context.usageError(
                QCoreApplication::translate("PollCommand",
                                            "--feed needs a feed id (see docket feeds), not '%1'")
                    .arg(parser.value(feedOption)));
    }
    int values[5] = {};
    for (int i = 0; i < limitOptions.size(); ++i) {
        const LimitOption &limit = limitOptions.at(i);
        if (!parser.isSet(limit.option))
            continue;
        bool number = false;
        values[i] = parser.value(limit.option).toInt(&number);
        if (!number || values[i] < limit.minimum || values[i] > limit.maximum)
            return context.usageError(QCoreApplication::translate(
                                          "PollCommand", "--%1 takes a whole number from %2 to %3, not '%4'")
                                          .arg(limit.option.names().first())
                                          .arg(limit.minimum)
                                          .arg(limit.maximum)
                                          .arg(parser.value(limit.option)));
    }

    const std::unique_ptr<Database> database = CommandDatabase::open(context, CommandDatabase::Use::Write);
    if (!database)
        return ExitCode::Usage;
    auto failed = [&context, &database](const Diagnostic &error) {
        CommandDatabase::reportFailure(context, *database, error);
        return ExitCode::Failed;
    };

    const Result<PollSettings> stored = PollSettings::read(*database);
    if (!stored)
        return failed(stored.error());
    PollSettings settings = stored.value();
    using std::chrono::seconds;
    if (parser.isSet(limitOptions.at(0).option))
        settings.limits.connectTimeout = seconds(values[0]);
    if (parser.isSet(limitOptions.at(1).option))
        settings.limits.inactivityTimeout = seconds(values[1]);
    if (parser.isSet(limitOptions.at(2).option))
        settings.limits.totalTimeout = seconds(values[2]);
    if (parser.isSet(limitOptions.at(3).option))
        settings.limits.maxBodyBytes = qint64(values[3]) * 1024 * 1024;
    if (parser.isSet(limitOptions.at(4).option))
        settings.limits.maxRedirects = values[4];

    const FeedStore store(*database);
    QList<FeedRecord> feeds;
    if (feedId) {
        // Asked for by name, a stopped feed is polled too: if it answers,
        // polling resumes.
        const Result<std::optional<FeedRecord>> feed = store.feed(*feedId);
        if (!feed)
            return failed(feed.error());
        if (!feed.value())
            return context.usageError(
                QCoreApplication::translate("PollCommand", "there is no feed %1 (see docket feeds)")
                    .arg(*feedId));
        feeds.append(*feed.value());
    } else if (parser.isSet(all)) {
        const Result<QList<FeedRecord>> listed = store.list();
        if (!listed)
            return failed(listed.error());
        for (const FeedRecord &feed : listed.value())
            if (!feed.stopped)
                feeds.append(feed);
    } else {
        const Result<QList<FeedRecord>> due = store.due(QDateTime::currentDateTimeUtc());
        if (!due)
            return failed(due.error());
        feeds = due.value();
    }

    QNetworkAccessManager manager;
    ProxySetting::apply(manager, settings.proxy);
    PollRun poll(*database, &manager);
    poll.setLimits(settings.limits);
    poll.setPolicy(settings.policy);
    QEventLoop loop;
    PollSummary summary;
    QObject::connect(&poll, &PollRun::feedPolled, &loop, [&context](const FeedPollResult &result) {
        context.out << result.feedId << '\t' << feedPollStatusName(result.status) << '\t' << result.title
                    << '\t' << detail(result) << Qt::endl;
    });
    QObject::connect(&poll, &PollRun::finished, &loop, [&loop, &summary](const PollSummary &done) {
        summary = done;
        loop.quit();
    });
    poll.start(feeds);
    loop.exec();
    context.out << summaryLine(summary) << Qt::endl;
    if (!summary.error.isEmpty()) {
        context.err << "docket poll: " << summary.error << Qt::endl;
        return ExitCode::Failed;
    }
    return summary.failed > 0 ? ExitCode::Failed : ExitCode::Success;
}

} // namespace PollCommand
