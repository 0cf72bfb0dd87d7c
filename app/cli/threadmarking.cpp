#include "threadmarking.h"

#include "commandcontext.h"
#include "commanddatabase.h"
#include "exitcode.h"
#include "idargument.h"
#include "threadstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int ThreadMarking::run(const CommandContext &context) const
{
    QCommandLineParser parser;
    const QCommandLineOption offFlag(offOption);
    parser.addOption(offFlag);
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.usageError(
            QCoreApplication::translate("ThreadMarking", "give one or more thread ids (see docket list)"));
    QString bad;
    const std::optional<QList<qint64>> ids = IdArgument::parseAll(positional, &bad);
    if (!ids)
        return context.usageError(
            QCoreApplication::translate("ThreadMarking",
                                        "'%1' is not a thread id (see docket list); nothing was changed")
                .arg(bad));

    const std::unique_ptr<Database> database = CommandDatabase::open(context, CommandDatabase::Use::Write);
    if (!database)
        return ExitCode::Usage;
    auto failed = [&context, &database](const Diagnostic &error) {
        CommandDatabase::reportFailure(context, *database, error);
        return ExitCode::Failed;
    };
    ThreadStore threads(*database);
    const bool on = !parser.isSet(offFlag);
    const Result<MarkReport> report = (threads.*set)(ids.value(), on);
    if (!report)
        return failed(report.error());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qint64 id : report->changed) {
        const Result<std::optional<ThreadRecord>> thread = threads.thread(id, now);
        const QString title = thread && thread.value() ? thread.value()->title : QString();
        context.out << (on ? onLine : offLine) << ' ' << id;
        if (!title.isEmpty())
            context.out << ": " << title;
        context.out << '\n';
    }
    context.out.flush();
    if (!report->missing.isEmpty()) {
        QStringList missing;
        for (qint64 id : report->missing)
            missing.append(QString::number(id));
        context.err << "docket " << context.name << ": "
                    << QCoreApplication::translate(
                           "ThreadMarking", "no such thread: %1 (expired, removed or mistyped); the others "
                                            "were changed")
                           .arg(missing.join(QStringLiteral(", ")))
                    << Qt::endl;
        return ExitCode::Failed;
    }
    return ExitCode::Success;
}
