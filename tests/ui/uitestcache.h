// Shared helpers of the window's tests: a cache in a temporary folder filled from real feeds.
#pragma once

#include "database.h"
#include "feedparser.h"
#include "feedstore.h"
#include "folderstore.h"
#include "settingsstore.h"
#include "testdata.h"
#include "threadstore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace UiTestCache {

// The fixtures: copied unchanged from the shared collection of real feeds.
inline const QString courtOpinions = QStringLiteral("ui/juriscraper--opinions-cafc_example.xml");
inline const QString tenthCircuit = QStringLiteral("ui/juriscraper--opinions-ca10_example.xml");
inline const QString blogWithImages = QStringLiteral("ui/netnewswire--natasha.xml");

// Long enough that no fixture thread ages out while a test runs.
inline constexpr int fixtureRetentionDays = 36500;

inline std::unique_ptr<Database> open(const QString &path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

// The fixtures are captures years old: at today's date the 21-day rule, which
// the window runs when it starts, would delete every thread. Called once the
// fixtures are stored (storing still applies 21 days, as the tests expect).
inline bool keepFixtures(Database &database)
{
    return SettingsStore(database).setRetentionDays(fixtureRetentionDays).ok();
}

// The newest post time in a feed: storing "then" keeps every item of an old
// capture (the retention rule would drop them at today's date).
inline QDateTime newestPost(const Feed &feed)
{
    QDateTime newest;
    for (const Item &item : feed.items) {
        if (item.published.isValid() && (!newest.isValid() || item.published > newest))
            newest = item.published;
    }
    return newest.isValid() ? newest : QDateTime::currentDateTimeUtc();
}

// Subscribes to a fixture feed (in folder, when given) and stores its items;
// returns the feed id, 0 on failure (with a warning).
inline qint64 addFixture(Database &database, const QString &fixture, const QString &folder = QString())
{
    const Result<FeedParser::Parsed> parsed = FeedParser::parse(TestData::read(fixture));
    if (!parsed) {
        qWarning("%s: %s", qPrintable(fixture), qPrintable(parsed.error().message));
        return 0;
    }
    std::optional<qint64> folderId;
    if (!folder.isEmpty()) {
        const Result<FolderRecord> made = FolderStore(database).ensure({folder});
        if (!made)
            return 0;
        folderId = made->id;
    }
    const QDateTime now = newestPost(parsed->feed);
    const Result<FeedRecord> added =
        FeedStore(database).add(NewFeed{QUrl::fromLocalFile(TestData::path(fixture)), parsed->feed.title,
                                        parsed->feed.link, folderId},
                                now);
    if (!added) {
        qWarning("%s", qPrintable(added.error().message));
        return 0;
    }
    const Result<UpsertReport> stored = ThreadStore(database).store(added->id, parsed->feed, now);
    if (!stored) {
        qWarning("%s", qPrintable(stored.error().message));
        return 0;
    }
    return added->id;
}

// The moment the generated threads are "now" for.
inline QDateTime generatedNow()
{
    return QDateTime::fromString(QStringLiteral("2026-03-01T12:00:00Z"), Qt::ISODate).toUTC();
}

// count generated threads over feeds of 2,000 (as a large cache holds them:
// many feeds), one every 15 seconds back from generatedNow(), each feed stored
// in one go as a poll would. Returns the number of feeds made, 0 on failure.
inline int addGenerated(Database &database, int count)
{
    constexpr int perFeed = 2000;
    ThreadStore threads(database);
    int feeds = 0;
    for (int first = 0; first < count; first += perFeed) {
        const Result<FeedRecord> added = FeedStore(database).add(
            NewFeed{QUrl(QStringLiteral("https://example.org/generated/%1.xml").arg(feeds)),
                    QStringLiteral("Generated %1").arg(feeds),
                    {},
                    {}},
            generatedNow());
        if (!added)
            return 0;
        ++feeds;
        Feed feed;
        feed.title = added->title;
        for (int i = first; i < qMin(count, first + perFeed); ++i) {
            Item item;
            item.id = QStringLiteral("urn:generated:%1").arg(i);
            item.title = QStringLiteral("Generated thread %1").arg(i);
            item.link = QUrl(QStringLiteral("https://example.org/thread/%1").arg(i));
            item.published = generatedNow().addSecs(-15LL * i);
            item.content = QStringLiteral("<p>Body %1.</p>").arg(i);
            feed.items.append(item);
        }
        const Result<UpsertReport> stored = threads.store(added->id, feed, generatedNow());
        if (!stored) {
            qWarning("%s", qPrintable(stored.error().message));
            return 0;
        }
    }
    return feeds;
}

} // namespace UiTestCache
