#include "exportjob.h"

#include "articleexporter.h"
#include "database.h"
#include "exportfilename.h"
#include "exportselection.h"
#include "imagestore.h"
#include "threadstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

namespace ExportJob {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportJob", text);
}

Result<QList<qint64>> idsOf(const ThreadStore &threads, const ExportRequest &request,
                            const ExportOffer &offer, const QDateTime &now, bool *truncated)
{
    switch (request.scope) {
    case ExportRequest::Scope::CurrentThread:
        if (offer.currentId == 0)
            return Result<QList<qint64>>::failure(tr("No thread is shown to export."));
        return QList<qint64>{offer.currentId};
    case ExportRequest::Scope::Selection:
        if (offer.selectedIds.size() > maxThreads) {
            *truncated = true;
            return offer.selectedIds.first(maxThreads);
        }
        return offer.selectedIds;
    case ExportRequest::Scope::List:
        break;
    }
    return ExportSelection::matchingIds(threads, offer.list, now, maxThreads, truncated);
}

} // namespace

ExportArticle articleOf(const ThreadRecord &thread, const ImageStore *images)
{
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
    const Provenance source = ExportSelection::provenance(thread);
    article.retrievedFrom = source.finalUrl;
    article.etag = source.etag;
    article.lastModified = source.lastModified;
    article.sha256 = source.sha256;
    if (!images)
        return article;
    // An image that cannot be read is left a link, as any unstored one is.
    const Result<QList<QUrl>> urls = images->urls(thread.id);
    for (const QUrl &url : urls ? urls.value() : QList<QUrl>()) {
        const Result<std::optional<StoredImage>> image = images->image(thread.id, url);
        if (image && image.value())
            article.images.insert(ImageStore::key(url), image.value()->bytes);
    }
    return article;
}

Result<Plan> plan(Database &database, const ExportRequest &request, const ExportOffer &offer,
                  const QDateTime &now)
{
    const QFileInfo target(request.path);
    if (request.path.isEmpty())
        return Result<Plan>::failure(tr("Choose where to save the export."));
    if (request.oneFilePerThread && !target.isDir())
        return Result<Plan>::failure(
            tr("There is no folder %1 to save the threads in.").arg(QDir::toNativeSeparators(request.path)));
    if (!request.oneFilePerThread && (target.isDir() || !target.absoluteDir().exists()))
        return Result<Plan>::failure(
            tr("%1 is not a file Docket can save to: choose a file name in an existing folder.")
                .arg(QDir::toNativeSeparators(request.path)));

    Plan made;
    made.format = request.format;
    const ThreadStore threads(database);
    const Result<QList<qint64>> ids = idsOf(threads, request, offer, now, &made.truncated);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Result<Plan>::failure(tr("There are no threads to export; nothing was written."));

    if (!request.oneFilePerThread) {
        made.ids = ids.value();
        made.paths = {target.absoluteFilePath()};
    } else {
        // Files are named after titles, which only the stored threads know.
        const QDir folder(request.path);
        QSet<QString> taken;
        for (const qint64 id : ids.value()) {
            const Result<std::optional<ThreadRecord>> thread = threads.thread(id, now);
            if (!thread)
                return thread.error();
            if (!thread.value())
                continue; // expired since the list was shown: the rest are still worth writing
            made.ids.append(id);
            made.paths.append(folder.filePath(
                ExportFileName::unique(thread.value()->title, exportFormatExtension(request.format), taken)));
        }
        if (made.ids.isEmpty())
            return Result<Plan>::failure(tr("The threads are no longer in the cache; nothing was written."));
    }
    for (const QString &path : std::as_const(made.paths)) {
        if (QFileInfo::exists(path))
            made.existing.append(path);
    }
    return made;
}

Result<QStringList> write(Database &database, const Plan &plan, const QDateTime &now,
                          const std::function<void(int, int)> &progress)
{
    PdfExporter::Options pdf;
    pdf.pageSize = PdfExporter::pageSizeFor(QLocale::system());
    const ThreadStore threads(database);
    const ImageStore images(database);
    // One path: every thread in one document (or the only thread of a folder export).
    const bool oneDocument = plan.paths.size() == 1;
    const int total = int(plan.paths.size());
    QStringList written;
    for (int i = 0; i < total; ++i) {
        const QString &path = plan.paths.at(i);
        QList<ExportArticle> articles;
        for (const qint64 id : oneDocument ? plan.ids : QList<qint64>{plan.ids.at(i)}) {
            const Result<std::optional<ThreadRecord>> thread = threads.thread(id, now);
            if (!thread)
                return thread.error();
            if (thread.value())
                articles.append(articleOf(*thread.value(), &images));
        }
        if (articles.isEmpty()) {
            if (oneDocument)
                return Result<QStringList>::failure(
                    tr("The threads are no longer in the cache; nothing was written."));
            continue;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Result<QStringList>::failure(
                tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        const Result<bool> done = ArticleExporter::write(articles, plan.format, file, pdf);
        if (!done)
            return Result<QStringList>::failure(
                tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), done.error().message));
        if (!file.commit())
            return Result<QStringList>::failure(
                tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        written.append(path);
        if (progress)
            progress(i + 1, total);
    }
    return written;
}

} // namespace ExportJob
