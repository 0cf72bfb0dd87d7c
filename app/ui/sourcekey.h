// Which source of threads is chosen in the sources pane: a fixed view, a saved search, a folder or a feed.
#pragma once

#include "threadfilter.h"

#include <QString>
#include <QtGlobal>

#include <optional>

struct SourceKey
{
    enum class Kind { All, Unread, Kept, SavedSearches, SavedSearch, Folder, Feed };
    Kind kind = Kind::All;
    qint64 id = 0; // folder or feed id; 0 for the fixed views
    QString name;  // a saved search's name (SavedSearchStore); empty for the rest

    // The threads this source shows. A saved search shows all threads: the
    // window runs its query as the search box's text.
    ThreadFilter filter() const;
    // "all", "unread", "kept", "saved-searches" (the group), "search:Name",
    // "folder:3", "feed:12": how the choice is remembered.
    QString toString() const;
    static std::optional<SourceKey> fromString(const QString &text);

    friend bool operator==(const SourceKey &, const SourceKey &) = default;
};
