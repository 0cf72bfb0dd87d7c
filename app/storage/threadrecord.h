// A stored thread (one article as a feed posted it) and its earlier versions.
#pragma once

#include "enclosure.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Where a page of threads ends, to ask for the next one (keyset pagination):
// the thread's sort time (post time, else first-seen time) and id.
struct ThreadCursor
{
    qint64 sortTime = 0; // UTC seconds since the epoch
    qint64 id = 0;

    friend bool operator==(const ThreadCursor &, const ThreadCursor &) = default;
};

// Evidence of what Docket retrieved and when: enough for a lawyer to show
// what the source said. Empty (retrievedAt invalid) when not known.
struct Provenance
{
    QDateTime retrievedAt; // UTC
    QUrl finalUrl;         // after redirects
    QString etag;          // HTTP validators as the server sent them
    QString lastModified;
    QString sha256; // hex SHA-256 of the body Docket stored (UTF-8)

    bool isEmpty() const { return !retrievedAt.isValid(); }
    friend bool operator==(const Provenance &, const Provenance &) = default;
};

// The whole article fetched from the thread's link, beside the feed's summary.
struct ArticleCapture
{
    enum class Status { None, Pending, Captured, Failed };

    Status status = Status::None; // None: capture is off for this thread's feed
    QString html;                 // the extracted article, sanitised; Captured only
    QString byline;
    QDateTime published; // UTC, as the page said; invalid when it did not
    QString error;       // plain words; Failed only
    Provenance provenance;

    friend bool operator==(const ArticleCapture &, const ArticleCapture &) = default;
};

struct ThreadRecord
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString feedTitle;
    QString guid; // the parser's id
    QString title;
    QUrl link;
    QString author;
    QDateTime published; // UTC; invalid when the feed gave none
    QDateTime firstSeen; // UTC
    QDateTime updated;   // UTC, as the feed said; invalid when absent
    QDateTime changedAt; // UTC: when Docket stored this version
    QDateTime expires;   // UTC; invalid when kept
    bool read = false;
    bool kept = false;
    bool revised = false;
    // Filled by ThreadStore::thread(), empty in list pages.
    QString summary; // HTML as the feed sent it (not sanitised)
    QString content; // HTML as the feed sent it (not sanitised)
    QStringList categories;
    QList<Enclosure> enclosures;
    // Filled by ThreadStore::thread(): where this version came from, and the
    // captured article.
    Provenance provenance;
    ArticleCapture capture;
    // Search results only: plain text around the matches, each match between
    // SearchIndex::highlightStart and SearchIndex::highlightEnd.
    QString snippet;

    ThreadCursor cursor() const;
};

// An earlier version of a thread, kept when the publisher changed it.
struct RevisionRecord
{
    QDateTime at;         // UTC: when Docket first stored this version
    QDateTime replacedAt; // UTC: when a newer version replaced it
    QString title;
    QString summary; // HTML as the feed sent it (not sanitised)
    QString content; // HTML as the feed sent it (not sanitised)
};
