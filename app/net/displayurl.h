// A feed address as it may be shown to people: never with its password.
#pragma once

#include <QString>
#include <QUrl>

namespace DisplayUrl {

// The URL for a message or a list, without user name and password.
QString withoutCredentials(const QUrl &url);

// The text with every appearance of the URL's user name and password removed,
// for text Docket did not write itself (e.g. a network library's message).
QString scrubbed(const QString &text, const QUrl &url);

} // namespace DisplayUrl
