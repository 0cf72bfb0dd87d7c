#include "poller.h"

#include "pollworker.h"

Poller::Poller(const QString &databasePath, QObject *parent)
    : QObject(parent), m_worker(new PollWorker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("Docket poller"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PollWorker::started, this, &Poller::started);
    connect(m_worker, &PollWorker::progress, this, &Poller::progress);
    connect(m_worker, &PollWorker::feedPolled, this, &Poller::feedPolled);
    connect(m_worker, &PollWorker::finished, this, [this](const PollSummary &summary) {
        m_busy = false;
        Q_EMIT finished(summary);
    });
    connect(m_worker, &PollWorker::found, this, &Poller::found);
    connect(m_worker, &PollWorker::notFound, this, &Poller::notFound);
    connect(m_worker, &PollWorker::subscribed, this, &Poller::subscribed);
    connect(m_worker, &PollWorker::subscribeFailed, this, &Poller::subscribeFailed);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timer.setInterval(m_every);
        pollDue();
    });
    m_thread.start();
}

Poller::~Poller()
{
    m_timer.stop();
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, thread] {
        worker->cancel();
        thread->quit();
    });
    m_thread.wait();
}

void Poller::pollDue()
{
    request(int(PollWorker::Scope::Due), 0);
}

void Poller::pollAll()
{
    request(int(PollWorker::Scope::All), 0);
}

void Poller::pollFeed(qint64 feedId)
{
    request(int(PollWorker::Scope::One), feedId);
}

void Poller::cancel()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancel(); });
}

void Poller::request(int scope, qint64 feedId)
{
    if (m_busy)
        return;
    m_busy = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, scope, feedId] { worker->poll(PollWorker::Scope(scope), feedId); });
}

void Poller::setAutomatic(bool on, std::chrono::milliseconds every,
                          std::optional<std::chrono::milliseconds> firstAfter)
{
    if (!on) {
        m_timer.stop();
        return;
    }
    m_every = every;
    m_timer.start(firstAfter.value_or(every));
}

void Poller::find(const QUrl &url)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, url] { worker->find(url); });
}

void Poller::subscribe(const FoundFeed &found, const QString &title, const QStringList &folderPath)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, found, title, folderPath] {
        worker->subscribe(found, title, folderPath);
    });
}
