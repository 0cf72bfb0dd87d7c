#include "threadwriterworker.h"

#include "feedparser.h"
#include "feedsource.h"
#include "feedstore.h"
#include "feedsubscriber.h"
#include "folderstore.h"
#include "opmlreader.h"
#include "settingsstore.h"
#include "threadexpiry.h"
#include "threadstore.h"
#include "transaction.h"

#include <QDateTime>
#include <QFile>
#include <QStringList>

namespace {

QString readError(const QString &path, const QString &why)
{
    return QObject::tr("Could not read %1: %2").arg(path, why);
}

// The folder a feed moves to: "" is the top level; "Name" or "Parent/Child"
// is created when missing, as `docket add --folder` does.
Result<std::optional<qint64>> folderFor(Database &database, const QString &folder)
{
    QStringList path;
    for (const QString &part : folder.split(u'/', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            path.append(part.trimmed());
    }
    if (path.isEmpty())
        return std::optional<qint64>();
    const Result<FolderRecord> made = FolderStore(database).ensure(path);
    if (!made)
        return made.error();
    return std::optional<qint64>(made->id);
}

Result<bool> refuseEmptyTitle(const QString &title)
{
    if (title.simplified().isEmpty())
        return Result<bool>::failure(QObject::tr("A feed needs a title."));
    return true;
}

Result<bool> applyProperties(Database &database, qint64 feedId,
                             const ThreadWriter::FeedProperties &properties)
{
    if (auto ok = refuseEmptyTitle(properties.title); !ok)
        return ok;
    Transaction transaction(database);
    if (!transaction.ok())
        return transaction.error();
    FeedStore feeds(database);
    if (auto ok = feeds.setTitle(feedId, properties.title); !ok || !ok.value())
        return ok;
    const Result<std::optional<qint64>> folder = folderFor(database, properties.folder);
    if (!folder)
        return folder.error();
    if (auto ok = feeds.setFolder(feedId, folder.value()); !ok)
        return ok;
    if (auto ok = feeds.setRetentionDays(feedId, properties.retentionDays); !ok)
        return ok;
    if (auto ok = feeds.setPollIntervalMinutes(feedId, properties.pollIntervalMinutes); !ok)
        return ok;
    if (auto ok = feeds.setCapture(feedId, properties.capture); !ok)
        return ok;
    return transaction.commit();
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

void ThreadWriterWorker::addFeedFile(const QString &location)
{
    // Read and parse before touching the cache: a file that is not a feed
    // leaves no subscription behind.
    const Result<FeedSource> source = FeedSource::read(location.trimmed());
    if (!source) {
        Q_EMIT failed(tr("Could not add the feed: %1").arg(source.error().message));
        return;
    }
    FeedParser::Options options;
    options.baseUrl = source->url;
    options.maxBytes = FeedSource::maxBytes;
    const Result<FeedParser::Parsed> parsed = FeedParser::parse(source->bytes, options);
    if (!parsed) {
        Q_EMIT failed(readError(source->shownName, parsed.error().toString()));
        return;
    }
    Database *db = database();
    if (!db)
        return;
    FeedSubscriber::Request request;
    request.url = source->url;
    request.now = QDateTime::currentDateTimeUtc();
    const Result<FeedSubscriber::Subscription> subscribed =
        FeedSubscriber(*db).subscribe(parsed->feed, request);
    if (!subscribed) {
        Q_EMIT failed(subscribed.error().message);
        return;
    }
    if (subscribed->refused) {
        Q_EMIT failed(subscribed->refused->message);
        return;
    }
    // As after every poll: what is past its retention goes.
    runExpiry(request.now);
    const QString &name = subscribed->feed.title;
    const UpsertReport &threads = subscribed->threads;
    if (threads.tooOld > 0)
        Q_EMIT feedsChanged(tr("%1: %2 new threads (%3 older than the retention period were left out).")
                                .arg(name)
                                .arg(threads.inserted)
                                .arg(threads.tooOld));
    else
        Q_EMIT feedsChanged(tr("%1: %2 new threads.").arg(name).arg(threads.inserted));
}

void ThreadWriterWorker::importOpml(const QString &path)
{
    const OpmlReader::Options options;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT failed(readError(path, file.errorString()));
        return;
    }
    // One byte past the limit is enough for the reader to refuse the file.
    importOpmlData(file.read(options.maxBytes + 1), path);
}

void ThreadWriterWorker::importOpmlData(const QByteArray &bytes, const QString &name)
{
    const Result<OpmlReader::Parsed> parsed = OpmlReader::read(bytes);
    if (!parsed) {
        Q_EMIT failed(readError(name, parsed.error().toString()));
        return;
    }
    Database *db = database();
    if (!db)
        return;
    const OpmlDocument &document = parsed->document;
    const Result<FeedSubscriber::ImportCounts> counts =
        FeedSubscriber(*db).importOpml(document, QDateTime::currentDateTimeUtc());
    if (!counts) {
        Q_EMIT failed(tr("Nothing was imported from %1: %2").arg(name, counts.error().message));
        return;
    }
    Q_EMIT feedsChanged(tr("Imported %1 feeds (%2 already subscribed) into %3 folders.")
                            .arg(counts->imported)
                            .arg(counts->already)
                            .arg(document.folders.size()));
}

bool ThreadWriterWorker::runExpiry(const QDateTime &now, qint64 *deleted)
{
    Database *db = database();
    if (!db)
        return false;
    ExpiryOptions options;
    options.now = now;
    const Result<ExpiryReport> report = ThreadExpiry(*db).run(options);
    if (!report) {
        Q_EMIT failed(report.error().message);
        return false;
    }
    if (deleted)
        *deleted = report->deleted;
    return true;
}

void ThreadWriterWorker::expire()
{
    Database *db = database();
    // A read-only cache is still readable; its threads age in place until a
    // writable Docket opens it.
    if (!db || !db->isWritable())
        return;
    qint64 deleted = 0;
    if (runExpiry(QDateTime::currentDateTimeUtc(), &deleted))
        Q_EMIT expired(deleted);
}

void ThreadWriterWorker::changeFeed(qint64 feedId, const std::function<Result<bool>(Database &)> &change,
                                    const std::function<QString(const FeedRecord &)> &summary, bool expire)
{
    Database *db = database();
    if (!db)
        return;
    const Result<std::optional<FeedRecord>> before = FeedStore(*db).feed(feedId);
    if (!before) {
        Q_EMIT failed(before.error().message);
        return;
    }
    if (!before.value()) {
        Q_EMIT failed(tr("That feed is no longer subscribed."));
        return;
    }
    const Result<bool> changed = change(*db);
    if (!changed) {
        Q_EMIT failed(tr("%1 was not changed: %2").arg(before.value()->title, changed.error().message));
        return;
    }
    if (!changed.value()) {
        Q_EMIT failed(tr("That feed is no longer subscribed."));
        return;
    }
    if (expire)
        runExpiry(QDateTime::currentDateTimeUtc());
    Q_EMIT feedsChanged(summary(*before.value()));
}

void ThreadWriterWorker::renameFeed(qint64 feedId, const QString &title)
{
    changeFeed(
        feedId,
        [feedId, title](Database &db) -> Result<bool> {
            if (auto ok = refuseEmptyTitle(title); !ok)
                return ok;
            return FeedStore(db).setTitle(feedId, title);
        },
        [title](const FeedRecord &before) {
            return tr("Renamed “%1” to “%2”.").arg(before.title, title.simplified());
        });
}

void ThreadWriterWorker::moveFeed(qint64 feedId, const QString &folder)
{
    changeFeed(
        feedId,
        [feedId, folder](Database &db) -> Result<bool> {
            Transaction transaction(db);
            if (!transaction.ok())
                return transaction.error();
            const Result<std::optional<qint64>> target = folderFor(db, folder);
            if (!target)
                return target.error();
            if (auto ok = FeedStore(db).setFolder(feedId, target.value()); !ok || !ok.value())
                return ok;
            return transaction.commit();
        },
        [folder](const FeedRecord &before) {
            return folder.trimmed().isEmpty() ? tr("Moved “%1” out of its folder.").arg(before.title)
                                              : tr("Moved “%1” to %2.").arg(before.title, folder.trimmed());
        });
}

void ThreadWriterWorker::setFeedRetention(qint64 feedId, std::optional<int> days)
{
    changeFeed(
        feedId, [feedId, days](Database &db) { return FeedStore(db).setRetentionDays(feedId, days); },
        [days](const FeedRecord &before) {
            return days ? tr("“%1” keeps threads for %n day(s).", nullptr, *days).arg(before.title)
                        : tr("“%1” keeps threads as long as the global setting says.").arg(before.title);
        },
        true);
}

void ThreadWriterWorker::setFeedPollInterval(qint64 feedId, std::optional<int> minutes)
{
    changeFeed(
        feedId,
        [feedId, minutes](Database &db) { return FeedStore(db).setPollIntervalMinutes(feedId, minutes); },
        [minutes](const FeedRecord &before) {
            return minutes ? tr("“%1” is checked every %n minute(s).", nullptr, *minutes).arg(before.title)
                           : tr("“%1” is checked as often as the global setting says.").arg(before.title);
        });
}

void ThreadWriterWorker::updateFeed(qint64 feedId, const ThreadWriter::FeedProperties &properties)
{
    changeFeed(
        feedId, [feedId, properties](Database &db) { return applyProperties(db, feedId, properties); },
        [properties](const FeedRecord &) {
            return tr("Saved the properties of “%1”.").arg(properties.title.simplified());
        },
        true);
}

void ThreadWriterWorker::removeFeed(qint64 feedId)
{
    changeFeed(
        feedId, [feedId](Database &db) { return FeedStore(db).remove(feedId); },
        [](const FeedRecord &before) {
            return tr("Unsubscribed from “%1”; %n thread(s) deleted with it.", nullptr, before.threads)
                .arg(before.title);
        });
}

void ThreadWriterWorker::saveSettings(const ThreadWriter::CacheSettings &settings)
{
    Database *db = database();
    if (!db)
        return;
    Result<bool> saved = [&]() -> Result<bool> {
        Transaction transaction(*db);
        if (!transaction.ok())
            return transaction.error();
        SettingsStore store(*db);
        if (auto ok = store.setRetentionDays(settings.retentionDays); !ok)
            return ok;
        if (auto ok = store.setPollIntervalMinutes(settings.pollIntervalMinutes); !ok)
            return ok;
        if (auto ok = store.setProxy(settings.proxy); !ok)
            return ok;
        return transaction.commit();
    }();
    if (!saved) {
        Q_EMIT failed(tr("The settings were not saved: %1").arg(saved.error().message));
        return;
    }
    // A shorter retention applies at once, as it would at the next start.
    qint64 deleted = 0;
    runExpiry(QDateTime::currentDateTimeUtc(), &deleted);
    Q_EMIT settingsSaved();
    Q_EMIT feedsChanged(
        deleted > 0
            ? tr("Settings saved; %n thread(s) past the new retention period deleted.", nullptr, int(deleted))
            : tr("Settings saved."));
}
