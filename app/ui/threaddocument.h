// The HTML the reader shows for a thread: the board's header, the sanitised body, categories, the source
// link.
#pragma once

#include "threadrecord.h"

#include <QDateTime>
#include <QString>

namespace ThreadDocument {

// Everything taken from the feed is escaped or passed through HtmlSanitizer:
// nothing else reaches the viewer. now is for "Deleted in N days".
QString html(const ThreadRecord &thread, const QDateTime &now);

// "Deleted in 5 days unless kept", "Deleted today unless kept", "Kept".
QString retentionLine(const ThreadRecord &thread, const QDateTime &now);

// The site a thread's link points at ("www.jurist.org"), or the feed's title.
QString siteName(const ThreadRecord &thread);

} // namespace ThreadDocument
