// Full articles captured from threads' links: what is waiting, what was captured or failed.
#pragma once

#include "imagestore.h"
#include "item.h"
#include "result.h"
#include "threadrecord.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

class Database;

// One thread waiting for its page and images (or its feed images only).
struct PendingCapture
{
    qint64 threadId = 0;
    QUrl link;
    bool page = true; // false: only the images of the feed's content
    QString feedHtml; // the thread's summary and content, as the feed sent them
};

class CaptureStore
{
public:
    // What is queued for a new thread of a feed, given the feed's setting
    // (empty: automatic, true: always, false: never).
    enum class Plan { Nothing, Page, FeedImagesOnly };

    // Under this many characters of plain text, a summary is a teaser.
    static constexpr int teaserLength = 600;

    explicit CaptureStore(Database &database);

    // Automatic capture fetches the page when the item carries only a teaser
    // (no full content and a summary under teaserLength characters), and
    // otherwise keeps the images of the content the feed sent. Never fetches
    // nothing; an item without an http(s) link gets no page.
    static Plan plan(const std::optional<bool> &feedSetting, const Item &item);

    // Threads still waiting, oldest first, at most limit.
    Result<QList<PendingCapture>> pending(int limit) const;
    // The stored capture of a thread (status None when there is none).
    Result<ArticleCapture> capture(qint64 threadId) const;
    // Writes a thread's capture (Captured or Failed, or None after feed
    // images only) and its images in one transaction. A thread deleted
    // meanwhile is no error: there is nothing left to capture for.
    Result<bool> save(qint64 threadId, const ArticleCapture &capture,
                      const QList<QPair<QUrl, StoredImage>> &images);

    // How a thread's queued plan (not Nothing) is stored, for ThreadUpsert.
    static QString queuedStatus(Plan plan);
    // "pending", "captured", "failed": how a status is stored and shown.
    static QString statusName(ArticleCapture::Status status);

private:
    Database &m_database;
};
