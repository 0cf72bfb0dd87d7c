// The half of ThreadWriter that lives on the worker thread and owns its database connection.
#pragma once

#include "database.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

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
    void expire();

Q_SIGNALS:
    void readChanged(const QList<qint64> &ids, bool read);
    void keptChanged(const QList<qint64> &ids, bool kept);
    void feedsChanged(const QString &summary);
    void expired(qint64 deleted);
    void failed(const QString &message);

private:
    // Opened on first use, on the worker thread; null (and reported) on failure.
    Database *database();
    // Runs the retention rule at now; false (and reported) when it failed.
    bool runExpiry(const QDateTime &now, qint64 *deleted = nullptr);
    QString m_path;
    std::unique_ptr<Database> m_database;
};
