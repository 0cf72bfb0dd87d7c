#include "feedfinder.h"

#include "feedfetcher.h"
#include "feedparser.h"
#include "feedrefresh.h"

FeedFinder::FeedFinder(QNetworkAccessManager *manager, QObject *parent) : QObject(parent), m_manager(manager)
{
}

FeedFinder::~FeedFinder() = default;

void FeedFinder::find(const QUrl &url, const FetchLimits &limits)
{
    m_limits = limits;
    m_candidates.clear();
    m_onPage = false;
    fetch(url);
}

void FeedFinder::cancel()
{
    if (m_fetcher)
        m_fetcher->cancel();
}

void FeedFinder::fetch(const QUrl &url)
{
    m_fetcher = std::make_unique<FeedFetcher>(m_manager);
    connect(m_fetcher.get(), &FeedFetcher::finished, this, &FeedFinder::onFetched);
    FetchRequest request;
    request.url = url;
    request.limits = m_limits;
    m_fetcher->start(request);
}

void FeedFinder::onFetched(const FetchResult &result)
{
    // The fetcher may not be destroyed inside its own signal.
    if (FeedFetcher *done = m_fetcher.release())
        done->deleteLater();
    if (result.failed()) {
        Q_EMIT failed(m_onPage ? QStringLiteral("The page links to the feed %1, but: %2")
                                     .arg(result.requestedUrl.toDisplayString(QUrl::RemoveUserInfo),
                                          result.errorMessage)
                               : result.errorMessage);
        return;
    }
    FeedParser::Options options;
    options.baseUrl = result.finalUrl;
    options.charsetHint = result.charset.toLatin1();
    Result<FeedParser::Parsed> parsed = FeedParser::parse(result.body, options);
    if (parsed) {
        FoundFeed feed;
        feed.url = result.movedPermanently() ? result.movedTo : result.requestedUrl;
        feed.fetch = result;
        feed.feed = std::move(parsed->feed);
        feed.warnings = parsed->warnings;
        feed.others = m_candidates;
        Q_EMIT found(feed);
        return;
    }
    if (!m_onPage) {
        const QList<FeedDiscovery::Candidate> candidates =
            FeedDiscovery::candidates(result.body, result.finalUrl);
        if (!candidates.isEmpty()) {
            m_onPage = true;
            m_candidates = candidates.mid(1);
            fetch(candidates.first().url);
            return;
        }
    }
    Q_EMIT failed(FeedRefresh::notAFeedMessage(result, parsed.error().message));
}
