// Images of a thread's article and feed content, kept for reading offline.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class Database;

struct StoredImage
{
    QByteArray bytes;
    QString mediaType; // e.g. "image/png"

    friend bool operator==(const StoredImage &, const StoredImage &) = default;
};

// Images are stored per thread under their absolute http(s) address, the one
// HtmlSanitizer writes into <img src> (feed content resolved against the
// thread's link, a captured article against its page). They go with their
// thread (expiry, removing the feed).
class ImageStore
{
public:
    // The caps one thread's images are fetched within.
    static constexpr int maxImagesPerThread = 20;
    static constexpr qint64 maxImageBytes = 5 * 1024 * 1024;

    explicit ImageStore(Database &database);

    // The stored image of thread threadId at url, or nothing when Docket did
    // not keep one.
    Result<std::optional<StoredImage>> image(qint64 threadId, const QUrl &url) const;
    // The addresses of a thread's stored images, in the order stored.
    Result<QList<QUrl>> urls(qint64 threadId) const;
    // Stores (or replaces) one image; refused when url is not http(s) or the
    // image is over maxImageBytes.
    Result<bool> store(qint64 threadId, const QUrl &url, const StoredImage &image);

    // How an address is keyed: fully encoded, without its fragment.
    static QString key(const QUrl &url);

private:
    Database &m_database;
};
