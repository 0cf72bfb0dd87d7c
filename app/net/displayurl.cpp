#include "displayurl.h"

namespace DisplayUrl {

QString withoutCredentials(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

QString scrubbed(const QString &text, const QUrl &url)
{
    QString clean = text;
    // Longest first, so that "user:pass" goes before "user" alone could leave ":pass".
    const QString userInfo = url.userInfo(QUrl::FullyDecoded);
    const QString encodedUserInfo = url.userInfo(QUrl::FullyEncoded);
    for (const QString &secret :
         {encodedUserInfo, userInfo, url.password(QUrl::FullyEncoded), url.password(QUrl::FullyDecoded),
          url.userName(QUrl::FullyEncoded), url.userName(QUrl::FullyDecoded)}) {
        if (!secret.isEmpty())
            clean.replace(secret + QLatin1Char('@'), QString()).replace(secret, QStringLiteral("***"));
    }
    return clean;
}

} // namespace DisplayUrl
