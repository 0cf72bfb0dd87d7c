// The half of Poller that lives on its worker thread: its own cache connection, network manager and runs.
#pragma once

#include "database.h"
#include "feedfinder.h"
#include "feedpollresult.h"
#include "feedrecord.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class PollRun;
class QNetworkAccessManager;

class PollWorker : public QObject
{
    Q_OBJECT

public:
    enum class Scope { Due, All, One };

    explicit PollWorker(const QString &databasePath);
    ~PollWorker() override;

    void poll(Scope scope, qint64 feedId);
    void cancel();
    void find(const QUrl &url);
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
    // Opened on first use, on the worker thread; null (with the reason) on failure.
    Database *database(QString *why);
    // Created on first use on the worker thread, with the proxy of the settings.
    QNetworkAccessManager *network();

    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PollRun> m_run;
    std::unique_ptr<FeedFinder> m_finder;
};
