#include "feedsource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

// The file's bytes, or why not; the read stops past maxBytes, so a file that
// grows while read (or a named pipe) costs no more than the limit.
Result<QByteArray> readBounded(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<QByteArray>::failure(QStringLiteral("no such file"));
    if (info.isDir())
        return Result<QByteArray>::failure(QStringLiteral("is a folder, not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QStringLiteral("cannot open: %1").arg(file.errorString()));
    QByteArray bytes;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0)
            return Result<QByteArray>::failure(QStringLiteral("read error: %1").arg(file.errorString()));
        if (n == 0)
            break;
        bytes.append(buffer, n);
        if (bytes.size() > maxBytes)
            return Result<QByteArray>::failure(
                QStringLiteral("larger than the limit of %1 bytes").arg(maxBytes));
    }
    return bytes;
}

} // namespace

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
    const Result<QByteArray> bytes = readBounded(path, maxBytes);
    if (!bytes)
        return Result<FeedSource>::failure(QStringLiteral("%1: %2").arg(location, bytes.error().message));
    source.url = QUrl::fromLocalFile(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    source.bytes = bytes.value();
    return source;
}
