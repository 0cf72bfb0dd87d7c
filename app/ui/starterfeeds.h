// The starter feeds offered on first run: a list of public legal-news feeds built into Docket.
#pragma once

#include <QByteArray>

namespace StarterFeeds {

// The OPML of resources/starter-feeds.opml, as compiled into Docket.
QByteArray opml();

} // namespace StarterFeeds
