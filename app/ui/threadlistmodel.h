// The thread list: one page of threads at a time from the cache, newest (or best match) first.
#pragma once

#include "result.h"
#include "threadfilter.h"
#include "threadrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class ThreadStore;

class ThreadListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // MatchColumn holds a search result's snippet (empty outside a search).
    enum Column { TitleColumn, MatchColumn, SourceColumn, PostedColumn, ExpiresColumn, ColumnCount };
    enum Role {
        ThreadIdRole = Qt::UserRole + 1,
        FeedIdRole,
        ReadRole,
        KeptRole,
        LinkRole,
        SnippetRole // search results: plain text with SearchIndex highlight marks
    };

    using Clock = std::function<QDateTime()>;
    static constexpr int pageSize = 200;

    // store must outlive the model; clock gives "now" for "expires in".
    explicit ThreadListModel(const ThreadStore &store, Clock clock = {}, QObject *parent = nullptr);

    // Shows the threads filter matches (its limit, order and cursor are the
    // model's own business); loads the first page.
    void setFilter(const ThreadFilter &filter);
    ThreadFilter filter() const { return m_filter; }
    // Reads the cache again, as many rows as were loaded (so the scroll
    // position holds). Views restore their selection with rowOf().
    void reload();

    int rowOf(qint64 threadId) const;
    // The listed fields of a row (id, feed, title, link, times, marks,
    // snippet); the body comes from ThreadStore::thread().
    std::optional<ThreadRecord> threadAt(int row) const;
    // Reflects a change written elsewhere without reading the cache again.
    void setThreadRead(qint64 threadId, bool read);
    void setThreadKept(qint64 threadId, bool kept);
    // The last failure reading the cache (a search that cannot be understood...).
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "in 5 days", "today", "Kept": how long until a thread is deleted.
    static QString expiresText(const ThreadRecord &thread, const QDateTime &now);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    // What a row shows, and no more: 100,000 loaded rows of whole
    // ThreadRecords cost twice the memory.
    struct Row
    {
        qint64 id = 0;
        qint64 feedId = 0;
        QString title;
        QString feedTitle; // shared by every row of the feed
        QString snippet;
        QUrl link;
        QDateTime published;
        QDateTime firstSeen;
        QDateTime expires;
        bool read = false;
        bool kept = false;
        bool revised = false;
    };

    Row makeRow(const ThreadRecord &thread);
    void append(const QList<ThreadRecord> &threads);
    static QString expiresText(bool kept, const QDateTime &expires, const QDateTime &now);
    QDateTime now() const;
    // The page after what is loaded.
    Result<ThreadPage> nextPage() const;
    void resetTo(int wantedRows);
    void changeRow(qint64 threadId, const std::function<void(Row &)> &change);

    const ThreadStore &m_store;
    Clock m_clock;
    ThreadFilter m_filter;
    QList<Row> m_rows;
    QHash<qint64, QString> m_feedTitles;
    std::optional<ThreadCursor> m_next;
    bool m_more = false;
    bool m_changing = false; // rows are being reset or inserted
    QString m_lastError;
};
