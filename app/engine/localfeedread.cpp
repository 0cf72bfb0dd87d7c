#include "localfeedread.h"

#include "feedsource.h"
#include "inputfile.h"

#include <QCryptographicHash>

namespace LocalFeedRead {

FetchResult read(const FeedRecord &feed, const QDateTime &now)
{
    FetchResult result;
    result.requestedUrl = feed.url;
    result.finalUrl = feed.url;
    result.retrievedAt = now;
    const Result<QByteArray> bytes = InputFile::read(feed.url.toLocalFile(), FeedSource::maxBytes);
    if (!bytes) {
        result.outcome = FetchResult::Outcome::Error;
        result.errorMessage =
            QStringLiteral("Docket could not read the feed file: %1").arg(bytes.error().message);
        return result;
    }
    result.bodySha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex());
    if (!feed.bodySha256.isEmpty() && result.bodySha256 == feed.bodySha256) {
        result.outcome = FetchResult::Outcome::NotModified;
        return result;
    }
    result.outcome = FetchResult::Outcome::Ok;
    result.body = bytes.value();
    return result;
}

} // namespace LocalFeedRead
