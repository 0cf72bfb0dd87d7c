// Subscribes to a parsed feed or to an OPML list, the same way for the window and the commands.
#pragma once

#include "database.h"
#include "diagnostic.h"
#include "feed.h"
#include "feedrecord.h"
#include "opmldocument.h"
#include "result.h"
#include "upsertreport.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

class FeedSubscriber
{
public:
    // When a feed read at subscription is next due, until the poller keeps its own schedule.
    static constexpr qint64 firstPollDelaySeconds = 60 * 60;

    explicit FeedSubscriber(Database &database);

    struct Request
    {
        QUrl url;      // the address subscribed, as FeedSource gave it
        QString title; // empty: the feed's own title, else the file name
        std::optional<qint64> folderId;
        QDateTime now; // UTC
        // How the feed was fetched, for the next conditional GET; empty for a file.
        QString etag;
        QString lastModified;
        QString bodySha256;
        // When it is next due; invalid: firstPollDelaySeconds after now.
        QDateTime nextPoll;
    };

    struct Subscription
    {
        FeedRecord feed; // as stored; when refused, the subscription already there
        UpsertReport threads;
        // Set when Docket already follows this address; then nothing was changed.
        std::optional<Diagnostic> refused;
    };

    // Subscribes, stores the feed's threads and records the read as a fetch,
    // all in one transaction: a failure leaves no subscription behind. Within
    // a caller's transaction it is a savepoint of it. Expiry is the caller's
    // to run afterwards, as after every poll.
    Result<Subscription> subscribe(const Feed &feed, const Request &request);

    struct ImportCounts
    {
        int imported = 0; // new subscriptions
        int already = 0;  // addresses already subscribed, left where they are
    };

    // Subscribes to each feed of the list not yet subscribed, creating its
    // folders, in one transaction. The feeds are not read here: they wait,
    // status new, for the next refresh, even file:// ones.
    Result<ImportCounts> importOpml(const OpmlDocument &document, const QDateTime &now);

private:
    Database &m_database;
};
