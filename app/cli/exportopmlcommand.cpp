#include "exportopmlcommand.h"

#include "commandcontext.h"
#include "commanddatabase.h"
#include "exitcode.h"
#include "feedstore.h"
#include "folderstore.h"
#include "opmlwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace ExportOpmlCommand {

namespace {

// A subfolder becomes an OPML folder titled "Parent/Child", which
// `import-opml` nests again: OPML readers elsewhere see one level of folders.
Result<OpmlDocument> document(Database &database, qsizetype *feedCount)
{
    const Result<QList<FolderRecord>> folders = FolderStore(database).list();
    if (!folders)
        return folders.error();
    const Result<QList<FeedRecord>> feeds = FeedStore(database).list();
    if (!feeds)
        return feeds.error();
    OpmlDocument document;
    document.title = QStringLiteral("Docket subscriptions");
    document.dateCreated = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    QHash<qint64, qsizetype> folderIndex;
    for (const FolderRecord &folder : folders.value()) {
        folderIndex.insert(folder.id, document.folders.size());
        document.folders.append(OpmlFolder{folder.path(), {}});
    }
    for (const FeedRecord &feed : feeds.value()) {
        OpmlSubscription subscription;
        subscription.feedUrl = feed.url;
        subscription.title = feed.title;
        const QString siteScheme = feed.site.scheme();
        if (siteScheme == u"http" || siteScheme == u"https")
            subscription.siteUrl = feed.site;
        if (feed.folderId && folderIndex.contains(*feed.folderId))
            document.folders[folderIndex.value(*feed.folderId)].subscriptions.append(subscription);
        else
            document.subscriptions.append(subscription);
    }
    *feedCount = feeds->size();
    return document;
}

} // namespace

int run(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption forceOption(QStringLiteral("force"));
    parser.addOption(forceOption);
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(QCoreApplication::translate(
            "ExportOpmlCommand", "give one file to write, or - for standard output"));
    const QString &file = positional.first();
    const bool toStdout = file == u"-";
    if (!toStdout) {
        const QFileInfo info(file);
        if (info.isDir())
            return context.usageError(
                QCoreApplication::translate("ExportOpmlCommand", "%1 is a folder; give a file name")
                    .arg(file));
        if (info.exists() && !parser.isSet(forceOption))
            return context.usageError(QCoreApplication::translate(
                                          "ExportOpmlCommand", "%1 already exists; add --force to replace it")
                                          .arg(file));
    }

    const std::unique_ptr<Database> database = CommandDatabase::open(context, CommandDatabase::Use::Read);
    if (!database)
        return ExitCode::Usage;
    qsizetype feedCount = 0;
    const Result<OpmlDocument> opml = document(*database, &feedCount);
    if (!opml) {
        CommandDatabase::reportFailure(context, *database, opml.error());
        return ExitCode::Failed;
    }
    const QByteArray bytes = OpmlWriter::write(opml.value());
    if (toStdout) {
        context.out << QString::fromUtf8(bytes);
        context.out.flush();
        return ExitCode::Success;
    }

    // Written beside the target and renamed over it: an interrupted export
    // never leaves a half file where the last good one was.
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly))
        return context.usageError(QCoreApplication::translate("ExportOpmlCommand", "%1: cannot write: %2")
                                      .arg(file, output.errorString()));
    if (output.write(bytes) != bytes.size() || !output.commit()) {
        context.err << "docket " << context.name << ": "
                    << QCoreApplication::translate("ExportOpmlCommand", "%1: could not be written: %2")
                           .arg(file, output.errorString())
                    << Qt::endl;
        return ExitCode::Failed;
    }
    const qsizetype folderCount = opml->folders.size();
    context.out << "Exported "
                << (feedCount == 1 ? QStringLiteral("1 feed") : QStringLiteral("%1 feeds").arg(feedCount))
                << " in "
                << (folderCount == 1 ? QStringLiteral("1 folder")
                                     : QStringLiteral("%1 folders").arg(folderCount))
                << " to " << file << Qt::endl;
    return ExitCode::Success;
}

} // namespace ExportOpmlCommand
