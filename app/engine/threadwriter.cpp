#include "threadwriter.h"

#include "threadwriterworker.h"

ThreadWriter::ThreadWriter(const QString &databasePath, QObject *parent)
    : QObject(parent), m_worker(new ThreadWriterWorker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("Docket writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ThreadWriterWorker::readChanged, this, &ThreadWriter::readChanged);
    connect(m_worker, &ThreadWriterWorker::keptChanged, this, &ThreadWriter::keptChanged);
    connect(m_worker, &ThreadWriterWorker::feedsChanged, this, &ThreadWriter::feedsChanged);
    connect(m_worker, &ThreadWriterWorker::failed, this, &ThreadWriter::failed);
    connect(m_worker, &ThreadWriterWorker::expired, this, &ThreadWriter::expired);
    connect(m_worker, &ThreadWriterWorker::settingsSaved, this, &ThreadWriter::settingsSaved);
    m_thread.start();
}

ThreadWriter::~ThreadWriter()
{
    // quit() is queued behind the pending requests (quitting directly would
    // leave them unprocessed), so every write asked for is finished before the
    // worker and its connection go.
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(m_worker, [thread] { thread->quit(); });
    m_thread.wait();
}

void ThreadWriter::setRead(const QList<qint64> &ids, bool read)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ids, read] { worker->setRead(ids, read); });
}

void ThreadWriter::setKept(const QList<qint64> &ids, bool kept)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ids, kept] { worker->setKept(ids, kept); });
}

void ThreadWriter::markAllRead(std::optional<qint64> feedId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, feedId] { worker->markAllRead(feedId); });
}

void ThreadWriter::addFeedFile(const QString &location)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, location] { worker->addFeedFile(location); });
}

void ThreadWriter::importOpml(const QString &path)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->importOpml(path); });
}

void ThreadWriter::expire()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->expire(); });
}

void ThreadWriter::importOpmlData(const QByteArray &bytes, const QString &name)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, bytes, name] { worker->importOpmlData(bytes, name); });
}

void ThreadWriter::renameFeed(qint64 feedId, const QString &title)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, feedId, title] { worker->renameFeed(feedId, title); });
}

void ThreadWriter::moveFeed(qint64 feedId, const QString &folder)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, feedId, folder] { worker->moveFeed(feedId, folder); });
}

void ThreadWriter::setFeedRetention(qint64 feedId, std::optional<int> days)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, feedId, days] { worker->setFeedRetention(feedId, days); });
}

void ThreadWriter::setFeedPollInterval(qint64 feedId, std::optional<int> minutes)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, feedId, minutes] { worker->setFeedPollInterval(feedId, minutes); });
}

void ThreadWriter::updateFeed(qint64 feedId, const FeedProperties &properties)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, feedId, properties] { worker->updateFeed(feedId, properties); });
}

void ThreadWriter::removeFeed(qint64 feedId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, feedId] { worker->removeFeed(feedId); });
}

void ThreadWriter::saveSettings(const CacheSettings &settings)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, settings] { worker->saveSettings(settings); });
}
