#include "contenthash.h"

#include <QByteArray>
#include <QCryptographicHash>

namespace ContentHash {

QString of(const Item &item)
{
    return of(item.title, item.summary, item.content);
}

QString of(const QString &title, const QString &summary, const QString &content)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // A separator that cannot occur in text keeps ("ab", "c") apart from ("a", "bc").
    const char separator = '\0';
    hash.addData(title.simplified().toUtf8());
    hash.addData(QByteArrayView(&separator, 1));
    hash.addData(summary.simplified().toUtf8());
    hash.addData(QByteArrayView(&separator, 1));
    hash.addData(content.simplified().toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace ContentHash
