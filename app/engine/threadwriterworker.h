// The half of ThreadWriter that lives on the worker thread and owns its database connection.
#pragma once

#include "database.h"
#include "feedrecord.h"
#include "result.h"
#include "threadwriter.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class ThreadWriterWorker : public QObject
{
    Q_OBJECT

public:
    explicit ThreadWriterWorker(const QString &databasePath);
    ~ThreadWriterWorker() override;

    void setRead(const QList<qint64> &ids, bool read);
    void setKept(const QList<qint64> &ids, bool kept);
    void markAllRead(std::optional<qint64> feedId);
    void addFeedFile(const QString &location);
    void importOpml(const QString &path);
    void importOpmlData(const QByteArray &bytes, const QString &name);
    void expire();
    void renameFeed(qint64 feedId, const QString &title);
    void moveFeed(qint64 feedId, const QString &folder);
    void setFeedRetention(qint64 feedId, std::optional<int> days);
    void setFeedPollInterval(qint64 feedId, std::optional<int> minutes);
    void updateFeed(qint64 feedId, const ThreadWriter::FeedProperties &properties);
    void removeFeed(qint64 feedId);
    void saveSettings(const ThreadWriter::CacheSettings &settings);

Q_SIGNALS:
    void readChanged(const QList<qint64> &ids, bool read);
    void keptChanged(const QList<qint64> &ids, bool kept);
    void feedsChanged(const QString &summary);
    void expired(qint64 deleted);
    void settingsSaved();
    void failed(const QString &message);

private:
    // Opened on first use, on the worker thread; null (and reported) on failure.
    Database *database();
    // Runs the retention rule at now; false (and reported) when it failed.
    bool runExpiry(const QDateTime &now, qint64 *deleted = nullptr);
    // One change to one feed, then feedsChanged(summary of the feed as it
    // was) or failed(); the retention rule after it when expire is set.
    void changeFeed(qint64 feedId, const std::function<Result<bool>(Database &)> &change,
                    const std::function<QString(const FeedRecord &)> &summary, bool expire = false);
    QString m_path;
    std::unique_ptr<Database> m_database;
};
