#include "threadnavigation.h"

#include "threadlistmodel.h"

#include <QTreeView>

namespace ThreadNavigation {

int currentRow(const QTreeView &view)
{
    return view.currentIndex().isValid() ? view.currentIndex().row() : -1;
}

bool select(QTreeView &view, const ThreadListModel &model, int row)
{
    if (row < 0 || row >= model.rowCount())
        return false;
    const QModelIndex index = model.index(row, 0);
    view.setCurrentIndex(index);
    view.scrollTo(index);
    return true;
}

void moveBy(QTreeView &view, ThreadListModel &model, int step)
{
    const int row = currentRow(view) + step;
    if (row >= model.rowCount() && model.canFetchMore({}))
        model.fetchMore({});
    select(view, model, qBound(0, row, model.rowCount() - 1));
}

bool selectNextUnread(QTreeView &view, ThreadListModel &model, int maxPages)
{
    for (int row = currentRow(view) + 1, pages = 0; pages <= maxPages; ++row) {
        if (row >= model.rowCount()) {
            if (!model.canFetchMore({}) || pages == maxPages)
                return false;
            model.fetchMore({});
            ++pages;
            if (row >= model.rowCount())
                return false;
        }
        if (!model.data(model.index(row, 0), ThreadListModel::ReadRole).toBool())
            return select(view, model, row);
    }
    return false;
}

} // namespace ThreadNavigation
