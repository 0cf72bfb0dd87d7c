// The thread list: one page of threads at a time from the cache, newest (or best match) first.
#pragma once

#include "result.h"
#include "threadfilter.h"
#include "threadrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

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
    QDateTime now() const;
    // The page after what is loaded.
    Result<ThreadPage> nextPage() const;
    void resetTo(int wantedRows);
    void changeRow(qint64 threadId, const std::function<void(ThreadRecord &)> &change);

    const ThreadStore &m_store;
    Clock m_clock;
    ThreadFilter m_filter;
    QList<ThreadRecord> m_rows;
    std::optional<ThreadCursor> m_next;
    bool m_more = false;
    bool m_changing = false; // rows are being reset or inserted
    QString m_lastError;
};
