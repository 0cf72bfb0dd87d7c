// Polls feeds for the window on a worker thread: by hand, on the schedule, or one feed; finds and subscribes
// new ones.
#pragma once

#include "feedfinder.h"
#include "feedpollresult.h"
#include "feedrecord.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <optional>

class PollWorker;

// Fetching, parsing and storing all happen on the worker thread, on its own
// connection to the cache (WAL lets the window read meanwhile); only the
// signals reach the window. One poll runs at a time: a request while one
// runs is dropped (the schedule catches up).
class Poller : public QObject
{
    Q_OBJECT

public:
    explicit Poller(const QString &databasePath, QObject *parent = nullptr);
    // Stops a running poll (what was stored stays), then the worker.
    ~Poller() override;

    void pollDue();
    void pollAll();
    void pollFeed(qint64 feedId);
    void cancel();
    bool isBusy() const { return m_busy; }

    // While on, feeds that are due are polled: first after firstAfter, then
    // checked every `every`.
    void setAutomatic(bool on, std::chrono::milliseconds every = std::chrono::minutes(1),
                      std::optional<std::chrono::milliseconds> firstAfter = std::nullopt);
    bool isAutomatic() const { return m_timer.isActive(); }

    // Fetches an address the user typed (a feed or a page linking to one);
    // answered by found() or notFound().
    void find(const QUrl &url);
    // Subscribes to what find() found, storing its threads; answered by
    // subscribed() or subscribeFailed(). folderPath {} is the top level.
    void subscribe(const FoundFeed &found, const QString &title, const QStringList &folderPath);

Q_SIGNALS:
    void started(int total);
    void progress(int done, int total);
    void feedPolled(const FeedPollResult &result);
    void finished(const PollSummary &summary);
    void found(const FoundFeed &feed);
    void notFound(const QString &message);
    void subscribed(const FeedRecord &feed, int threads);
    void subscribeFailed(const QString &message);

private:
    void request(int scope, qint64 feedId);

    QThread m_thread;
    PollWorker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
    QTimer m_timer;
    std::chrono::milliseconds m_every{0};
    bool m_busy = false;
};
