#include "linkpolicy.h"

#include <QDesktopServices>

namespace LinkPolicy {

bool mayOpen(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return !url.host().isEmpty();
    if (scheme == u"mailto")
        return !url.path().isEmpty();
    return false;
}

bool open(const QUrl &url)
{
    return mayOpen(url) && QDesktopServices::openUrl(url);
}

} // namespace LinkPolicy
