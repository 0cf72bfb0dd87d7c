#include "sourcetreemodel.h"

#include "database.h"
#include "feedstore.h"
#include "folderstore.h"
#include "savedsearchstore.h"
#include "threadstore.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QStyle>

SourceTreeModel::SourceTreeModel(Database &database, QObject *parent)
    : QAbstractItemModel(parent), m_database(database)
{
    reload();
}

bool SourceTreeModel::load(std::vector<Node> &nodes, QList<int> &top, int &feedCount)
{
    const Result<QList<FolderRecord>> folders = FolderStore(m_database).list();
    const Result<QList<FeedRecord>> feeds = FeedStore(m_database).list();
    ThreadStore threads(m_database);
    ThreadFilter unreadFilter;
    unreadFilter.unreadOnly = true;
    const Result<qint64> unread = threads.count(unreadFilter);
    ThreadFilter keptFilter;
    keptFilter.keptOnly = true;
    const Result<qint64> kept = threads.count(keptFilter);
    const Result<QList<SavedSearch>> searches = SavedSearchStore(m_database).list();
    for (const Diagnostic *error : {folders ? nullptr : &folders.error(), feeds ? nullptr : &feeds.error(),
                                    unread ? nullptr : &unread.error(), kept ? nullptr : &kept.error(),
                                    searches ? nullptr : &searches.error()}) {
        if (error) {
            m_lastError = error->message;
            return false;
        }
    }

    auto add = [&nodes, &top](Node node) {
        const int at = int(nodes.size());
        if (node.parent < 0)
            top.append(at);
        else
            nodes[node.parent].children.append(at);
        nodes.push_back(std::move(node));
        return at;
    };
    using Kind = SourceKey::Kind;
    add(Node{{Kind::All, 0, {}}, tr("All threads"), unread.value(), -1, {}, -1, {}, {}});
    add(Node{{Kind::Unread, 0, {}}, tr("Unread"), unread.value(), -1, {}, -1, {}, {}});
    add(Node{{Kind::Kept, 0, {}}, tr("Kept"), 0, kept.value(), {}, -1, {}, {}});
    // The group shows only once something is saved, so a new cache keeps a short pane.
    if (!searches->isEmpty()) {
        const int group =
            add(Node{{Kind::SavedSearches, 0, {}}, tr("Saved searches"), 0, -1, {}, -1, {}, {}});
        for (const SavedSearch &search : searches.value())
            add(Node{{Kind::SavedSearch, 0, search.name}, search.name, 0, -1, {}, group, {}, search.query});
    }

    QHash<qint64, int> folderNodes;
    for (const FolderRecord &folder : folders.value()) {
        const int parent = folder.parentId ? folderNodes.value(*folder.parentId, -1) : -1;
        folderNodes.insert(folder.id,
                           add(Node{{Kind::Folder, folder.id, {}}, folder.name, 0, -1, {}, parent, {}, {}}));
    }
    feedCount = int(feeds->size());
    for (const FeedRecord &feed : feeds.value()) {
        const int parent = feed.folderId ? folderNodes.value(*feed.folderId, -1) : -1;
        const QString title = feed.title.isEmpty() ? feed.url.toDisplayString() : feed.title;
        const QString error = feed.status == FeedStatus::Error ? feed.error : QString();
        add(Node{{Kind::Feed, feed.id, {}}, title, feed.unread, -1, error, parent, {}, {}});
        for (int folder = parent; folder >= 0; folder = nodes[folder].parent)
            nodes[folder].unread += feed.unread;
    }
    return true;
}

void SourceTreeModel::reload()
{
    std::vector<Node> nodes;
    QList<int> top;
    int feedCount = 0;
    m_lastError.clear();
    if (!load(nodes, top, feedCount)) {
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    bool sameShape = nodes.size() == m_nodes.size() && top == m_top;
    for (size_t i = 0; sameShape && i < nodes.size(); ++i)
        sameShape = nodes[i].key == m_nodes[i].key && nodes[i].children == m_nodes[i].children;
    if (!sameShape) {
        beginResetModel();
        m_nodes = std::move(nodes);
        m_top = top;
        m_feedCount = feedCount;
        endResetModel();
        return;
    }
    m_nodes = std::move(nodes);
    m_feedCount = feedCount;
    for (size_t i = 0; i < m_nodes.size(); ++i)
        Q_EMIT dataChanged(indexOfNode(int(i), 0), indexOfNode(int(i), ColumnCount - 1));
}

QModelIndex SourceTreeModel::indexOfNode(int node, int column) const
{
    const int row = int(childrenOf(m_nodes[size_t(node)].parent).indexOf(node));
    return createIndex(row, column, quintptr(node));
}

const QList<int> &SourceTreeModel::childrenOf(int node) const
{
    return node < 0 ? m_top : m_nodes[size_t(node)].children;
}

int SourceTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

SourceKey SourceTreeModel::keyOf(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    return node < 0 ? SourceKey{} : m_nodes[size_t(node)].key;
}

QModelIndex SourceTreeModel::indexOf(const SourceKey &key) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].key == key)
            return indexOfNode(int(i), 0);
    }
    return {};
}

QModelIndex SourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(nodeOf(parent)).at(row)));
}

QModelIndex SourceTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    const int parentNode = m_nodes[size_t(node)].parent;
    return parentNode < 0 ? QModelIndex() : indexOfNode(parentNode, 0);
}

int SourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(nodeOf(parent)).size());
}

int SourceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[size_t(nodeOf(index))];
    const qint64 shown = node.count >= 0 ? node.count : node.unread;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node.title;
        return shown > 0 ? QLocale().toString(shown) : QString();
    case Qt::TextAlignmentRole:
        if (index.column() == UnreadColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (node.unread > 0 && node.count < 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        if (!node.error.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (node.key.kind == SourceKey::Kind::Folder || node.key.kind == SourceKey::Kind::SavedSearches)
            return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
        if (node.key.kind == SourceKey::Kind::SavedSearch)
            return QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView);
        return {};
    case Qt::ToolTipRole:
        if (node.key.kind == SourceKey::Kind::SavedSearch)
            return tr("Saved search: %1").arg(node.query);
        if (node.key.kind == SourceKey::Kind::SavedSearches)
            return tr("Searches saved by name; choose one to run it again");
        if (!node.error.isEmpty())
            return tr("The last fetch failed: %1").arg(node.error);
        if (node.count >= 0)
            return tr("Kept: %1").arg(node.count);
        return tr("Unread: %1").arg(node.unread);
    case Qt::AccessibleTextRole:
        if (index.column() != NameColumn)
            return {};
        if (node.key.kind == SourceKey::Kind::SavedSearch)
            return tr("%1, saved search for %2").arg(node.title, node.query);
        if (node.key.kind == SourceKey::Kind::SavedSearches)
            return node.title;
        return node.error.isEmpty() ? tr("%1, %2 unread").arg(node.title).arg(node.unread)
                                    : tr("%1, %2 unread, last fetch failed").arg(node.title).arg(node.unread);
    case UnreadRole:
        return node.unread;
    case ErrorRole:
        return node.error;
    case QueryRole:
        return node.query;
    }
    return {};
}

QVariant SourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Source") : tr("Unread");
}
