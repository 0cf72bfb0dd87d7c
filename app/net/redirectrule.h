// Whether Docket follows a redirect, and to which address.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QUrl>

namespace RedirectRule {

// 301, 302, 303, 307, 308.
bool isRedirect(int status);
// 301 and 308: the publisher says the feed has moved for good.
bool isPermanent(int status);

// The address a redirect from `from` leads to, or why Docket will not go
// there: no or unusable Location, more than maxRedirects (followed so far
// counts those already taken), a scheme other than http(s), or https down to
// http. The Location may be relative. A move within the same server (same
// host; same port, or each scheme's default port) keeps the user name and
// password of `from`; a move elsewhere never receives them.
Result<QUrl> follow(const QUrl &from, int status, const QByteArray &location, int followedSoFar,
                    int maxRedirects);

} // namespace RedirectRule
