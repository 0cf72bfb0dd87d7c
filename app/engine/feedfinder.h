// Finds and reads the feed behind an address a user gives: the feed itself, or a web page that links to it.
#pragma once

#include "diagnostic.h"
#include "feed.h"
#include "feeddiscovery.h"
#include "fetchlimits.h"
#include "fetchresult.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class FeedFetcher;
class QNetworkAccessManager;

// What `add` and the add-feed dialog subscribe to, already fetched once so
// the user sees its title and threads at once.
struct FoundFeed
{
    QUrl url;          // the feed's address (after permanent redirects)
    FetchResult fetch; // the feed's own fetch: validators, body hash, time
    Feed feed;
    QList<Diagnostic> warnings;
    // The other feeds the page linked to, when the address was a page.
    QList<FeedDiscovery::Candidate> others;
};

// One search at a time: the address is fetched; a feed is parsed; an HTML
// page is searched for <link rel="alternate"> feeds and the first one is
// fetched and parsed (never a third page). Reported once, by `found` or
// `failed`, never from inside find().
class FeedFinder : public QObject
{
    Q_OBJECT

public:
    explicit FeedFinder(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~FeedFinder() override;

    void find(const QUrl &url, const FetchLimits &limits = {});
    void cancel();

Q_SIGNALS:
    void found(const FoundFeed &feed);
    void failed(const QString &message);

private:
    void fetch(const QUrl &url);
    void onFetched(const FetchResult &result);

    QNetworkAccessManager *m_manager;
    std::unique_ptr<FeedFetcher> m_fetcher;
    FetchLimits m_limits;
    QList<FeedDiscovery::Candidate> m_candidates; // set once a page was read
    bool m_onPage = false;
};
