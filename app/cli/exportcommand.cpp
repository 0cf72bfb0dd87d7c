#include "exportcommand.h"

#include "articleexporter.h"
#include "commandcontext.h"
#include "commanddatabase.h"
#include "exitcode.h"
#include "exportfilename.h"
#include "exportselection.h"
#include "feedstore.h"
#include "idargument.h"
#include "imagestore.h"
#include "searchquery.h"
#include "threadstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <limits>

namespace ExportCommand {

namespace {

// What to export, once the arguments are understood.
struct Selection
{
    QList<qint64> ids;
    std::optional<qint64> feedId;
    QString search;
};

ExportArticle articleOf(const ThreadRecord &thread)
{
    // What is exported and cited is the window's choice too (ExportSelection).
    const Citation::Source cited = ExportSelection::citationSource(thread);
    ExportArticle article;
    article.title = cited.title;
    article.source = cited.source;
    article.author = cited.author;
    article.published = cited.published;
    article.retrieved = cited.retrieved;
    article.link = cited.url;
    article.html = ExportSelection::body(thread);
    article.categories = thread.categories;
    article.enclosures = thread.enclosures;
    // The provenance of the text exported: the captured page's when that is
    // the body, else the feed document's.
    const Provenance source = ExportSelection::provenance(thread);
    article.retrievedFrom = source.finalUrl;
    article.etag = source.etag;
    article.lastModified = source.lastModified;
    article.sha256 = source.sha256;
    return article;
}

// The images Docket keeps for the thread, embedded by the exporters instead
// of links.
Result<bool> addImages(const ImageStore &images, qint64 threadId, ExportArticle &article)
{
    const Result<QList<QUrl>> urls = images.urls(threadId);
    if (!urls)
        return urls.error();
    for (const QUrl &url : urls.value()) {
        const Result<std::optional<StoredImage>> image = images.image(threadId, url);
        if (!image)
            return image.error();
        if (image.value())
            article.images.insert(url.toString(QUrl::FullyEncoded), image.value()->bytes);
    }
    return true;
}

bool writeFile(const CommandContext &context, const QString &path, const QList<ExportArticle> &articles,
               ExportFormat format)
{
    // Written beside the target and renamed over it: an interrupted export
    // never leaves a half file where a good one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        context.err
            << "docket " << context.name << ": " << QDir::toNativeSeparators(path) << ": "
            << QCoreApplication::translate("ExportCommand", "cannot write: %1").arg(file.errorString())
            << Qt::endl;
        return false;
    }
    PdfExporter::Options pdf;
    pdf.pageSize = PdfExporter::pageSizeFor(QLocale::system());
    const Result<bool> written = ArticleExporter::write(articles, format, file, pdf);
    if (!written || !file.commit()) {
        context.err << "docket " << context.name << ": " << QDir::toNativeSeparators(path) << ": "
                    << (written ? QCoreApplication::translate("ExportCommand", "could not be written: %1")
                                      .arg(file.errorString())
                                : written.error().message)
                    << Qt::endl;
        return false;
    }
    context.out << QDir::toNativeSeparators(path) << '\n';
    return true;
}

} // namespace

bool needsGuiApplication(const QStringList &commandArguments)
{
    for (qsizetype i = 0; i < commandArguments.size(); ++i) {
        const QString &argument = commandArguments.at(i);
        if (argument.compare(u"--format=pdf", Qt::CaseInsensitive) == 0 ||
            argument.compare(u"-format=pdf", Qt::CaseInsensitive) == 0)
            return true;
        if ((argument == u"--format" || argument == u"-format") && i + 1 < commandArguments.size() &&
            commandArguments.at(i + 1).compare(u"pdf", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int run(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption searchOption(QStringLiteral("search"), QString(), QStringLiteral("query"));
    const QCommandLineOption feedOption(QStringLiteral("feed"), QString(), QStringLiteral("id"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("format"));
    const QCommandLineOption outputOption(QStringLiteral("output"), QString(), QStringLiteral("path"));
    const QCommandLineOption forceOption(QStringLiteral("force"));
    parser.addOptions({searchOption, feedOption, formatOption, outputOption, forceOption});
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());

    Selection selection;
    const QStringList positional = parser.positionalArguments();
    const int kinds =
        int(!positional.isEmpty()) + int(parser.isSet(searchOption)) + int(parser.isSet(feedOption));
    if (kinds == 0)
        return context.usageError(QCoreApplication::translate(
            "ExportCommand", "give thread ids, --search QUERY or --feed ID (see docket list)"));
    if (kinds > 1)
        return context.usageError(QCoreApplication::translate(
            "ExportCommand", "give thread ids, --search or --feed: only one of them"));
    if (!positional.isEmpty()) {
        QString bad;
        const std::optional<QList<qint64>> ids = IdArgument::parseAll(positional, &bad);
        if (!ids)
            return context.usageError(
                QCoreApplication::translate("ExportCommand", "'%1' is not a thread id (see docket list)")
                    .arg(bad));
        selection.ids = *ids;
    } else if (parser.isSet(feedOption)) {
        selection.feedId = IdArgument::parse(parser.value(feedOption));
        if (!selection.feedId)
            return context.usageError(
                QCoreApplication::translate("ExportCommand",
                                            "--feed takes a feed id (see docket feeds), not '%1'")
                    .arg(parser.value(feedOption)));
    } else {
        // Checked here so that a query Docket cannot understand is bad input
        // in plain words, never a database error.
        const Result<SearchQuery> query = SearchQuery::parse(parser.value(searchOption));
        if (!query)
            return context.usageError(query.error().message);
        selection.search = parser.value(searchOption);
    }

    if (!parser.isSet(formatOption))
        return context.usageError(
            QCoreApplication::translate("ExportCommand", "give --format html, md, txt or pdf"));
    const std::optional<ExportFormat> format = exportFormatFromName(parser.value(formatOption));
    if (!format)
        return context.usageError(
            QCoreApplication::translate("ExportCommand", "--format takes html, md, txt or pdf, not '%1'")
                .arg(parser.value(formatOption)));
    if (*format == ExportFormat::Pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        context.err << "docket " << context.name << ": "
                    << QCoreApplication::translate("ExportCommand",
                                                   "PDF needs fonts, which this program could not load")
                    << Qt::endl;
        return ExitCode::Failed;
    }
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return context.usageError(QCoreApplication::translate(
            "ExportCommand", "give --output PATH: a file, or an existing folder for one file per thread"));
    const bool force = parser.isSet(forceOption);
    const QFileInfo outputInfo(output);
    const bool toFolder = outputInfo.isDir();
    if (!toFolder) {
        if (output.endsWith(u'/') || output.endsWith(QDir::separator()))
            return context.usageError(
                QCoreApplication::translate("ExportCommand", "there is no folder %1").arg(output));
        if (!outputInfo.absoluteDir().exists())
            return context.usageError(
                QCoreApplication::translate("ExportCommand", "there is no folder %1 to write %2 in")
                    .arg(QDir::toNativeSeparators(outputInfo.absolutePath()), outputInfo.fileName()));
        if (outputInfo.exists() && !force)
            return context.usageError(
                QCoreApplication::translate("ExportCommand", "%1 already exists; add --force to replace it")
                    .arg(output));
    }

    const std::unique_ptr<Database> database = CommandDatabase::open(context, CommandDatabase::Use::Read);
    if (!database)
        return ExitCode::Usage;
    auto failed = [&context, &database](const Diagnostic &error) {
        CommandDatabase::reportFailure(context, *database, error);
        return ExitCode::Failed;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ThreadStore threads(*database);
    QList<qint64> ids = selection.ids;
    if (selection.feedId) {
        const Result<std::optional<FeedRecord>> feed = FeedStore(*database).feed(*selection.feedId);
        if (!feed)
            return failed(feed.error());
        if (!feed.value())
            return context.usageError(
                QCoreApplication::translate("ExportCommand", "there is no feed %1 (see docket feeds)")
                    .arg(*selection.feedId));
    }
    if (selection.feedId || !selection.search.isEmpty()) {
        ThreadFilter filter;
        filter.feedId = selection.feedId;
        filter.search = selection.search;
        // The order `list` shows: best match first for a search, else newest.
        filter.order =
            selection.search.isEmpty() ? ThreadFilter::Order::Newest : ThreadFilter::Order::BestMatch;
        const Result<QList<qint64>> matching =
            ExportSelection::matchingIds(threads, filter, now, std::numeric_limits<qsizetype>::max());
        if (!matching)
            return failed(matching.error());
        ids = matching.value();
    }
    if (ids.isEmpty()) {
        context.err << "docket " << context.name << ": "
                    << QCoreApplication::translate("ExportCommand", "no threads to export; nothing written")
                    << Qt::endl;
        return ExitCode::Failed;
    }

    QList<ExportArticle> articles;
    articles.reserve(ids.size());
    for (const qint64 id : std::as_const(ids)) {
        const Result<std::optional<ThreadRecord>> thread = threads.thread(id, now);
        if (!thread)
            return failed(thread.error());
        if (!thread.value())
            return context.usageError(
                QCoreApplication::translate(
                    "ExportCommand", "there is no thread %1: it may have expired or its feed been removed")
                    .arg(id));
        ExportArticle article = articleOf(*thread.value());
        if (auto ok = addImages(ImageStore(*database), id, article); !ok)
            return failed(ok.error());
        articles.append(article);
    }

    if (!toFolder) {
        const bool written = writeFile(context, output, articles, *format);
        context.out.flush();
        return written ? ExitCode::Success : ExitCode::Failed;
    }
    // One file per thread. Every name is checked before any file is
    // written, so a refusal leaves the folder as it was.
    const QDir folder(output);
    QSet<QString> taken;
    QStringList paths;
    for (const ExportArticle &article : std::as_const(articles)) {
        const QString path =
            folder.filePath(ExportFileName::unique(article.title, exportFormatExtension(*format), taken));
        if (!force && QFileInfo::exists(path))
            return context.usageError(
                QCoreApplication::translate("ExportCommand", "%1 already exists; add --force to replace it")
                    .arg(QDir::toNativeSeparators(path)));
        paths.append(path);
    }
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (!writeFile(context, paths.at(i), {articles.at(i)}, *format)) {
            context.out.flush();
            return ExitCode::Failed;
        }
    }
    context.out.flush();
    return ExitCode::Success;
}

} // namespace ExportCommand
