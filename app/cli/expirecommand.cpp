#include "expirecommand.h"

#include "commandcontext.h"
#include "commanddatabase.h"
#include "exitcode.h"
#include "idargument.h"
#include "settingsstore.h"
#include "threadexpiry.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ExpireCommand {

int run(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption daysOption(QStringLiteral("days"), QString(), QStringLiteral("n"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    parser.addOptions({daysOption, dryRunOption});
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QCoreApplication::translate("ExpireCommand", "takes options only, not '%1'")
                                      .arg(parser.positionalArguments().first()));
    ExpiryOptions options;
    options.dryRun = parser.isSet(dryRunOption);
    if (parser.isSet(daysOption)) {
        const std::optional<qint64> days = IdArgument::parse(parser.value(daysOption));
        if (!days || *days > maxDays)
            return context.usageError(
                QCoreApplication::translate("ExpireCommand",
                                            "--days takes a number of days from 1 to %1, not '%2'")
                    .arg(maxDays)
                    .arg(parser.value(daysOption)));
        options.days = int(*days);
    }

    // A dry run only counts, so it works on a database that cannot be written.
    const std::unique_ptr<Database> database = CommandDatabase::open(
        context, options.dryRun ? CommandDatabase::Use::Read : CommandDatabase::Use::Write);
    if (!database)
        return ExitCode::Usage;
    auto failed = [&context, &database](const Diagnostic &error) {
        CommandDatabase::reportFailure(context, *database, error);
        return ExitCode::Failed;
    };
    int days = 0;
    if (options.days) {
        days = *options.days;
    } else {
        const Result<int> global = SettingsStore(*database).retentionDays();
        if (!global)
            return failed(global.error());
        days = global.value();
    }
    options.now = QDateTime::currentDateTimeUtc();
    const Result<ExpiryReport> report = ThreadExpiry(*database).run(options);
    if (!report)
        return failed(report.error());
    const qint64 n = report->deleted;
    context.out << (options.dryRun ? "Would delete " : "Deleted ")
                << (n == 1 ? QStringLiteral("1 thread") : QStringLiteral("%1 threads").arg(n))
                << " older than "
                << (days == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(days)) << Qt::endl;
    return ExitCode::Success;
}

} // namespace ExpireCommand
