#include "pollworker.h"

#include "feedstore.h"
#include "feedsubscriber.h"
#include "folderstore.h"
#include "pollrun.h"
#include "pollschedule.h"
#include "pollsettings.h"
#include "proxysetting.h"
#include "transaction.h"

#include <QDateTime>
#include <QNetworkAccessManager>

PollWorker::PollWorker(const QString &databasePath) : m_path(databasePath)
{
}

PollWorker::~PollWorker() = default;

Database *PollWorker::database(QString *why)
{
    if (m_database)
        return m_database.get();
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    if (!opened) {
        *why = tr("Could not open the cache %1: %2").arg(m_path, opened.error().message);
        return nullptr;
    }
    m_database = std::move(opened).value();
    return m_database.get();
}

QNetworkAccessManager *PollWorker::network()
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return m_network.get();
}

void PollWorker::poll(Scope scope, qint64 feedId)
{
    if (m_run && m_run->isRunning())
        return;
    PollSummary failure;
    Database *db = database(&failure.error);
    if (!db) {
        Q_EMIT finished(failure);
        return;
    }
    const Result<PollSettings> settings = PollSettings::read(*db);
    if (!settings) {
        failure.error = settings.error().message;
        Q_EMIT finished(failure);
        return;
    }
    const FeedStore store(*db);
    QList<FeedRecord> feeds;
    if (scope == Scope::One) {
        const auto feed = store.feed(feedId);
        if (feed && feed.value())
            feeds.append(*feed.value());
    } else if (scope == Scope::All) {
        const auto listed = store.list();
        if (listed)
            for (const FeedRecord &feed : listed.value())
                if (!feed.stopped)
                    feeds.append(feed);
    } else {
        const auto due = store.due(QDateTime::currentDateTimeUtc());
        if (due)
            feeds = due.value();
    }
    // Settings may have changed since the last run: the proxy applies anew.
    ProxySetting::apply(*network(), settings->proxy);
    m_run = std::make_unique<PollRun>(*db, network());
    m_run->setLimits(settings->limits);
    m_run->setPolicy(settings->policy);
    connect(m_run.get(), &PollRun::progress, this, &PollWorker::progress);
    connect(m_run.get(), &PollRun::feedPolled, this, &PollWorker::feedPolled);
    connect(m_run.get(), &PollRun::finished, this, &PollWorker::finished);
    Q_EMIT started(int(feeds.size()));
    m_run->start(feeds);
}

void PollWorker::cancel()
{
    if (m_run)
        m_run->cancel();
    if (m_finder)
        m_finder->cancel();
}

void PollWorker::find(const QUrl &url)
{
    QString why;
    Database *db = database(&why);
    if (!db) {
        Q_EMIT notFound(why);
        return;
    }
    const Result<PollSettings> settings = PollSettings::read(*db);
    if (!settings) {
        Q_EMIT notFound(settings.error().message);
        return;
    }
    ProxySetting::apply(*network(), settings->proxy);
    m_finder = std::make_unique<FeedFinder>(network());
    connect(m_finder.get(), &FeedFinder::found, this, &PollWorker::found);
    connect(m_finder.get(), &FeedFinder::failed, this, &PollWorker::notFound);
    m_finder->find(url, settings->limits);
}

void PollWorker::subscribe(const FoundFeed &found, const QString &title, const QStringList &folderPath)
{
    QString why;
    Database *db = database(&why);
    if (!db) {
        Q_EMIT subscribeFailed(why);
        return;
    }
    const Result<PollSettings> settings = PollSettings::read(*db);
    if (!settings) {
        Q_EMIT subscribeFailed(settings.error().message);
        return;
    }
    // Folder and subscription together, or neither.
    Transaction transaction(*db);
    if (!transaction.ok()) {
        Q_EMIT subscribeFailed(transaction.error().message);
        return;
    }
    FeedSubscriber::Request request;
    request.url = found.url;
    request.title = title.simplified();
    request.now =
        found.fetch.retrievedAt.isValid() ? found.fetch.retrievedAt : QDateTime::currentDateTimeUtc();
    request.etag = found.fetch.etag;
    request.lastModified = found.fetch.lastModified;
    request.bodySha256 = found.fetch.bodySha256;
    if (!folderPath.isEmpty()) {
        const Result<FolderRecord> folder = FolderStore(*db).ensure(folderPath);
        if (!folder) {
            Q_EMIT subscribeFailed(folder.error().message);
            return;
        }
        request.folderId = folder->id;
    }
    const Result<FeedSubscriber::Subscription> done = FeedSubscriber(*db).subscribe(found.feed, request);
    if (!done) {
        Q_EMIT subscribeFailed(done.error().message);
        return;
    }
    if (done->refused) {
        Q_EMIT subscribeFailed(done->refused->message);
        return;
    }
    if (const Result<bool> committed = transaction.commit(); !committed) {
        Q_EMIT subscribeFailed(committed.error().message);
        return;
    }
    Q_EMIT subscribed(done->feed, done->threads.inserted);
}
