#include "feedsubscriber.h"

#include "feedstore.h"
#include "folderstore.h"
#include "threadstore.h"
#include "transaction.h"

#include <QStringList>

namespace {

// The Docket folder an OPML folder becomes: "Courts/Ninth Circuit" (how
// `export-opml` writes a subfolder) nests; a deeper title stays one name, as
// Docket folders nest one level only.
QStringList folderPath(const QString &title)
{
    QStringList path;
    const QStringList parts = title.split(u'/');
    for (const QString &part : parts) {
        const QString simplified = part.simplified();
        if (!simplified.isEmpty())
            path.append(simplified);
    }
    return path.size() <= 2 ? path : QStringList{title.simplified()};
}

// Subscribes to each feed not yet subscribed; existing ones stay where they are.
Result<bool> subscribeAll(FeedStore &feeds, const QList<OpmlSubscription> &subscriptions,
                          std::optional<qint64> folderId, const QDateTime &now,
                          FeedSubscriber::ImportCounts &counts)
{
    for (const OpmlSubscription &subscription : subscriptions) {
        const Result<std::optional<FeedRecord>> existing = feeds.feedByUrl(subscription.feedUrl);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            ++counts.already;
            continue;
        }
        NewFeed feed;
        feed.url = subscription.feedUrl;
        feed.title = subscription.title;
        feed.site = subscription.siteUrl;
        feed.folderId = folderId;
        if (const Result<FeedRecord> added = feeds.add(feed, now); !added)
            return added.error();
        ++counts.imported;
    }
    return true;
}

} // namespace

FeedSubscriber::FeedSubscriber(Database &database) : m_database(database)
{
}

Result<FeedSubscriber::Subscription> FeedSubscriber::subscribe(const Feed &feed, const Request &request)
{
    // Subscription, threads and fetch record: all of them or none.
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    FeedStore feeds(m_database);
    const Result<std::optional<FeedRecord>> existing = feeds.feedByUrl(request.url);
    if (!existing)
        return existing.error();
    Subscription subscription;
    if (existing.value()) {
        subscription.feed = *existing.value();
        subscription.refused = Diagnostic{QStringLiteral("already subscribed to %1 as feed %2 (\"%3\")")
                                              .arg(request.url.toDisplayString())
                                              .arg(subscription.feed.id)
                                              .arg(subscription.feed.title)};
        return subscription;
    }

    NewFeed newFeed;
    newFeed.url = request.url;
    newFeed.title = !request.title.isEmpty() ? request.title
                    : !feed.title.isEmpty()  ? feed.title.simplified()
                                             : request.url.fileName();
    newFeed.site = feed.link;
    newFeed.folderId = request.folderId;
    const Result<FeedRecord> added = feeds.add(newFeed, request.now);
    if (!added)
        return added.error();
    subscription.feed = added.value();
    // What the subscription read is the evidence of what the threads said.
    Provenance source;
    source.retrievedAt = request.now;
    source.finalUrl = request.url;
    source.etag = request.etag;
    source.lastModified = request.lastModified;
    const Result<UpsertReport> stored =
        ThreadStore(m_database).store(subscription.feed.id, feed, request.now, source);
    if (!stored)
        return stored.error();
    subscription.threads = stored.value();
    FetchRecord fetch;
    fetch.status = FeedStatus::Ok;
    fetch.fetchedAt = request.now;
    fetch.nextPoll =
        request.nextPoll.isValid() ? request.nextPoll : request.now.addSecs(firstPollDelaySeconds);
    fetch.etag = request.etag;
    fetch.lastModified = request.lastModified;
    fetch.bodySha256 = request.bodySha256;
    fetch.hintMinutes = feed.ttlMinutes;
    if (const Result<bool> recorded = feeds.recordFetch(subscription.feed.id, fetch); !recorded)
        return recorded.error();
    if (const Result<bool> committed = transaction.commit(); !committed)
        return committed.error();
    return subscription;
}

Result<FeedSubscriber::ImportCounts> FeedSubscriber::importOpml(const OpmlDocument &document,
                                                                const QDateTime &now)
{
    // The whole list or nothing: a failure half way leaves no half import.
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    FeedStore feeds(m_database);
    FolderStore folders(m_database);
    ImportCounts counts;
    for (const OpmlFolder &opmlFolder : document.folders) {
        const Result<FolderRecord> folder = folders.ensure(folderPath(opmlFolder.title));
        if (!folder)
            return folder.error();
        if (const Result<bool> ok = subscribeAll(feeds, opmlFolder.subscriptions, folder->id, now, counts);
            !ok)
            return ok.error();
    }
    if (const Result<bool> ok = subscribeAll(feeds, document.subscriptions, std::nullopt, now, counts); !ok)
        return ok.error();
    if (const Result<bool> committed = transaction.commit(); !committed)
        return committed.error();
    return counts;
}
