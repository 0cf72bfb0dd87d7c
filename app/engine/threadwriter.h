// Writes to the cache (read, kept, new feeds) on a worker thread, so the window never waits on a write.
#pragma once

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
    void failed(const QString &message);

private:
    QThread m_thread;
    ThreadWriterWorker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
};
