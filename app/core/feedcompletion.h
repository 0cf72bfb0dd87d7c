// Finishes a parsed feed the same way whatever its format: absolute links, a title and an id for every item.
#pragma once

#include "feed.h"

#include <QString>
#include <QUrl>

namespace FeedCompletion {

// Resolves links the parser left relative against the feed's own link, then
// against baseUrl (where the document came from); a link that stays relative
// is dropped. Gives every item a title, a published time when it only has an
// updated one, and an id (see fallbackId); different items that share an id
// get ids of their own.
void complete(Feed &feed, const QUrl &baseUrl);

// The title shown for an item whose feed gave none: the start of its text,
// else its link, else "Untitled".
QString fallbackTitle(const Item &item);

// The id of an item whose feed gave none: its link, else a hash of what
// identifies it (title, published time, enclosures) that is the same on every
// parse, so the item is not stored twice.
QString fallbackId(const Item &item);

} // namespace FeedCompletion
