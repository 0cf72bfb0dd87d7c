// Writes a subscription list as OPML 2.0 for other feed readers to import.
#pragma once

#include "opmldocument.h"

#include <QByteArray>

namespace OpmlWriter {

// UTF-8 OPML 2.0: the head's title and dateCreated (when valid), then each
// folder as an outline holding its subscriptions, then the subscriptions
// outside any folder. Every outline has the text attribute OPML 2.0 asks
// for; subscriptions carry type="rss" (what readers look for, whatever the
// feed's format), xmlUrl and htmlUrl. Characters XML cannot hold are left
// out. Reading the result with OpmlReader gives the same document back.
QByteArray write(const OpmlDocument &document);

} // namespace OpmlWriter
