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

class Database;
class FetchQueue;
class QNetworkAccessManager;

// Runs in the thread it lives in: the fetches are asynchronous, and each
// feed's parse and store happen there as its fetch ends (on the poller's
// worker thread in the window, on the main thread in `docket poll`). After
// the last feed, the retention rule runs, as after every poll.
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

    // Polls each feed once; `finished` follows, never from inside start().
    void start(const QList<FeedRecord> &feeds);
    // Stops what is still running; `finished` reports what was done.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void feedPolled(const FeedPollResult &result);
    void progress(int done, int total);
    void finished(const PollSummary &summary);

private:
    void onFetched(quint64 job, const FetchResult &result);
    void readLocalFeeds();
    void settle(const FeedRecord &feed, const FetchResult &result);
    void finishIfDone();

    Database &m_database;
    FetchQueue *m_queue = nullptr; // child
    FetchLimits m_limits;
    PollPolicy m_policy;
    QHash<quint64, FeedRecord> m_jobs;
    QList<FeedRecord> m_localFeeds;
    PollSummary m_summary;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
};
