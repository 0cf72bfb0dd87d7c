#include "feedsource.h"

#include "inputfile.h"

#include <QDir>
#include <QFileInfo>

Result<FeedSource> FeedSource::read(const QString &location)
{
    FeedSource source;
    source.shownName = location;
    const QUrl given(location);
    const QString scheme = given.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return Result<FeedSource>::failure(
            QStringLiteral("fetching from the web comes with the poller; use a file:// URL for now"));
    if (location == u"-")
        return Result<FeedSource>::failure(
            QStringLiteral("a subscription needs a file to read again later, not standard input"));

    QString path;
    if (scheme == u"file") {
        if (!given.isValid() || !given.host().isEmpty())
            return Result<FeedSource>::failure(
                QStringLiteral("%1: not a local file address (file:///path/to/feed.xml)").arg(location));
        path = given.toLocalFile();
    } else if (scheme.size() > 1 && !QFileInfo::exists(location)) {
        // One letter is a Windows drive ("C:/feeds/x.xml"), anything longer a scheme.
        return Result<FeedSource>::failure(
            QStringLiteral("%1: Docket cannot read %2: addresses; give a file:// URL or a file path")
                .arg(location, scheme));
    } else {
        path = location;
    }
    const Result<QByteArray> bytes = InputFile::read(path, maxBytes);
    if (!bytes)
        return Result<FeedSource>::failure(QStringLiteral("%1: %2").arg(location, bytes.error().message));
    source.url = QUrl::fromLocalFile(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    source.bytes = bytes.value();
    return source;
}
