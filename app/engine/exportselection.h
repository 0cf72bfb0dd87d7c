// Which threads an export takes and what of each it exports: shared by `docket export` and the window's
// Export….
#pragma once

#include "citation.h"
#include "result.h"
#include "threadfilter.h"
#include "threadrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

class ThreadStore;

namespace ExportSelection {

// The ids of every thread the filter matches, page by page (never all rows
// at once), in the order the filter lists them; at most cap ids, and
// truncated is set when more matched.
Result<QList<qint64>> matchingIds(const ThreadStore &threads, ThreadFilter filter, const QDateTime &now,
                                  qsizetype cap, bool *truncated = nullptr);

// The text an export and a citation take: the captured article when there
// is one, else the feed's content, else its summary (HTML as stored; every
// exporter sanitises it).
QString body(const ThreadRecord &thread);

// Whether that text is the captured article.
bool usesCapture(const ThreadRecord &thread);

// Where that text came from: the captured page's provenance when it is the
// captured article, else the feed document's (empty when not known).
Provenance provenance(const ThreadRecord &thread);

// When Docket fetched that text (UTC): the capture's retrieval, else the
// feed document's, else when this version was stored (a revision replaces
// the text first seen), else when the thread was first seen.
QDateTime retrieved(const ThreadRecord &thread);

// The thread as a citation names it, dates in local time (the reader's
// calendar day, which both guides cite).
Citation::Source citationSource(const ThreadRecord &thread);

} // namespace ExportSelection
