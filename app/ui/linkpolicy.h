// Which links from an article Docket hands to the system browser: http, https and mailto only.
#pragma once

#include <QUrl>

namespace LinkPolicy {

// True for absolute http and https links with a host, and mailto links;
// false for everything else (javascript:, file:, data:, relative...).
bool mayOpen(const QUrl &url);

// Opens the link in the system browser or mail program when mayOpen allows
// it; returns whether it was handed over.
bool open(const QUrl &url);

} // namespace LinkPolicy
