// The sources pane: All threads, Unread, Kept, saved searches, then folders with their feeds and unread
// counts.
#pragma once

#include "sourcekey.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

#include <vector>

class Database;

class SourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UnreadColumn, ColumnCount };
    enum Role { UnreadRole = Qt::UserRole + 1, ErrorRole, QueryRole };

    // database must outlive the model; it is only read.
    explicit SourceTreeModel(Database &database, QObject *parent = nullptr);

    // Reads saved searches, folders, feeds and counts again. When only counts or errors
    // changed the rows stay (selection and expansion with them).
    void reload();
    QString lastError() const { return m_lastError; }
    // Whether any feed is subscribed (the first-run greeting shows until one is).
    bool hasFeeds() const { return m_feedCount > 0; }

    SourceKey keyOf(const QModelIndex &index) const;
    QModelIndex indexOf(const SourceKey &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Node
    {
        SourceKey key;
        QString title;
        qint64 unread = 0;
        qint64 count = -1; // shown instead of unread (Kept); -1 when not
        QString error;     // the last fetch's failure, feeds only
        int parent = -1;   // index into m_nodes; -1 at the top
        QList<int> children;
        QString query; // saved searches only
    };

    bool load(std::vector<Node> &nodes, QList<int> &top, int &feedCount);
    const QList<int> &childrenOf(int node) const;
    int nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(int node, int column) const;

    Database &m_database;
    std::vector<Node> m_nodes;
    QList<int> m_top;
    int m_feedCount = 0;
    QString m_lastError;
};
