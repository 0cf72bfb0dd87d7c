#include "displayurl.h"

#include <QStringList>

namespace DisplayUrl {

QString withoutCredentials(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

QString scrubbed(const QString &text, const QUrl &url)
{
    if (url.userName().isEmpty() && url.password().isEmpty())
        return text;
    QString clean = text;
    // Longest first, so that "user:pass" goes before "user" alone could leave ":pass".
    QStringList secrets{url.userInfo(QUrl::FullyEncoded), url.password(QUrl::FullyEncoded),
                        url.password(QUrl::FullyDecoded), url.userName(QUrl::FullyEncoded),
                        url.userName(QUrl::FullyDecoded)};
    if (!url.password().isEmpty())
        secrets.insert(1, url.userName(QUrl::FullyDecoded) + QLatin1Char(':') +
                              url.password(QUrl::FullyDecoded));
    for (const QString &secret : std::as_const(secrets)) {
        if (!secret.isEmpty())
            clean.replace(secret + QLatin1Char('@'), QString()).replace(secret, QStringLiteral("***"));
    }
    return clean;
}

} // namespace DisplayUrl
