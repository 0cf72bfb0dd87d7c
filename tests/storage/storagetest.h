// Shared helpers of the storage tests: a database in a temporary folder, items.
#pragma once

#include "database.h"
#include "feed.h"
#include "feedstore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace StorageTest {

inline QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

inline constexpr qint64 day = 24 * 60 * 60;

// "Now" in most tests: a fixed moment, so expiry and age rules are exact.
inline QDateTime now()
{
    return utc(QStringLiteral("2026-03-01T12:00:00Z"));
}

inline Item item(const QString &id, const QString &title, const QDateTime &published,
                 const QString &content = QString(), const QString &link = QString())
{
    Item item;
    item.id = id;
    item.title = title;
    item.published = published;
    item.content = content.isNull() ? QStringLiteral("<p>Body of %1.</p>").arg(title) : content;
    if (!link.isEmpty())
        item.link = QUrl(link);
    return item;
}

inline Feed feed(const QList<Item> &items)
{
    Feed feed;
    feed.title = QStringLiteral("Test feed");
    feed.items = items;
    return feed;
}

// Opens (creating) a database in dir, failing the test when it cannot.
inline std::unique_ptr<Database> open(const QTemporaryDir &dir,
                                      const QString &name = QStringLiteral("docket.sqlite"),
                                      const DatabaseOptions &options = {})
{
    Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(name), options);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

inline qint64 addFeed(Database &database, const QString &url, std::optional<qint64> folderId = std::nullopt)
{
    FeedStore feeds(database);
    const Result<FeedRecord> added = feeds.add(NewFeed{QUrl(url), url, QUrl(), folderId}, now());
    if (!added) {
        qWarning("%s", qPrintable(added.error().message));
        return 0;
    }
    return added->id;
}

} // namespace StorageTest
