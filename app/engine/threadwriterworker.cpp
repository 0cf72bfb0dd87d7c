#include "threadwriterworker.h"

#include "feedparser.h"
#include "feedsource.h"
#include "feedsubscriber.h"
#include "opmlreader.h"
#include "threadexpiry.h"
#include "threadstore.h"

#include <QDateTime>
#include <QFile>

namespace {

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
    const Result<OpmlReader::Parsed> parsed = OpmlReader::read(file.read(options.maxBytes + 1), options);
    if (!parsed) {
        Q_EMIT failed(readError(path, parsed.error().toString()));
        return;
    }
    Database *db = database();
    if (!db)
        return;
    const OpmlDocument &document = parsed->document;
    const Result<FeedSubscriber::ImportCounts> counts =
        FeedSubscriber(*db).importOpml(document, QDateTime::currentDateTimeUtc());
    if (!counts) {
        Q_EMIT failed(tr("Nothing was imported from %1: %2").arg(path, counts.error().message));
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
