#include "threadlistmodel.h"

#include "keptmark.h"
#include "searchindex.h"
#include "threadstore.h"

#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

namespace {

bool searching(const ThreadFilter &filter)
{
    return !filter.search.trimmed().isEmpty();
}

} // namespace

ThreadListModel::ThreadListModel(const ThreadStore &store, Clock clock, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(std::move(clock))
{
}

QDateTime ThreadListModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void ThreadListModel::setFilter(const ThreadFilter &filter)
{
    m_filter = filter;
    m_filter.after.reset();
    m_filter.offset = 0;
    m_filter.limit = pageSize;
    m_filter.order = searching(filter) ? ThreadFilter::Order::BestMatch : ThreadFilter::Order::Newest;
    resetTo(pageSize);
}

void ThreadListModel::reload()
{
    resetTo(qMax(int(m_rows.size()), pageSize));
}

void ThreadListModel::resetTo(int wantedRows)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_feedTitles.clear();
    m_next.reset();
    m_more = true;
    m_lastError.clear();
    while (m_more && m_rows.size() < wantedRows) {
        Result<ThreadPage> page = nextPage();
        if (!page) {
            m_lastError = page.error().message;
            m_more = false;
            break;
        }
        append(page->threads);
        m_next = page->next;
        m_more = page->next.has_value();
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
}

Result<ThreadPage> ThreadListModel::nextPage() const
{
    ThreadFilter filter = m_filter;
    if (filter.order == ThreadFilter::Order::BestMatch)
        filter.offset = int(m_rows.size());
    else
        filter.after = m_rows.isEmpty() ? std::nullopt : m_next;
    return m_store.list(filter, now());
}

bool ThreadListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_changing;
}

void ThreadListModel::fetchMore(const QModelIndex &parent)
{
    // A slot connected to rowsInserted (or modelReset) may ask for more while
    // this change is still being announced; the rows it would add arrive on
    // the next call instead.
    if (parent.isValid() || !m_more || m_changing)
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    Result<ThreadPage> page = nextPage();
    if (!page) {
        m_more = false;
        m_lastError = page.error().message;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_more = page->next.has_value();
    m_next = page->next;
    if (page->threads.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->threads.size() - 1));
    append(page->threads);
    endInsertRows();
}

int ThreadListModel::rowOf(qint64 threadId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == threadId)
            return row;
    }
    return -1;
}

std::optional<ThreadRecord> ThreadListModel::threadAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const Row &listed = m_rows.at(row);
    ThreadRecord thread;
    thread.id = listed.id;
    thread.feedId = listed.feedId;
    thread.title = listed.title;
    thread.feedTitle = listed.feedTitle;
    thread.snippet = listed.snippet;
    thread.link = listed.link;
    thread.published = listed.published;
    thread.firstSeen = listed.firstSeen;
    thread.expires = listed.expires;
    thread.read = listed.read;
    thread.kept = listed.kept;
    thread.revised = listed.revised;
    return thread;
}

ThreadListModel::Row ThreadListModel::makeRow(const ThreadRecord &thread)
{
    Row row;
    row.id = thread.id;
    row.feedId = thread.feedId;
    row.title = thread.title;
    auto title = m_feedTitles.find(thread.feedId);
    if (title == m_feedTitles.end())
        title = m_feedTitles.insert(thread.feedId, thread.feedTitle);
    row.feedTitle = title.value();
    row.snippet = thread.snippet;
    row.link = thread.link;
    row.published = thread.published;
    row.firstSeen = thread.firstSeen;
    row.expires = thread.expires;
    row.read = thread.read;
    row.kept = thread.kept;
    row.revised = thread.revised;
    return row;
}

void ThreadListModel::append(const QList<ThreadRecord> &threads)
{
    m_rows.reserve(m_rows.size() + threads.size());
    for (const ThreadRecord &thread : threads)
        m_rows.append(makeRow(thread));
}

void ThreadListModel::changeRow(qint64 threadId, const std::function<void(Row &)> &change)
{
    const int row = rowOf(threadId);
    if (row < 0)
        return;
    change(m_rows[row]);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ThreadListModel::setThreadRead(qint64 threadId, bool read)
{
    changeRow(threadId, [read](Row &thread) { thread.read = read; });
}

void ThreadListModel::setThreadKept(qint64 threadId, bool kept)
{
    // Keeping changes the expiry; the store recomputes it on the next reload,
    // and "Kept" is all the list shows meanwhile.
    changeRow(threadId, [kept](Row &thread) { thread.kept = kept; });
}

int ThreadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ThreadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ThreadListModel::expiresText(const ThreadRecord &thread, const QDateTime &now)
{
    return expiresText(thread.kept, thread.expires, now);
}

QString ThreadListModel::expiresText(bool kept, const QDateTime &expires, const QDateTime &now)
{
    if (kept)
        return tr("Kept");
    if (!expires.isValid())
        return QString();
    const qint64 seconds = now.secsTo(expires);
    if (seconds <= 0)
        return tr("expired");
    const qint64 days = seconds / (24 * 60 * 60);
    if (days == 0)
        return tr("today");
    // Spelled out rather than "%n day(s)": English needs no translation file then.
    return days == 1 ? tr("in 1 day") : tr("in %1 days").arg(days);
}

QVariant ThreadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &thread = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return thread.title.isEmpty() ? tr("(untitled)") : thread.title;
        case MatchColumn:
            return thread.snippet;
        case SourceColumn:
            return thread.feedTitle;
        case PostedColumn: {
            const QDateTime posted = thread.published.isValid() ? thread.published : thread.firstSeen;
            return QLocale().toString(posted.toLocalTime(), QLocale::ShortFormat);
        }
        case ExpiresColumn:
            return expiresText(thread.kept, thread.expires, now());
        }
        return {};
    case Qt::FontRole:
        if (!thread.read) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && thread.kept)
            return KeptMark::icon();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return thread.title;
        if (index.column() == MatchColumn)
            return QString(thread.snippet)
                .remove(QChar(SearchIndex::highlightStart))
                .remove(QChar(SearchIndex::highlightEnd));
        return {};
    case Qt::AccessibleDescriptionRole:
        if (index.column() == TitleColumn)
            return QStringList{thread.read ? tr("read") : tr("unread"), thread.kept ? tr("kept") : QString()}
                .join(u' ')
                .trimmed();
        return {};
    case ThreadIdRole:
        return thread.id;
    case FeedIdRole:
        return thread.feedId;
    case ReadRole:
        return thread.read;
    case KeptRole:
        return thread.kept;
    case LinkRole:
        return thread.link;
    case SnippetRole:
        return thread.snippet;
    }
    return {};
}

QVariant ThreadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case MatchColumn:
        return tr("Match");
    case SourceColumn:
        return tr("Source");
    case PostedColumn:
        return tr("Posted");
    case ExpiresColumn:
        return tr("Expires");
    }
    return {};
}
