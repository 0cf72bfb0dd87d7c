#include "databasefileheader.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>

namespace {

// The layout of https://www.sqlite.org/fileformat.html, section 1.3.
constexpr qint64 headerSize = 100;
constexpr char magic[] = "SQLite format 3";

quint32 bigEndian(const QByteArray &bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

QString damaged(const QString &path, const QString &why)
{
    return QStringLiteral("%1 is not a Docket database or is damaged (%2). Docket left it untouched; "
                          "restore it from a backup or choose another file.")
        .arg(QFileInfo(path).absoluteFilePath(), why);
}

} // namespace

Result<DatabaseFileHeader> DatabaseFileHeader::read(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return DatabaseFileHeader{};
    if (!file.open(QIODevice::ReadOnly))
        return Result<DatabaseFileHeader>::failure(
            QStringLiteral("Docket cannot read %1: %2.")
                .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    const qint64 fileSize = file.size();
    const QByteArray bytes = file.read(headerSize);
    if (bytes.size() < headerSize || !bytes.startsWith(QByteArray(magic, sizeof magic)))
        return Result<DatabaseFileHeader>::failure(
            damaged(path, QStringLiteral("it does not start like a SQLite database")));

    DatabaseFileHeader header;
    header.pageSize = bigEndian(bytes, 16, 2);
    if (header.pageSize == 1)
        header.pageSize = 65536;
    if (header.pageSize < 512 || header.pageSize > 65536 || (header.pageSize & (header.pageSize - 1)) != 0)
        return Result<DatabaseFileHeader>::failure(
            damaged(path, QStringLiteral("its page size is impossible")));
    header.walMode = bytes.at(18) == 2 && bytes.at(19) == 2;
    // The stored page count is only valid when the change counter matches
    // the "version valid for" number (written by SQLite 3.7.0 and later).
    if (bigEndian(bytes, 24, 4) == bigEndian(bytes, 92, 4))
        header.pageCount = bigEndian(bytes, 28, 4);
    header.userVersion = int(bigEndian(bytes, 60, 4));
    // A file shorter than its pages is a truncated copy: its missing pages
    // would surface later as errors in the middle of the user's work. Not so
    // while a write-ahead log holds pages: a checkpoint cut short by a crash
    // may have written page 1 before the pages that grow the file, and the
    // log still has them all.
    const bool logHoldsPages = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!logHoldsPages && header.pageCount > 0 && fileSize < header.pageCount * header.pageSize)
        return Result<DatabaseFileHeader>::failure(
            damaged(path, QStringLiteral("it is %1 bytes long but should hold %2")
                              .arg(fileSize)
                              .arg(header.pageCount * header.pageSize)));
    return header;
}
