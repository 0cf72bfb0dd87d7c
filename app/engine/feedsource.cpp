#include "feedsource.h"

#include "inputfile.h"

#include <QDir>
#include <QFileInfo>

Result<FeedSource> FeedSource::read(const QString &argument)
{
    FeedSource source;
    source.shownName = argument;
    const QUrl given(argument);
    const QString scheme = given.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return Result<FeedSource>::failure(
            QStringLiteral("fetching from the web comes with the poller; use a file:// URL for now"));
    if (argument == u"-")
        return Result<FeedSource>::failure(
            QStringLiteral("a subscription needs a file to read again later, not standard input"));

    QString path;
    if (scheme == u"file") {
        if (!given.isValid() || !given.host().isEmpty())
            return Result<FeedSource>::failure(
                QStringLiteral("%1: not a local file address (file:///path/to/feed.xml)").arg(argument));
        path = given.toLocalFile();
    } else if (scheme.size() > 1 && !QFileInfo::exists(argument)) {
        // One letter is a Windows drive ("C:/feeds/x.xml"), anything longer a scheme.
        return Result<FeedSource>::failure(
            QStringLiteral("%1: Docket cannot read %2: addresses; give a file:// URL or a file path")
                .arg(argument, scheme));
    } else {
        path = argument;
    }
    const Result<QByteArray> bytes = InputFile::read(path, maxBytes);
    if (!bytes)
        return Result<FeedSource>::failure(QStringLiteral("%1: %2").arg(argument, bytes.error().message));
    source.url = QUrl::fromLocalFile(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    source.bytes = bytes.value();
    return source;
}
