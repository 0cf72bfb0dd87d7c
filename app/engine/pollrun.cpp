#include "pollrun.h"

#include "articlecapturer.h"
#include "database.h"
#include "feedrefresh.h"
#include "fetchqueue.h"
#include "localfeedread.h"
#include "pollschedule.h"
#include "threadexpiry.h"

#include <QDateTime>
#include <QTimer>

PollRun::PollRun(Database &database, QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_queue(new FetchQueue(manager, this))
    , m_capturer(new ArticleCapturer(database, m_queue, this))
{
    connect(m_queue, &FetchQueue::fetched, this, &PollRun::onFetched);
    connect(m_capturer, &ArticleCapturer::finished, this, &PollRun::onCaptured);
    connect(m_capturer, &ArticleCapturer::threadCaptured, this,
            [this](qint64 threadId) { Q_EMIT threadCaptured(threadId); });
}

PollRun::~PollRun() = default;

void PollRun::setConcurrency(int overall, int perHost)
{
    m_queue->setMaxConcurrent(overall);
    m_queue->setMaxPerHost(perHost);
}

void PollRun::start(const QList<FeedRecord> &feeds)
{
    m_summary = {};
    m_jobs.clear();
    m_localFeeds.clear();
    m_total = int(feeds.size());
    m_done = 0;
    m_running = true;
    m_cancelled = false;
    for (const FeedRecord &feed : feeds) {
        if (feed.url.isLocalFile())
            m_localFeeds.append(feed);
        else
            m_jobs.insert(m_queue->enqueue(FeedRefresh::request(feed, m_limits)), feed);
    }
    // Queued, so that `finished` never comes from inside start() and feed
    // files are read between network events, not all before them.
    QTimer::singleShot(0, this, &PollRun::readLocalFeeds);
}

void PollRun::cancel()
{
    if (m_capturer->isRunning()) {
        m_queue->cancelAll();
        m_capturer->cancel();
        return;
    }
    if (!m_running)
        return;
    m_cancelled = true;
    m_queue->cancelAll();
    m_jobs.clear();
    m_localFeeds.clear();
    m_total = m_done;
    finishIfDone();
}

void PollRun::readLocalFeeds()
{
    if (!m_running)
        return;
    if (m_localFeeds.isEmpty()) {
        finishIfDone();
        return;
    }
    const FeedRecord feed = m_localFeeds.takeFirst();
    settle(feed, LocalFeedRead::read(feed, QDateTime::currentDateTimeUtc()));
    QTimer::singleShot(0, this, &PollRun::readLocalFeeds);
}

void PollRun::onFetched(quint64 job, const FetchResult &result)
{
    const auto found = m_jobs.constFind(job);
    if (found == m_jobs.constEnd())
        return;
    const FeedRecord feed = found.value();
    m_jobs.erase(found);
    settle(feed, result);
    finishIfDone();
}

void PollRun::settle(const FeedRecord &feed, const FetchResult &result)
{
    const FeedPollResult polled = FeedRefresh::apply(m_database, feed, result, PollSchedule(m_policy));
    m_summary.add(polled);
    ++m_done;
    Q_EMIT feedPolled(polled);
    Q_EMIT progress(m_done, m_total);
}

void PollRun::finishIfDone()
{
    if (!m_running || m_done < m_total || m_capturer->isRunning())
        return;
    if (m_database.isWritable()) {
        ExpiryOptions expiry;
        expiry.now = QDateTime::currentDateTimeUtc();
        const Result<ExpiryReport> expired = ThreadExpiry(m_database).run(expiry);
        if (expired)
            m_summary.expired = expired->deleted;
        else
            m_summary.error =
                QStringLiteral("Docket could not delete expired threads: %1").arg(expired.error().message);
    }
    // After expiry, so no page is fetched for a thread about to be deleted.
    if (!m_cancelled && m_captureLimit > 0 && m_database.isWritable()) {
        m_capturer->setLimits(m_limits);
        m_capturer->start(m_captureLimit);
        return;
    }
    m_running = false;
    Q_EMIT finished(m_summary);
}

void PollRun::onCaptured(int captured, int failed, const QString &error)
{
    m_summary.captured = captured;
    m_summary.captureFailed = failed;
    if (!error.isEmpty() && m_summary.error.isEmpty())
        m_summary.error = QStringLiteral("Docket could not store a captured article: %1").arg(error);
    m_running = false;
    Q_EMIT finished(m_summary);
}
