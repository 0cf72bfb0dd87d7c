#include "fetchqueue.h"

#include "feedfetcher.h"

#include <algorithm>

FetchQueue::FetchQueue(QNetworkAccessManager *manager, QObject *parent) : QObject(parent), m_manager(manager)
{
}

FetchQueue::~FetchQueue()
{
    // The fetchers are children and go with the queue; stop them reporting first.
    for (const Running &running : std::as_const(m_running)) {
        running.fetcher->disconnect(this);
        running.fetcher->cancel();
    }
}

void FetchQueue::setMaxConcurrent(int overall)
{
    m_maxConcurrent = std::max(1, overall);
    pump();
}

void FetchQueue::setMaxPerHost(int perHost)
{
    m_maxPerHost = std::max(1, perHost);
    pump();
}

FetchQueue::JobId FetchQueue::enqueue(const FetchRequest &request)
{
    const JobId id = m_nextId++;
    m_waiting.append({id, request, request.url.host().toLower()});
    m_busy = true;
    pump();
    return id;
}

void FetchQueue::cancel(JobId id)
{
    const auto waiting =
        std::find_if(m_waiting.begin(), m_waiting.end(), [id](const Job &job) { return job.id == id; });
    if (waiting != m_waiting.end()) {
        m_waiting.erase(waiting);
    } else if (m_running.contains(id)) {
        release(id);
        pump();
    } else {
        return;
    }
    reportIdleIfSo();
}

void FetchQueue::cancelAll()
{
    if (isIdle())
        return;
    m_waiting.clear();
    const QList<JobId> running = m_running.keys();
    for (const JobId id : running)
        release(id);
    reportIdleIfSo();
}

void FetchQueue::pump()
{
    for (auto job = m_waiting.begin(); job != m_waiting.end() && int(m_running.size()) < m_maxConcurrent;) {
        if (m_perHost.value(job->host) >= m_maxPerHost) {
            ++job;
            continue;
        }
        auto *fetcher = new FeedFetcher(m_manager, this);
        const JobId id = job->id;
        connect(fetcher, &FeedFetcher::finished, this,
                [this, id](const FetchResult &result) { onFinished(id, result); });
        m_running.insert(id, {fetcher, job->host});
        ++m_perHost[job->host];
        const FetchRequest request = job->request;
        job = m_waiting.erase(job);
        fetcher->start(request); // never reports from inside start(), so the loop stays valid
    }
}

void FetchQueue::onFinished(JobId id, const FetchResult &result)
{
    release(id);
    Q_EMIT fetched(id, result);
    pump();
    reportIdleIfSo();
}

void FetchQueue::release(JobId id)
{
    const Running running = m_running.take(id);
    if (!running.fetcher)
        return;
    if (--m_perHost[running.host] <= 0)
        m_perHost.remove(running.host);
    running.fetcher->disconnect(this);
    running.fetcher->cancel();
    running.fetcher->deleteLater(); // it may be inside its own signal
}

void FetchQueue::reportIdleIfSo()
{
    if (m_busy && isIdle()) {
        m_busy = false; // once per stretch of work, however it ended
        Q_EMIT idle();
    }
}
