#include "exportselection.h"

#include "threadquery.h"
#include "threadstore.h"

namespace ExportSelection {

Result<QList<qint64>> matchingIds(const ThreadStore &threads, ThreadFilter filter, const QDateTime &now,
                                  qsizetype cap, bool *truncated)
{
    if (truncated)
        *truncated = false;
    QList<qint64> ids;
    filter.limit = ThreadQuery::maxPage;
    while (true) {
        const Result<ThreadPage> page = threads.list(filter, now);
        if (!page)
            return page.error();
        for (const ThreadRecord &thread : page->threads) {
            if (ids.size() >= cap) {
                if (truncated)
                    *truncated = true;
                return ids;
            }
            ids.append(thread.id);
        }
        if (!page->next || page->threads.isEmpty())
            return ids;
        if (filter.order == ThreadFilter::Order::BestMatch)
            filter.offset += int(page->threads.size());
        else
            filter.after = page->next;
    }
}

bool usesCapture(const ThreadRecord &thread)
{
    return thread.capture.status == ArticleCapture::Status::Captured && !thread.capture.html.isEmpty();
}

QString body(const ThreadRecord &thread)
{
    if (usesCapture(thread))
        return thread.capture.html;
    return thread.content.isEmpty() ? thread.summary : thread.content;
}

Provenance provenance(const ThreadRecord &thread)
{
    return usesCapture(thread) ? thread.capture.provenance : thread.provenance;
}

QDateTime retrieved(const ThreadRecord &thread)
{
    if (const Provenance source = provenance(thread); !source.isEmpty())
        return source.retrievedAt;
    return thread.changedAt.isValid() ? thread.changedAt : thread.firstSeen;
}

Citation::Source citationSource(const ThreadRecord &thread)
{
    Citation::Source source;
    source.author = thread.author;
    // A captured page often names its author where the feed did not.
    if (source.author.isEmpty() && usesCapture(thread))
        source.author = thread.capture.byline;
    source.title = thread.title;
    source.source = thread.feedTitle;
    source.published = thread.published.isValid() ? thread.published.toLocalTime() : QDateTime();
    const QDateTime at = retrieved(thread);
    source.retrieved = at.isValid() ? at.toLocalTime() : QDateTime();
    source.url = thread.link;
    return source;
}

} // namespace ExportSelection
