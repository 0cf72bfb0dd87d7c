#include "feedfetcher.h"

#include "displayurl.h"
#include "fetchmessage.h"
#include "httpheaders.h"
#include "redirectrule.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>

namespace {

// What Qt holds for us between reads; the body limit is checked per read.
constexpr qint64 readBufferBytes = 256 * 1024;

bool isHttpScheme(const QString &scheme)
{
    return scheme == u"http" || scheme == u"https";
}

// A header value Docket sends back must not be able to add headers of its own.
QByteArray headerSafe(const QString &value)
{
    const QByteArray bytes = value.toLatin1();
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return {};
    }
    return bytes;
}

} // namespace

void FeedFetcher::ReplyDeleter::operator()(QNetworkReply *reply) const
{
    reply->deleteLater();
}

FeedFetcher::FeedFetcher(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager)
{
    for (QTimer *timer : {&m_connectTimer, &m_inactivityTimer, &m_totalTimer})
        timer->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &FeedFetcher::onConnectTimeout);
    connect(&m_inactivityTimer, &QTimer::timeout, this, &FeedFetcher::onInactivityTimeout);
    connect(&m_totalTimer, &QTimer::timeout, this, &FeedFetcher::onTotalTimeout);
}

FeedFetcher::~FeedFetcher()
{
    cancel();
}

QByteArray FeedFetcher::userAgent()
{
    return QByteArrayLiteral("Docket/" DOCKET_VERSION);
}

QByteArray FeedFetcher::acceptHeader()
{
    return QByteArrayLiteral("application/rss+xml, application/atom+xml, application/feed+json, "
                             "application/rdf+xml;q=0.9, application/json;q=0.8, application/xml;q=0.8, "
                             "text/xml;q=0.8, text/html;q=0.5, */*;q=0.3");
}

void FeedFetcher::start(const FetchRequest &request)
{
    Q_ASSERT(!m_running);
    m_request = request;
    m_result = FetchResult();
    m_result.requestedUrl = request.url;
    m_result.finalUrl = request.url;
    m_running = true;
    m_stillPermanent = true;
    m_hash.reset();

    if (!request.url.isValid() || !isHttpScheme(request.url.scheme()) || request.url.host().isEmpty()) {
        const QString scheme = request.url.scheme();
        const QString message =
            scheme.isEmpty() || isHttpScheme(scheme)
                ? tr("The address is not a valid web address")
                : tr("Docket fetches only http and https addresses, not %1: ones").arg(scheme);
        // Reported from the event loop, like every other ending.
        QTimer::singleShot(0, this, [this, message] { fail(message); });
        return;
    }
    m_totalTimer.start(request.limits.totalTimeout);
    send(request.url);
}

void FeedFetcher::cancel()
{
    dropReply();
    m_running = false;
    m_connectTimer.stop();
    m_inactivityTimer.stop();
    m_totalTimer.stop();
}

void FeedFetcher::send(const QUrl &url)
{
    if (!m_manager) {
        fail(tr("Docket's network connection was closed"));
        return;
    }
    m_currentUrl = url;
    m_result.finalUrl = url;
    m_headersSeen = false;

    QNetworkRequest request(url);
    // Redirects by hand: each hop is checked before it is followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Qt's own ratio check would end large honest feeds with a vague error;
    // the body limit below bounds memory and says why.
    request.setDecompressedSafetyCheckThreshold(-1);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", acceptHeader());
    const QByteArray etag = headerSafe(m_request.etag);
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    const QByteArray lastModified = headerSafe(m_request.lastModified);
    if (!lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", lastModified);

    m_reply.reset(m_manager->get(request));
    m_reply->setReadBufferSize(readBufferBytes);
    QNetworkReply *reply = m_reply.get();
    connect(reply, &QNetworkReply::metaDataChanged, this, &FeedFetcher::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &FeedFetcher::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &FeedFetcher::onFinished);
    connect(reply, &QNetworkReply::requestSent, this, &FeedFetcher::onProgress);
    connect(reply, &QNetworkReply::encrypted, this, &FeedFetcher::onProgress);
    connect(reply, &QNetworkReply::downloadProgress, this, &FeedFetcher::onProgress);
    m_inactivityTimer.stop();
    m_connectTimer.start(m_request.limits.connectTimeout);
}

void FeedFetcher::onProgress()
{
    // Connected (or further): from now on silence, not connecting, is the risk.
    m_connectTimer.stop();
    m_inactivityTimer.start(m_request.limits.inactivityTimeout);
}

void FeedFetcher::onMetaData()
{
    onProgress();
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_headersSeen || !statusAttribute.isValid())
        return;
    m_headersSeen = true;
    const int status = statusAttribute.toInt();
    m_result.httpStatus = status;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_result.retryAfterSeconds = m_reply->hasRawHeader("Retry-After")
                                     ? HttpHeaders::retryAfterSeconds(m_reply->rawHeader("Retry-After"), now)
                                     : std::nullopt;

    if (RedirectRule::isRedirect(status)) {
        followRedirect(status);
        return;
    }
    if (status == 304) {
        m_result.etag = QString::fromLatin1(m_reply->rawHeader("ETag"));
        m_result.lastModified = QString::fromLatin1(m_reply->rawHeader("Last-Modified"));
        complete(FetchResult::Outcome::NotModified);
        return;
    }
    if (status < 200 || status > 299) {
        fail(FetchMessage::forStatus(status, m_result.retryAfterSeconds));
        return;
    }
    m_result.etag = QString::fromLatin1(m_reply->rawHeader("ETag"));
    m_result.lastModified = QString::fromLatin1(m_reply->rawHeader("Last-Modified"));
    const QByteArray contentType = m_reply->rawHeader("Content-Type");
    m_result.mediaType = HttpHeaders::mediaType(contentType);
    m_result.charset = HttpHeaders::charset(contentType);
    // A declared length over the limit need not be downloaded to be refused.
    const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (declared > m_request.limits.maxBodyBytes && !m_reply->hasRawHeader("Content-Encoding"))
        fail(tr("The server sent more than %1; Docket stopped reading")
                 .arg(FetchMessage::size(m_request.limits.maxBodyBytes)));
}

void FeedFetcher::followRedirect(int status)
{
    const Result<QUrl> target = RedirectRule::follow(m_currentUrl, status, m_reply->rawHeader("Location"),
                                                     m_result.redirects, m_request.limits.maxRedirects);
    if (!target) {
        fail(target.error().message);
        return;
    }
    if (m_stillPermanent && RedirectRule::isPermanent(status))
        m_result.movedTo = target.value();
    else
        m_stillPermanent = false;
    ++m_result.redirects;
    dropReply();
    send(target.value());
}

void FeedFetcher::onReadyRead()
{
    if (!m_headersSeen)
        return; // nothing to take before the status is known
    takeBody();
}

// Moves what Qt holds into the body; false (and the fetch ended) when the
// body grew past the limit.
bool FeedFetcher::takeBody()
{
    const qint64 room = m_request.limits.maxBodyBytes - m_result.body.size();
    // One byte more than fits is enough to know the limit is passed.
    const QByteArray chunk = m_reply->read(std::min<qint64>(m_reply->bytesAvailable(), room + 1));
    m_result.body.append(chunk);
    m_hash.addData(chunk);
    if (m_result.body.size() > m_request.limits.maxBodyBytes) {
        fail(tr("The server sent more than %1; Docket stopped reading")
                 .arg(FetchMessage::size(m_request.limits.maxBodyBytes)));
        return false;
    }
    return true;
}

void FeedFetcher::onFinished()
{
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error != QNetworkReply::NoError) {
        fail(FetchMessage::forNetworkError(error, m_currentUrl, m_reply->errorString()));
        return;
    }
    if (!m_headersSeen) {
        fail(tr("The server %1 answered with something other than HTTP").arg(m_currentUrl.host()));
        return;
    }
    while (m_reply->bytesAvailable() > 0) {
        if (!takeBody())
            return;
    }
    m_result.bodySha256 = QString::fromLatin1(m_hash.result().toHex());
    if (!m_request.lastBodySha256.isEmpty() &&
        m_result.bodySha256.compare(m_request.lastBodySha256, Qt::CaseInsensitive) == 0) {
        m_result.body.clear(); // the caller has these bytes already
        complete(FetchResult::Outcome::NotModified);
        return;
    }
    complete(FetchResult::Outcome::Ok);
}

void FeedFetcher::onConnectTimeout()
{
    fail(tr("The server did not answer within %1")
             .arg(FetchMessage::duration(m_request.limits.connectTimeout)));
}

void FeedFetcher::onInactivityTimeout()
{
    const QString span = FetchMessage::duration(m_request.limits.inactivityTimeout);
    fail(m_headersSeen ? tr("The server stopped sending for %1; Docket gave up").arg(span)
                       : tr("The server did not answer within %1").arg(span));
}

void FeedFetcher::onTotalTimeout()
{
    fail(tr("The server took longer than %1 in all; Docket stopped waiting")
             .arg(FetchMessage::duration(m_request.limits.totalTimeout)));
}

void FeedFetcher::fail(const QString &message)
{
    m_result.body.clear();
    m_result.bodySha256.clear();
    m_result.errorMessage = message;
    complete(FetchResult::Outcome::Error);
}

void FeedFetcher::complete(FetchResult::Outcome outcome)
{
    if (!m_running)
        return;
    cancel();
    m_result.outcome = outcome;
    m_result.retrievedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(m_result);
}

void FeedFetcher::dropReply()
{
    if (!m_reply)
        return;
    // Not abort(): this may run inside one of the reply's own signals, where
    // Qt has more to do with it. Deleting it later ends the transfer.
    m_reply->disconnect(this);
    m_reply.reset();
}
