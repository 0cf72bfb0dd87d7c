#include "showcommand.h"

#include "commandcontext.h"
#include "commanddatabase.h"
#include "exitcode.h"
#include "idargument.h"
#include "readingtext.h"
#include "threadjson.h"
#include "threadstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace ShowCommand {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString plural(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? QStringLiteral("1 ") + one : QStringLiteral("%1 %2").arg(n).arg(many);
}

// The thread's fate under the retention rule, as the window shows it.
QString retentionLine(const ThreadRecord &thread, const QDateTime &now)
{
    if (thread.kept)
        return QStringLiteral("Kept");
    if (!thread.expires.isValid())
        return {};
    const qint64 seconds = now.secsTo(thread.expires);
    if (seconds <= 0)
        return QStringLiteral("Deleted at the next expiry unless kept");
    const qint64 days = (seconds + 86399) / 86400;
    return QStringLiteral("Deleted in %1 unless kept")
        .arg(plural(days, QStringLiteral("day"), QStringLiteral("days")));
}

// When the feed carried only a summary: the article as captured from its
// page, or why there is none.
void writeCapture(QTextStream &out, const ArticleCapture &capture)
{
    switch (capture.status) {
    case ArticleCapture::Status::None:
        return;
    case ArticleCapture::Status::Pending:
        out << "\nFull article: not captured yet (at the next poll)\n";
        return;
    case ArticleCapture::Status::Failed:
        out << "\nFull article: could not be captured. " << capture.error << '\n';
        return;
    case ArticleCapture::Status::Captured:
        break;
    }
    out << "\nFull article\n";
    QStringList byline;
    if (!capture.byline.isEmpty())
        byline.append(capture.byline);
    if (capture.published.isValid())
        byline.append(localTime(capture.published));
    if (!byline.isEmpty())
        out << byline.join(QStringLiteral(" · ")) << '\n';
    const QString text = ReadingText::fromHtml(capture.html);
    if (!text.isEmpty())
        out << '\n' << text << '\n';
    const Provenance &source = capture.provenance;
    if (!source.isEmpty())
        out << "\nCaptured " << localTime(source.retrievedAt) << " from "
            << source.finalUrl.toString(QUrl::FullyEncoded) << " (SHA-256 " << source.sha256 << ")\n";
}

void writeText(QTextStream &out, const ThreadRecord &thread, const QList<RevisionRecord> &revisions,
               const QDateTime &now)
{
    out << (thread.title.isEmpty() ? QStringLiteral("(no title)") : thread.title) << '\n';
    out << "Posted by " << thread.feedTitle << '\n';
    QStringList byline;
    if (!thread.author.isEmpty())
        byline.append(thread.author);
    byline.append(thread.published.isValid() ? localTime(thread.published)
                                             : QStringLiteral("first seen ") + localTime(thread.firstSeen));
    if (thread.revised)
        byline.append(QStringLiteral("revised by the publisher (%1)")
                          .arg(plural(revisions.size(), QStringLiteral("earlier version"),
                                      QStringLiteral("earlier versions"))));
    out << byline.join(QStringLiteral(" · ")) << '\n';
    out << "Closed · not open for replies\n";
    if (const QString retention = retentionLine(thread, now); !retention.isEmpty())
        out << retention << '\n';

    const QString body =
        ReadingText::fromHtml(ThreadJson::readerHtml(thread.summary, thread.content, thread.link));
    if (!body.isEmpty())
        out << '\n' << body << '\n';
    writeCapture(out, thread.capture);

    QStringList attached;
    if (!thread.categories.isEmpty())
        attached.append(QStringLiteral("Categories: ") + thread.categories.join(QStringLiteral(", ")));
    for (const Enclosure &enclosure : thread.enclosures) {
        QStringList details;
        if (!enclosure.type.isEmpty())
            details.append(enclosure.type);
        if (enclosure.length >= 0)
            details.append(QLocale::c().formattedDataSize(enclosure.length, 1));
        attached.append(QStringLiteral("Attachment: ") + enclosure.url.toString(QUrl::FullyEncoded) +
                        (details.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(details.join(u", "))));
    }
    if (!attached.isEmpty())
        out << '\n' << attached.join(u'\n') << '\n';
    if (!thread.link.isEmpty())
        out << "\nContinue reading at " << thread.link.toString(QUrl::FullyEncoded) << '\n';
}

} // namespace

int run(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOption(jsonOption);
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(
            QCoreApplication::translate("ShowCommand", "give the id of one thread (see docket list)"));
    const std::optional<qint64> id = IdArgument::parse(positional.first());
    if (!id)
        return context.usageError(
            QCoreApplication::translate("ShowCommand", "'%1' is not a thread id (see docket list)")
                .arg(positional.first()));

    const std::unique_ptr<Database> database = CommandDatabase::open(context, CommandDatabase::Use::Read);
    if (!database)
        return ExitCode::Usage;
    auto failed = [&context, &database](const Diagnostic &error) {
        CommandDatabase::reportFailure(context, *database, error);
        return ExitCode::Failed;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ThreadStore threads(*database);
    const Result<std::optional<ThreadRecord>> thread = threads.thread(*id, now);
    if (!thread)
        return failed(thread.error());
    if (!thread.value())
        return context.usageError(
            QCoreApplication::translate("ShowCommand",
                                        "there is no thread %1: it may have expired or its feed been removed")
                .arg(*id));
    const Result<QList<RevisionRecord>> revisions = threads.revisions(*id);
    if (!revisions)
        return failed(revisions.error());

    if (parser.isSet(jsonOption))
        context.writeJson(QJsonDocument(ThreadJson::showEntry(*thread.value(), revisions.value())));
    else
        writeText(context.out, *thread.value(), revisions.value(), now);
    context.out.flush();
    return ExitCode::Success;
}

} // namespace ShowCommand
