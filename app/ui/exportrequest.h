// What the window offers to export (the current thread, the selection, the list) and what the user chose.
#pragma once

#include "exportformat.h"
#include "threadfilter.h"

#include <QList>
#include <QString>

// The threads Export… can take at the moment it is chosen.
struct ExportOffer
{
    qint64 currentId = 0; // 0: no thread is shown
    QString currentTitle;
    QList<qint64> selectedIds; // in list order
    ThreadFilter list;         // the list as shown (source and search)
    QString listName;          // "All threads", a feed's title, a search
    qint64 listCount = 0;
};

struct ExportRequest
{
    enum class Scope { CurrentThread, Selection, List };

    Scope scope = Scope::CurrentThread;
    ExportFormat format = ExportFormat::Html;
    // A file for one document; a folder (that exists) for one file per thread.
    QString path;
    bool oneFilePerThread = false;
};
