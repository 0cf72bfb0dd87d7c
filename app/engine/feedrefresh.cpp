#include "feedrefresh.h"

#include "feeddiscovery.h"
#include "feedparser.h"
#include "feedstore.h"
#include "threadstore.h"
#include "transaction.h"

#include <chrono>

namespace {

FeedTiming timingOf(const FeedRecord &feed, int hintMinutes)
{
    FeedTiming timing;
    timing.feedId = feed.id;
    timing.interval = std::chrono::minutes(feed.pollIntervalMinutes.value_or(0));
    timing.hintMinutes = hintMinutes;
    return timing;
}

bool looksLikeHtml(const FetchResult &fetch)
{
    if (fetch.mediaType == u"text/html" || fetch.mediaType == u"application/xhtml+xml")
        return true;
    const QByteArray head = fetch.body.left(1024).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head>");
}

// Writes the fetch record, and the move when there was one; inside the
// caller's transaction.
Result<bool> writeFetch(FeedStore &feeds, const FeedRecord &feed, const FetchRecord &fetch,
                        const QUrl &movedTo, FeedPollResult &result)
{
    if (!movedTo.isEmpty() && movedTo != feed.url) {
        const Result<bool> moved = feeds.setUrl(feed.id, movedTo);
        if (moved)
            result.movedTo = movedTo;
        else // Another subscription has that address: keep polling the old one.
            result.notice = QStringLiteral("The feed moved to %1, but %2")
                                .arg(movedTo.toDisplayString(QUrl::RemoveUserInfo), moved.error().message);
    }
    return feeds.recordFetch(feed.id, fetch);
}

FeedPollResult failure(Database &database, const FeedRecord &feed, const FetchResult &fetch,
                       const PollSchedule &schedule, const QString &message, FeedPollResult result)
{
    const PollState previous{feed.nextPoll, feed.failures, feed.stopped};
    const PollState state =
        schedule.afterFailure(timingOf(feed, feed.hintMinutes), previous, fetch.retrievedAt, fetch.httpStatus,
                              fetch.retryAfterSeconds);
    result.status = FeedPollResult::Status::Error;
    result.error = message;
    result.nextPoll = state.nextPoll;
    result.stopped = state.stopped;
    FetchRecord record;
    record.status = FeedStatus::Error;
    record.error = message;
    record.fetchedAt = fetch.retrievedAt;
    record.nextPoll = state.nextPoll;
    // What was stored stays the reference for the next conditional GET.
    record.etag = feed.etag;
    record.lastModified = feed.lastModified;
    record.bodySha256 = feed.bodySha256;
    record.failures = state.failures;
    record.stopped = state.stopped;
    record.hintMinutes = feed.hintMinutes;
    if (const Result<bool> written = FeedStore(database).recordFetch(feed.id, record); !written)
        result.error += QStringLiteral(" (and Docket could not record it: %1)").arg(written.error().message);
    return result;
}

FeedPollResult storeFailure(const Diagnostic &error, FeedPollResult result)
{
    result.status = FeedPollResult::Status::Error;
    result.error = QStringLiteral("Docket could not store this feed: %1").arg(error.message);
    return result;
}

} // namespace

namespace FeedRefresh {

FetchRequest request(const FeedRecord &feed, const FetchLimits &limits)
{
    FetchRequest request;
    request.url = feed.url;
    request.etag = feed.etag;
    request.lastModified = feed.lastModified;
    request.lastBodySha256 = feed.bodySha256;
    request.limits = limits;
    return request;
}

QString notAFeedMessage(const FetchResult &fetch, const QString &parserMessage)
{
    if (looksLikeHtml(fetch)) {
        const QList<FeedDiscovery::Candidate> found = FeedDiscovery::candidates(fetch.body, fetch.finalUrl);
        if (found.isEmpty())
            return QStringLiteral("Not a feed: the page is HTML and links to no feed");
        return QStringLiteral("Not a feed: the page is HTML; it links to the feed %1")
            .arg(found.first().url.toDisplayString(QUrl::RemoveUserInfo));
    }
    return QStringLiteral("Not a feed: %1").arg(parserMessage);
}

FeedPollResult apply(Database &database, const FeedRecord &feed, const FetchResult &fetch,
                     const PollSchedule &schedule)
{
    FeedPollResult result;
    result.feedId = feed.id;
    result.title = feed.title;
    result.url = feed.url;
    if (fetch.failed())
        return failure(database, feed, fetch, schedule, fetch.errorMessage, result);

    FetchRecord record;
    record.fetchedAt = fetch.retrievedAt;
    record.etag = fetch.etag.isEmpty() && fetch.notModified() ? feed.etag : fetch.etag;
    record.lastModified =
        fetch.lastModified.isEmpty() && fetch.notModified() ? feed.lastModified : fetch.lastModified;
    record.bodySha256 = fetch.bodySha256.isEmpty() ? feed.bodySha256 : fetch.bodySha256;
    record.hintMinutes = feed.hintMinutes;

    std::optional<FeedParser::Parsed> parsed;
    if (fetch.ok()) {
        // Parsing comes before the transaction: a body that is not a feed
        // leaves every stored thread as it was.
        FeedParser::Options options;
        options.baseUrl = fetch.finalUrl.isEmpty() ? feed.url : fetch.finalUrl;
        options.charsetHint = fetch.charset.toLatin1();
        Result<FeedParser::Parsed> outcome = FeedParser::parse(fetch.body, options);
        if (!outcome)
            return failure(database, feed, fetch, schedule, notAFeedMessage(fetch, outcome.error().message),
                           result);
        parsed = std::move(outcome).value();
        record.hintMinutes = parsed->feed.ttlMinutes;
        if (!parsed->warnings.isEmpty())
            result.notice = parsed->warnings.first().message;
    }

    const PollState state = schedule.afterSuccess(timingOf(feed, record.hintMinutes), fetch.retrievedAt);
    record.status = parsed ? FeedStatus::Ok : FeedStatus::NotModified;
    record.nextPoll = state.nextPoll;
    result.status = parsed ? FeedPollResult::Status::Ok : FeedPollResult::Status::NotModified;
    result.nextPoll = state.nextPoll;

    Transaction transaction(database);
    if (!transaction.ok())
        return storeFailure(transaction.error(), result);
    FeedStore feeds(database);
    if (parsed) {
        Provenance source;
        source.retrievedAt = fetch.retrievedAt;
        source.finalUrl = fetch.finalUrl.isEmpty() ? feed.url : fetch.finalUrl;
        source.etag = fetch.etag;
        source.lastModified = fetch.lastModified;
        const Result<UpsertReport> stored =
            ThreadStore(database).store(feed.id, parsed->feed, fetch.retrievedAt, source);
        if (!stored)
            return storeFailure(stored.error(), result);
        result.inserted = stored->inserted;
        result.revised = stored->revised;
        // An imported subscription may have come without a title or site.
        const QString title = parsed->feed.title.simplified();
        if (feed.title.isEmpty() && !title.isEmpty()) {
            if (auto ok = feeds.setTitle(feed.id, title); !ok)
                return storeFailure(ok.error(), result);
            result.title = title;
        }
        if (feed.site.isEmpty() && parsed->feed.link.isValid()) {
            if (auto ok = feeds.setSite(feed.id, parsed->feed.link); !ok)
                return storeFailure(ok.error(), result);
        }
    }
    if (auto ok = writeFetch(feeds, feed, record, fetch.movedTo, result); !ok)
        return storeFailure(ok.error(), result);
    if (auto ok = transaction.commit(); !ok)
        return storeFailure(ok.error(), result);
    return result;
}

} // namespace FeedRefresh
