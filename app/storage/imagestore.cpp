#include "imagestore.h"

#include "database.h"
#include "statement.h"
#include "transaction.h"

ImageStore::ImageStore(Database &database) : m_database(database)
{
}

QString ImageStore::key(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

Result<std::optional<StoredImage>> ImageStore::image(qint64 threadId, const QUrl &url) const
{
    Statement statement(m_database.connection(), QStringLiteral("read an image of thread %1").arg(threadId));
    if (auto ok = statement.prepare(
            QStringLiteral("SELECT bytes, media_type FROM images WHERE thread_id = :id AND url = :url"));
        !ok)
        return ok.error();
    statement.bind(QStringLiteral(":id"), threadId);
    statement.bind(QStringLiteral(":url"), key(url));
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    if (!statement.next())
        return std::optional<StoredImage>();
    return std::optional<StoredImage>(
        StoredImage{statement.value(0).toByteArray(), statement.value(1).toString()});
}

Result<QList<QUrl>> ImageStore::urls(qint64 threadId) const
{
    Statement statement(m_database.connection(),
                        QStringLiteral("list the images of thread %1").arg(threadId));
    if (auto ok =
            statement.prepare(QStringLiteral("SELECT url FROM images WHERE thread_id = :id ORDER BY rowid"));
        !ok)
        return ok.error();
    statement.bind(QStringLiteral(":id"), threadId);
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    QList<QUrl> urls;
    while (statement.next())
        urls.append(QUrl(statement.value(0).toString(), QUrl::StrictMode));
    return urls;
}

Result<bool> ImageStore::store(qint64 threadId, const QUrl &url, const StoredImage &image)
{
    const QString action = QStringLiteral("store an image of thread %1").arg(threadId);
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return Result<bool>::failure(
            QStringLiteral("Docket could not %1: only web (http and https) images are kept.").arg(action));
    if (image.bytes.size() > maxImageBytes)
        return Result<bool>::failure(QStringLiteral("Docket could not %1: the image is larger than %2 MB.")
                                         .arg(action)
                                         .arg(maxImageBytes / (1024 * 1024)));
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement statement(m_database.connection(), action);
    if (auto ok =
            statement.prepare(QStringLiteral("INSERT OR REPLACE INTO images (thread_id, url, media_type, "
                                             "bytes) VALUES (:id, :url, :type, :bytes)"));
        !ok)
        return ok;
    statement.bind(QStringLiteral(":id"), threadId);
    statement.bind(QStringLiteral(":url"), key(url));
    statement.bind(QStringLiteral(":type"), image.mediaType);
    statement.bind(QStringLiteral(":bytes"), image.bytes);
    if (auto ok = statement.exec(); !ok)
        return ok;
    return transaction.commit();
}
