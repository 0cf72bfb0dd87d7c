#include "redirectrule.h"

#include <QCoreApplication>

namespace RedirectRule {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RedirectRule", text);
}

int defaultPort(const QString &scheme)
{
    return scheme == u"https" ? 443 : 80;
}

bool sameServer(const QUrl &a, const QUrl &b)
{
    if (a.host().compare(b.host(), Qt::CaseInsensitive) != 0)
        return false;
    const bool aDefault = a.port(defaultPort(a.scheme())) == defaultPort(a.scheme());
    const bool bDefault = b.port(defaultPort(b.scheme())) == defaultPort(b.scheme());
    return (aDefault && bDefault) || a.port(defaultPort(a.scheme())) == b.port(defaultPort(b.scheme()));
}

} // namespace

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isPermanent(int status)
{
    return status == 301 || status == 308;
}

Result<QUrl> follow(const QUrl &from, int status, const QByteArray &location, int followedSoFar,
                    int maxRedirects)
{
    const QByteArray trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return Result<QUrl>::failure(
            tr("The server redirected Docket without saying where to (HTTP %1)").arg(status));
    QUrl target = from.resolved(QUrl(QString::fromUtf8(trimmed)));
    if (!target.isValid() || target.scheme().isEmpty())
        return Result<QUrl>::failure(
            tr("The server redirected Docket to an address that is not valid (HTTP %1)").arg(status));
    if (followedSoFar >= maxRedirects)
        return Result<QUrl>::failure(
            tr("The server redirected Docket more than %1 times; Docket stopped following")
                .arg(maxRedirects));
    const QString scheme = target.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return Result<QUrl>::failure(
            tr("The redirect leads to a %1: address, which Docket never follows").arg(scheme));
    if (from.scheme() == u"https" && scheme == u"http")
        return Result<QUrl>::failure(
            tr("The redirect leads from a secure https: address to an insecure http: one, "
               "which Docket does not follow"));
    if (target.host().isEmpty())
        return Result<QUrl>::failure(
            tr("The server redirected Docket to an address that is not valid (HTTP %1)").arg(status));

    if (target.userInfo().isEmpty() && sameServer(from, target))
        target.setUserInfo(from.userInfo());
    else if (!sameServer(from, target))
        target.setUserInfo(QString()); // a login is never handed to another server
    return target;
}

} // namespace RedirectRule
