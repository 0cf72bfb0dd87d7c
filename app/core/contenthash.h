// A fingerprint of what an item says, to tell a real change from a re-send.
#pragma once

#include "item.h"

#include <QString>

namespace ContentHash {

// SHA-256 (hex) of the item's title, summary and content, each with runs of
// white space collapsed: a re-send with changed line breaks or indentation
// gives the same hash; a changed word or tag does not. Deliberately not built
// on the HTML-to-text rules, which may improve: a stored hash must mean the
// same thing in every later Docket, or every thread would look revised.
QString of(const Item &item);
QString of(const QString &title, const QString &summary, const QString &content);

} // namespace ContentHash
