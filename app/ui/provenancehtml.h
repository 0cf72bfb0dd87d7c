// The reader's "Provenance" section: when and from where Docket fetched the feed item and the full article.
#pragma once

#include "threadrecord.h"

#include <QString>

namespace ProvenanceHtml {

// A heading and one table per source Docket knows the provenance of (the
// feed item, the captured article); empty when it knows none. Every value
// is escaped text the user can select and copy; nothing in it is a link.
QString section(const ThreadRecord &thread);

// "Friday 27 November 2026 11:00:00 CET (2026-11-27 10:00:00 UTC)": the
// user's local time, and UTC so that no reader of a copied value has to
// guess the zone.
QString timeText(const QDateTime &at);

} // namespace ProvenanceHtml
