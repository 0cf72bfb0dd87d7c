// One poll of a list of feeds: fetch politely, then parse and store each as it arrives.
#pragma once

#include "feedpollresult.h"
#include "feedrecord.h"
#include "fetchlimits.h"
#include "fetchresult.h"
#include "pollpolicy.h"

#include <QHash>
#include <QList>
#include <QObject>

class ArticleCapturer;
class Database;
class FetchQueue;
class QNetworkAccessManager;

// Runs in the thread it lives in: the fetches are asynchronous, and each
// feed's parse and store happen there as its fetch ends (on the poller's
// worker thread in the window, on the main thread in `docket poll`). After
// the last feed, the retention rule runs, as after every poll; then the
// threads waiting for their full article are captured through the same
// queue (ArticleCapturer), and `finished` comes when that is done too. A
// capture that fails is counted in the summary, never as a failed feed.
class PollRun : public QObject
{
    Q_OBJECT

public:
    // Both must outlive the run.
    PollRun(Database &database, QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~PollRun() override;

    void setLimits(const FetchLimits &limits) { m_limits = limits; }
    void setPolicy(const PollPolicy &policy) { m_policy = policy; }
    void setConcurrency(int overall, int perHost);
    // The most threads one poll captures (the rest wait for the next); 0
    // captures none.
    void setCaptureLimit(int threads) { m_captureLimit = threads; }

    // Polls each feed once; `finished` follows, never from inside start().
    void start(const QList<FeedRecord> &feeds);
    // Stops what is still running; `finished` reports what was done.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void feedPolled(const FeedPollResult &result);
    void progress(int done, int total);
    // A thread's full article (or its failure) was stored.
    void threadCaptured(qint64 threadId);
    void finished(const PollSummary &summary);

private:
    void onFetched(quint64 job, const FetchResult &result);
    void readLocalFeeds();
    void settle(const FeedRecord &feed, const FetchResult &result);
    void finishIfDone();
    void onCaptured(int captured, int failed, const QString &error);

    Database &m_database;
    FetchQueue *m_queue = nullptr;         // child
    ArticleCapturer *m_capturer = nullptr; // child
    int m_captureLimit = 200;
    FetchLimits m_limits;
    PollPolicy m_policy;
    QHash<quint64, FeedRecord> m_jobs;
    QList<FeedRecord> m_localFeeds;
    PollSummary m_summary;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
