// Writes to the cache (read, kept, feeds, settings) on a worker thread, so the window never waits on a write.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <optional>

class ThreadWriterWorker;

class ThreadWriter : public QObject
{
    Q_OBJECT

public:
    // What the Feed properties dialog sets, all at once.
    struct FeedProperties
    {
        QString title;
        QString folder;                   // "Name" or "Parent/Child", created when missing; empty: top level
        std::optional<int> retentionDays; // empty: the global retention
        std::optional<int> pollIntervalMinutes; // empty: the global interval
        // Full articles of new threads: empty automatic (summary-only items), true always, false never.
        std::optional<bool> capture;

        friend bool operator==(const FeedProperties &, const FeedProperties &) = default;
    };

    // The settings kept in the cache itself (SettingsStore), shared with the commands.
    struct CacheSettings
    {
        int retentionDays = 21;
        int pollIntervalMinutes = 30;
        QString
            proxy; // SettingsStore's form: "http://host:port", "socks5://host:port", "none"; empty: system

        friend bool operator==(const CacheSettings &, const CacheSettings &) = default;
    };

    // The worker opens its own connection to databasePath (Qt Sql connections
    // belong to the thread that opened them; WAL lets the window read meanwhile).
    explicit ThreadWriter(const QString &databasePath, QObject *parent = nullptr);
    // Finishes the queued writes, then stops the worker.
    ~ThreadWriter() override;

    // Each request is queued and answered by a signal.
    void setRead(const QList<qint64> &ids, bool read);
    void setKept(const QList<qint64> &ids, bool kept);
    void markAllRead(std::optional<qint64> feedId);
    // Subscribes to a feed file (a file:// URL or a local path) and stores its
    // threads, as `docket add` does; a file already subscribed is refused.
    void addFeedFile(const QString &location);
    // Subscribes to every feed of an OPML file not yet subscribed; none is read
    // until the next refresh, as with `docket import-opml`.
    void importOpml(const QString &path);
    // The same for a list already in memory (the starter feeds); name says
    // where it came from in messages.
    void importOpmlData(const QByteArray &bytes, const QString &name);

    // Feed management, each answered by feedsChanged() (or failed()). A
    // change of retention runs the retention rule at once, as starting does.
    void renameFeed(qint64 feedId, const QString &title);
    void moveFeed(qint64 feedId, const QString &folder);
    void setFeedRetention(qint64 feedId, std::optional<int> days);
    void setFeedPollInterval(qint64 feedId, std::optional<int> minutes);
    // Title, folder, retention and interval in one transaction.
    void updateFeed(qint64 feedId, const FeedProperties &properties);
    // Unsubscribes and deletes the feed's threads, kept ones too.
    void removeFeed(qint64 feedId);
    // Saves the global retention, poll interval and proxy in one transaction,
    // then runs the retention rule; answered by settingsSaved() and feedsChanged().
    void saveSettings(const CacheSettings &settings);
    // Deletes what is past its retention (the 21-day rule; kept threads
    // stay), as Docket does when it starts; answered by expired(). Nothing
    // happens on a read-only cache.
    void expire();

Q_SIGNALS:
    void readChanged(const QList<qint64> &ids, bool read);
    void keptChanged(const QList<qint64> &ids, bool kept);
    // Feeds or counts changed in a way lists should read again.
    void feedsChanged(const QString &summary);
    void expired(qint64 deleted);
    void settingsSaved();
    void failed(const QString &message);

private:
    QThread m_thread;
    ThreadWriterWorker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
};
