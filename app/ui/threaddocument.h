// The HTML the reader shows for a thread: the board's header, the sanitised body, categories, the source
// link.
#pragma once

#include "threadrecord.h"

#include <QDateTime>
#include <QString>

namespace ThreadDocument {

// Which text the reader shows: what the feed sent, or the article Docket
// captured from the thread's link.
enum class Body { FeedSummary, FullArticle };

// Everything taken from the feed or the page is escaped or passed through
// HtmlSanitizer: nothing else reaches the viewer. now is for "Deleted in N
// days". FullArticle shows the capture only when there is one (Captured);
// otherwise the feed's text, with a line saying why. Ends with the
// Provenance section when Docket knows where the text came from.
QString html(const ThreadRecord &thread, const QDateTime &now, Body body = Body::FeedSummary);

// Whether the thread has a captured article to show.
bool hasFullArticle(const ThreadRecord &thread);

// The plain line about the capture ("Fetching the full article…", "The full
// article could not be fetched: …"); empty when captured or not asked for.
QString captureLine(const ThreadRecord &thread);

// "Deleted in 5 days unless kept", "Deleted today unless kept", "Kept".
QString retentionLine(const ThreadRecord &thread, const QDateTime &now);

// The site a thread's link points at ("www.jurist.org"), or the feed's title.
QString siteName(const ThreadRecord &thread);

} // namespace ThreadDocument
