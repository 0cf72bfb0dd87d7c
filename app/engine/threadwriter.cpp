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
