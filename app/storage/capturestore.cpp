#include "capturestore.h"

#include "database.h"
#include "plaintext.h"
#include "statement.h"
#include "transaction.h"

namespace {

// Stored statuses beside the ones ArticleCapture names: the feed's images are
// waiting ("images"), or were fetched ("none"), for a thread whose page is
// not captured.
const QString imagesDone = QStringLiteral("none");

bool isWeb(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https");
}

ArticleCapture::Status statusFrom(const QString &name)
{
    if (name == u"pending")
        return ArticleCapture::Status::Pending;
    if (name == u"captured")
        return ArticleCapture::Status::Captured;
    if (name == u"failed")
        return ArticleCapture::Status::Failed;
    return ArticleCapture::Status::None;
}

} // namespace

CaptureStore::CaptureStore(Database &database) : m_database(database)
{
}

CaptureStore::Plan CaptureStore::plan(const std::optional<bool> &feedSetting, const Item &item)
{
    if (feedSetting == false)
        return Plan::Nothing;
    const bool hasImages = item.summary.contains(u"<img", Qt::CaseInsensitive) ||
                           item.content.contains(u"<img", Qt::CaseInsensitive);
    const Plan otherwise = hasImages ? Plan::FeedImagesOnly : Plan::Nothing;
    if (!isWeb(item.link))
        return otherwise;
    if (feedSetting == true)
        return Plan::Page;
    const bool teaserOnly = PlainText::fromHtml(item.content).isEmpty() &&
                            PlainText::fromHtml(item.summary).size() < teaserLength;
    return teaserOnly ? Plan::Page : otherwise;
}

QString CaptureStore::queuedStatus(Plan plan)
{
    return plan == Plan::Page ? QStringLiteral("pending") : QStringLiteral("images");
}

QString CaptureStore::statusName(ArticleCapture::Status status)
{
    switch (status) {
    case ArticleCapture::Status::Pending:
        return QStringLiteral("pending");
    case ArticleCapture::Status::Captured:
        return QStringLiteral("captured");
    case ArticleCapture::Status::Failed:
        return QStringLiteral("failed");
    case ArticleCapture::Status::None:
        break;
    }
    return QStringLiteral("none");
}

Result<QList<PendingCapture>> CaptureStore::pending(int limit) const
{
    Statement statement(m_database.connection(), QStringLiteral("list the articles waiting to be captured"));
    if (auto ok = statement.prepare(QStringLiteral(
            "SELECT c.thread_id, t.link, c.status, t.summary, t.content FROM captures c JOIN threads t "
            "ON t.id = c.thread_id WHERE c.status IN ('pending', 'images') ORDER BY c.thread_id LIMIT "
            ":limit"));
        !ok)
        return ok.error();
    statement.bind(QStringLiteral(":limit"), qMax(0, limit));
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    QList<PendingCapture> pending;
    while (statement.next()) {
        const QString summary = statement.value(3).toString();
        const QString content = statement.value(4).toString();
        pending.append(PendingCapture{statement.value(0).toLongLong(),
                                      QUrl(statement.value(1).toString(), QUrl::StrictMode),
                                      statement.value(2).toString() == u"pending",
                                      content.isEmpty() ? summary : summary + u'\n' + content});
    }
    return pending;
}

Result<ArticleCapture> CaptureStore::capture(qint64 threadId) const
{
    Statement statement(m_database.connection(),
                        QStringLiteral("read the captured article of thread %1").arg(threadId));
    if (auto ok = statement.prepare(
            QStringLiteral("SELECT status, html, byline, published, error, retrieved_at, final_url, etag, "
                           "last_modified, sha256 FROM captures WHERE thread_id = :id"));
        !ok)
        return ok.error();
    statement.bind(QStringLiteral(":id"), threadId);
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    ArticleCapture capture;
    if (!statement.next())
        return capture;
    capture.status = statusFrom(statement.value(0).toString());
    if (capture.status == ArticleCapture::Status::None)
        return ArticleCapture();
    capture.html = statement.value(1).toString();
    capture.byline = statement.value(2).toString();
    capture.published = Statement::toTime(statement.value(3));
    capture.error = statement.value(4).toString();
    capture.provenance.retrievedAt = Statement::toTime(statement.value(5));
    capture.provenance.finalUrl = QUrl(statement.value(6).toString(), QUrl::StrictMode);
    capture.provenance.etag = statement.value(7).toString();
    capture.provenance.lastModified = statement.value(8).toString();
    capture.provenance.sha256 = statement.value(9).toString();
    return capture;
}

Result<bool> CaptureStore::save(qint64 threadId, const ArticleCapture &capture,
                                const QList<QPair<QUrl, StoredImage>> &images)
{
    const QString action = QStringLiteral("store the captured article of thread %1").arg(threadId);
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = m_database.connection();
    Statement exists(db, action);
    if (auto ok = exists.prepare(QStringLiteral("SELECT 1 FROM threads WHERE id = :id")); !ok)
        return ok;
    exists.bind(QStringLiteral(":id"), threadId);
    if (auto ok = exists.exec(); !ok)
        return ok;
    const bool found = exists.next();
    exists.finish();
    if (!found)
        return transaction.commit();

    Statement write(db, action);
    if (auto ok = write.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO captures (thread_id, status, html, byline, published, error, "
            "retrieved_at, final_url, etag, last_modified, sha256) VALUES (:id, :status, :html, :byline, "
            ":published, :error, :retrieved, :final, :etag, :modified, :sha)"));
        !ok)
        return ok;
    const Provenance &source = capture.provenance;
    write.bind(QStringLiteral(":id"), threadId);
    write.bind(QStringLiteral(":status"),
               capture.status == ArticleCapture::Status::None ? imagesDone : statusName(capture.status));
    write.bind(QStringLiteral(":html"), capture.html);
    write.bind(QStringLiteral(":byline"), capture.byline);
    write.bind(QStringLiteral(":published"), Statement::fromTime(capture.published));
    write.bind(QStringLiteral(":error"), capture.error);
    write.bind(QStringLiteral(":retrieved"), Statement::fromTime(source.retrievedAt));
    write.bind(QStringLiteral(":final"),
               source.finalUrl.isEmpty() ? QString() : source.finalUrl.toString(QUrl::FullyEncoded));
    write.bind(QStringLiteral(":etag"), source.etag);
    write.bind(QStringLiteral(":modified"), source.lastModified);
    write.bind(QStringLiteral(":sha"), source.sha256);
    if (auto ok = write.exec(); !ok)
        return ok;

    ImageStore imageStore(m_database);
    for (const auto &[url, image] : images) {
        if (auto ok = imageStore.store(threadId, url, image); !ok)
            return ok;
    }
    return transaction.commit();
}
