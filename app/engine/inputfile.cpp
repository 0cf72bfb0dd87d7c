#include "inputfile.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace InputFile {

Result<QByteArray> read(const QString &path, qint64 maxBytes)
{
    QFile file;
    if (path == u"-") {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Result<QByteArray>::failure(QStringLiteral("cannot read standard input"));
    } else {
        const QFileInfo info(path);
        if (!info.exists())
            return Result<QByteArray>::failure(QStringLiteral("no such file"));
        if (info.isDir())
            return Result<QByteArray>::failure(QStringLiteral("is a folder, not a file"));
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<QByteArray>::failure(QStringLiteral("cannot open: %1").arg(file.errorString()));
    }
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

} // namespace InputFile
