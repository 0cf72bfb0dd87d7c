// How one fetch ended: a plain value the engine stores and the parser reads.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

struct FetchResult
{
    enum class Outcome { Ok, NotModified, Error };

    Outcome outcome = Outcome::Error;
    int httpStatus = 0; // of the last response; 0 when none arrived

    QUrl requestedUrl;
    QUrl finalUrl; // after redirects
    // Where 301/308 redirects moved the feed, up to the first temporary
    // redirect (302/303/307): the caller replaces the stored URL with it.
    // Empty when the feed did not move.
    QUrl movedTo;
    int redirects = 0;

    // Validators for the next fetch, as the server sent them; empty when it
    // sent none (on 304, keep the stored ones).
    QString etag;
    QString lastModified;
    QString mediaType; // "application/rss+xml", lower case, no parameters
    QString charset;   // as the server declared it, right or wrong; empty when it did not
    // How long the server asked Docket to wait (Retry-After, either form),
    // counted from retrievedAt.
    std::optional<qint64> retryAfterSeconds;

    QByteArray body;       // Ok only
    QString bodySha256;    // hex, of the body received (Ok, and NotModified by hash)
    QDateTime retrievedAt; // UTC, when the fetch ended
    QString errorMessage;  // Error only: plain words, never a password

    bool ok() const { return outcome == Outcome::Ok; }
    bool notModified() const { return outcome == Outcome::NotModified; }
    bool failed() const { return outcome == Outcome::Error; }
    bool movedPermanently() const { return !movedTo.isEmpty(); }
};
