#include "articlecapturer.h"

#include "articleextractor.h"
#include "database.h"
#include "fetchqueue.h"
#include "htmlsanitizer.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace {

bool isWeb(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https");
}

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// HtmlSanitizer escapes only these four in attribute values.
QString unescapeAttribute(QString value)
{
    value.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    value.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    value.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    value.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return value;
}

} // namespace

ArticleCapturer::ArticleCapturer(Database &database, FetchQueue *queue, QObject *parent)
    : QObject(parent), m_database(database), m_queue(queue)
{
    connect(m_queue, &FetchQueue::fetched, this, &ArticleCapturer::onFetched);
}

ArticleCapturer::~ArticleCapturer() = default;

QList<QUrl> ArticleCapturer::imageUrls(const QString &sanitisedHtml)
{
    // The sanitiser's output is regular: every image is <img src="..." .../>
    // with its attribute values quoted and escaped the same way.
    static const QRegularExpression image(QStringLiteral("<img\\b[^>]*?\\bsrc=\"([^\"]*)\""));
    QList<QUrl> urls;
    QSet<QString> seen;
    for (auto it = image.globalMatch(sanitisedHtml); it.hasNext();) {
        const QUrl url(unescapeAttribute(it.next().captured(1)), QUrl::StrictMode);
        const QString key = ImageStore::key(url);
        if (!isWeb(url) || seen.contains(key))
            continue;
        seen.insert(key);
        urls.append(url);
    }
    return urls;
}

QString ArticleCapturer::sniffImage(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (bytes.startsWith("BM") && bytes.size() > 26)
        return QStringLiteral("image/bmp");
    return {};
}

void ArticleCapturer::start(int maxThreads)
{
    m_waiting.clear();
    m_work.clear();
    m_pageJobs.clear();
    m_imageJobs.clear();
    m_captured = 0;
    m_failed = 0;
    m_error.clear();
    m_running = true;
    if (m_database.isWritable()) {
        Result<QList<PendingCapture>> pending = CaptureStore(m_database).pending(maxThreads);
        if (pending)
            m_waiting = std::move(pending).value();
        else
            m_error = pending.error().message;
    }
    QTimer::singleShot(0, this, &ArticleCapturer::pump);
}

void ArticleCapturer::cancel()
{
    if (!m_running)
        return;
    for (auto it = m_pageJobs.cbegin(); it != m_pageJobs.cend(); ++it)
        m_queue->cancel(it.key());
    for (auto it = m_imageJobs.cbegin(); it != m_imageJobs.cend(); ++it)
        m_queue->cancel(it.key());
    m_pageJobs.clear();
    m_imageJobs.clear();
    m_work.clear();
    m_waiting.clear();
    finishIfDone();
}

void ArticleCapturer::pump()
{
    if (!m_running)
        return;
    while (m_work.size() < maxThreadsAtOnce && !m_waiting.isEmpty()) {
        const PendingCapture pending = m_waiting.takeFirst();
        Work &work = m_work[pending.threadId];
        work.pending = pending;
        if (pending.page && isWeb(pending.link)) {
            FetchRequest request;
            request.url = pending.link;
            request.limits = m_limits;
            m_pageJobs.insert(m_queue->enqueue(request), pending.threadId);
        } else {
            fetchImages(pending.threadId);
        }
    }
    finishIfDone();
}

void ArticleCapturer::onFetched(quint64 job, const FetchResult &result)
{
    if (const auto page = m_pageJobs.constFind(job); page != m_pageJobs.constEnd()) {
        const qint64 threadId = page.value();
        m_pageJobs.erase(page);
        takePage(threadId, result);
    } else if (const auto image = m_imageJobs.constFind(job); image != m_imageJobs.constEnd()) {
        const auto [threadId, url] = image.value();
        m_imageJobs.erase(image);
        takeImage(threadId, url, result);
    }
}

void ArticleCapturer::takePage(qint64 threadId, const FetchResult &result)
{
    const auto found = m_work.find(threadId);
    if (found == m_work.end())
        return;
    ArticleCapture &capture = found->capture;
    capture.provenance.retrievedAt = result.retrievedAt;
    capture.provenance.finalUrl = result.finalUrl.isEmpty() ? result.requestedUrl : result.finalUrl;
    capture.provenance.etag = result.etag;
    capture.provenance.lastModified = result.lastModified;
    if (!result.ok()) {
        capture.status = ArticleCapture::Status::Failed;
        capture.error =
            result.errorMessage.isEmpty() ? tr("The page could not be fetched.") : result.errorMessage;
    } else {
        const Result<ExtractedArticle> article =
            ArticleExtractor::extract(result.body, capture.provenance.finalUrl, result.charset.toLatin1());
        if (!article) {
            capture.status = ArticleCapture::Status::Failed;
            capture.error = tr("The page has no article Docket could find.");
        } else {
            capture.status = ArticleCapture::Status::Captured;
            capture.html = article->html;
            capture.byline = article->byline;
            capture.published = article->published;
            capture.provenance.sha256 = sha256(capture.html);
        }
    }
    fetchImages(threadId);
}

void ArticleCapturer::fetchImages(qint64 threadId)
{
    Work &work = m_work[threadId];
    QList<QUrl> urls = imageUrls(work.capture.html);
    if (!work.pending.feedHtml.isEmpty()) {
        // The reader shows feed content sanitised against the thread's link:
        // the same addresses, so the lookup finds them.
        const QList<QUrl> feedUrls =
            imageUrls(HtmlSanitizer::sanitize(work.pending.feedHtml, work.pending.link));
        QSet<QString> seen;
        for (const QUrl &url : std::as_const(urls))
            seen.insert(ImageStore::key(url));
        for (const QUrl &url : feedUrls) {
            if (!seen.contains(ImageStore::key(url)))
                urls.append(url);
        }
    }
    urls = urls.mid(0, ImageStore::maxImagesPerThread);
    FetchLimits limits = m_limits;
    limits.maxBodyBytes = qMin(limits.maxBodyBytes, ImageStore::maxImageBytes);
    work.imagesOutstanding = int(urls.size());
    for (const QUrl &url : std::as_const(urls)) {
        FetchRequest request;
        request.url = url;
        request.limits = limits;
        m_imageJobs.insert(m_queue->enqueue(request), qMakePair(threadId, url));
    }
    if (urls.isEmpty())
        save(threadId);
}

void ArticleCapturer::takeImage(qint64 threadId, const QUrl &url, const FetchResult &result)
{
    const auto found = m_work.find(threadId);
    if (found == m_work.end())
        return;
    // A picture or nothing: a page, a script or an SVG (which may carry
    // script) under an image's address is not kept.
    const QString mediaType = result.ok() ? sniffImage(result.body) : QString();
    if (!mediaType.isEmpty() && result.body.size() <= ImageStore::maxImageBytes &&
        found->imageBytes + result.body.size() <= maxImageBytesPerThread) {
        found->imageBytes += result.body.size();
        found->images.append(qMakePair(url, StoredImage{result.body, mediaType}));
    }
    if (--found->imagesOutstanding == 0)
        save(threadId);
}

void ArticleCapturer::save(qint64 threadId)
{
    const Work work = m_work.take(threadId);
    if (work.capture.status == ArticleCapture::Status::Captured)
        ++m_captured;
    else if (work.capture.status == ArticleCapture::Status::Failed)
        ++m_failed;
    if (auto ok = CaptureStore(m_database).save(threadId, work.capture, work.images); !ok) {
        if (m_error.isEmpty())
            m_error = ok.error().message;
    } else {
        Q_EMIT threadCaptured(threadId, work.capture.status);
    }
    // Queued, so a thread without images does not recurse into the next.
    QTimer::singleShot(0, this, &ArticleCapturer::pump);
}

void ArticleCapturer::finishIfDone()
{
    if (!m_running || !m_work.isEmpty() || !m_waiting.isEmpty())
        return;
    m_running = false;
    Q_EMIT finished(m_captured, m_failed, m_error);
}
