// Moving through the thread list from the keyboard: next, previous, next unread, paging in as needed.
#pragma once

class QTreeView;
class ThreadListModel;

namespace ThreadNavigation {

// The current row, or -1.
int currentRow(const QTreeView &view);
// Makes row current and visible; false when there is no such row.
bool select(QTreeView &view, const ThreadListModel &model, int row);
// One row down (step 1) or up (-1), fetching the next page at the end.
void moveBy(QTreeView &view, ThreadListModel &model, int step);
// The next unread row after the current one, looking at most maxPages
// pages ahead, so a key press never reads the whole cache; false when none.
bool selectNextUnread(QTreeView &view, ThreadListModel &model, int maxPages = 5);

} // namespace ThreadNavigation
