// Runs many fetches politely: a few at once overall, fewer per host, in the order given.
#pragma once

#include "fetchrequest.h"
#include "fetchresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class FeedFetcher;
class QNetworkAccessManager;

// Jobs start in the order they were queued, except that a job whose host is
// already at its limit waits without holding back jobs for other hosts. The
// host is the one in the queued URL (a redirect elsewhere still counts
// against it). Each job is reported once by `fetched`, unless cancelled.
class FetchQueue : public QObject
{
    Q_OBJECT

public:
    using JobId = quint64;

    explicit FetchQueue(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~FetchQueue() override;

    // Limits apply to jobs started from now on; at least 1 each.
    void setMaxConcurrent(int overall);
    void setMaxPerHost(int perHost);
    int maxConcurrent() const { return m_maxConcurrent; }
    int maxPerHost() const { return m_maxPerHost; }

    JobId enqueue(const FetchRequest &request);
    // A waiting job is dropped, a running one stopped; neither is reported.
    void cancel(JobId id);
    void cancelAll();

    int waitingCount() const { return int(m_waiting.size()); }
    int runningCount() const { return int(m_running.size()); }
    bool isIdle() const { return m_waiting.isEmpty() && m_running.isEmpty(); }

Q_SIGNALS:
    void fetched(quint64 id, const FetchResult &result);
    // Every job queued so far has been reported or cancelled.
    void idle();

private:
    struct Job
    {
        JobId id = 0;
        FetchRequest request;
        QString host;
    };
    struct Running
    {
        FeedFetcher *fetcher = nullptr; // a child of the queue
        QString host;
    };

    void pump();
    void onFinished(JobId id, const FetchResult &result);
    void release(JobId id);
    void reportIdleIfSo();

    QNetworkAccessManager *m_manager;
    int m_maxConcurrent = 6;
    int m_maxPerHost = 2;
    JobId m_nextId = 1;
    bool m_busy = false;
    QList<Job> m_waiting;
    QHash<JobId, Running> m_running;
    QHash<QString, int> m_perHost;
};
