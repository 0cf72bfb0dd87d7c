#include "threadwriterworker.h"

#include "feedparser.h"
#include "feedstore.h"
#include "folderstore.h"
#include "opmlreader.h"
#include "threadstore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace {

constexpr qint64 maxFeedBytes = 50LL * 1024 * 1024;

QString readError(const QString &path, const QString &why)
{
    return QObject::tr("Could not read %1: %2").arg(path, why);
}

} // namespace

ThreadWriterWorker::ThreadWriterWorker(const QString &databasePath) : m_path(databasePath)
{
}

ThreadWriterWorker::~ThreadWriterWorker() = default;

Database *ThreadWriterWorker::database()
{
    if (m_database)
        return m_database.get();
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    if (!opened) {
        Q_EMIT failed(tr("Could not open the cache %1: %2").arg(m_path, opened.error().message));
        return nullptr;
    }
    m_database = std::move(opened).value();
    return m_database.get();
}

void ThreadWriterWorker::setRead(const QList<qint64> &ids, bool read)
{
    Database *db = database();
    if (!db)
        return;
    const Result<MarkReport> report = ThreadStore(*db).setRead(ids, read);
    if (!report) {
        Q_EMIT failed(report.error().message);
        return;
    }
    Q_EMIT readChanged(report->changed + report->unchanged, read);
}

void ThreadWriterWorker::setKept(const QList<qint64> &ids, bool kept)
{
    Database *db = database();
    if (!db)
        return;
    const Result<MarkReport> report = ThreadStore(*db).setKept(ids, kept);
    if (!report) {
        Q_EMIT failed(report.error().message);
        return;
    }
    Q_EMIT keptChanged(report->changed + report->unchanged, kept);
}

void ThreadWriterWorker::markAllRead(std::optional<qint64> feedId)
{
    Database *db = database();
    if (!db)
        return;
    const Result<qint64> changed = ThreadStore(*db).markAllRead(feedId);
    if (!changed) {
        Q_EMIT failed(changed.error().message);
        return;
    }
    Q_EMIT feedsChanged(tr("Marked %1 threads read.").arg(changed.value()));
}

QString ThreadWriterWorker::storeFeedFile(const QString &filePath, const QUrl &url, const QString &title,
                                          std::optional<qint64> folderId, bool *ok)
{
    *ok = false;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return readError(filePath, file.errorString());
    if (file.size() > maxFeedBytes)
        return readError(filePath, tr("the file is larger than 50 MB"));
    FeedParser::Options options;
    options.baseUrl = url;
    const Result<FeedParser::Parsed> parsed = FeedParser::parse(file.readAll(), options);
    if (!parsed)
        return readError(filePath, parsed.error().toString());
    Database *db = database();
    if (!db)
        return tr("The cache is not available.");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FeedStore feeds(*db);
    const Result<std::optional<FeedRecord>> existing = feeds.feedByUrl(url);
    if (!existing)
        return existing.error().message;
    qint64 feedId = 0;
    QString name;
    if (existing.value()) {
        feedId = existing.value()->id;
        name = existing.value()->title;
    } else {
        name = title.isEmpty() ? parsed->feed.title : title;
        const Result<FeedRecord> added = feeds.add(NewFeed{url, name, parsed->feed.link, folderId}, now);
        if (!added)
            return added.error().message;
        feedId = added->id;
    }
    const Result<UpsertReport> stored = ThreadStore(*db).store(feedId, parsed->feed, now);
    if (!stored)
        return stored.error().message;
    FetchRecord fetch;
    fetch.fetchedAt = now;
    if (const Result<bool> recorded = feeds.recordFetch(feedId, fetch); !recorded)
        return recorded.error().message;
    *ok = true;
    if (stored->tooOld > 0)
        return tr("%1: %2 new threads (%3 older than the retention period were left out).")
            .arg(name)
            .arg(stored->inserted)
            .arg(stored->tooOld);
    return tr("%1: %2 new threads.").arg(name).arg(stored->inserted);
}

void ThreadWriterWorker::addFeedFile(const QString &location)
{
    const QString trimmed = location.trimmed();
    const QUrl asUrl(trimmed, QUrl::StrictMode);
    QString path = trimmed;
    if (asUrl.isLocalFile())
        path = asUrl.toLocalFile();
    else if (!asUrl.scheme().isEmpty() && asUrl.scheme().size() > 1) {
        Q_EMIT failed(tr("Only feed files (a file:// address or a path) can be added for now; "
                         "web addresses come with fetching."));
        return;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    bool ok = false;
    const QString summary =
        storeFeedFile(absolute, QUrl::fromLocalFile(absolute), QString(), std::nullopt, &ok);
    if (ok)
        Q_EMIT feedsChanged(summary);
    else
        Q_EMIT failed(summary);
}

void ThreadWriterWorker::importOpml(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT failed(readError(path, file.errorString()));
        return;
    }
    const Result<OpmlReader::Parsed> parsed = OpmlReader::read(file.readAll());
    if (!parsed) {
        Q_EMIT failed(readError(path, parsed.error().toString()));
        return;
    }
    Database *db = database();
    if (!db)
        return;
    int added = 0;
    QStringList problems;
    auto subscribe = [&](const OpmlSubscription &subscription, std::optional<qint64> folderId) {
        if (subscription.feedUrl.isLocalFile()) {
            bool ok = false;
            const QString summary = storeFeedFile(subscription.feedUrl.toLocalFile(), subscription.feedUrl,
                                                  subscription.title, folderId, &ok);
            ok ? void(++added) : problems.append(summary);
            return;
        }
        FeedStore feeds(*db);
        const Result<std::optional<FeedRecord>> existing = feeds.feedByUrl(subscription.feedUrl);
        if (existing && existing.value())
            return;
        const Result<FeedRecord> made =
            feeds.add(NewFeed{subscription.feedUrl, subscription.title, subscription.siteUrl, folderId},
                      QDateTime::currentDateTimeUtc());
        made ? void(++added) : problems.append(made.error().message);
    };
    for (const OpmlSubscription &subscription : parsed->document.subscriptions)
        subscribe(subscription, std::nullopt);
    for (const OpmlFolder &folder : parsed->document.folders) {
        const Result<FolderRecord> made = FolderStore(*db).ensure({folder.title});
        if (!made) {
            problems.append(made.error().message);
            continue;
        }
        for (const OpmlSubscription &subscription : folder.subscriptions)
            subscribe(subscription, made->id);
    }
    QString summary = tr("Imported %1 of %2 feeds.").arg(added).arg(parsed->document.subscriptionCount());
    if (!problems.isEmpty())
        summary += u' ' + problems.join(u' ');
    Q_EMIT feedsChanged(summary);
}
