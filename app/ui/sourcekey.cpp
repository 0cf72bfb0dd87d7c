#include "sourcekey.h"

#include <QStringList>

ThreadFilter SourceKey::filter() const
{
    ThreadFilter filter;
    switch (kind) {
    case Kind::All:
    case Kind::SavedSearches:
    case Kind::SavedSearch:
        break;
    case Kind::Unread:
        filter.unreadOnly = true;
        break;
    case Kind::Kept:
        filter.keptOnly = true;
        break;
    case Kind::Folder:
        filter.folderId = id;
        break;
    case Kind::Feed:
        filter.feedId = id;
        break;
    }
    return filter;
}

QString SourceKey::toString() const
{
    switch (kind) {
    case Kind::All:
        return QStringLiteral("all");
    case Kind::Unread:
        return QStringLiteral("unread");
    case Kind::Kept:
        return QStringLiteral("kept");
    case Kind::SavedSearches:
        return QStringLiteral("saved-searches");
    case Kind::SavedSearch:
        return QStringLiteral("search:") + name;
    case Kind::Folder:
        return QStringLiteral("folder:%1").arg(id);
    case Kind::Feed:
        return QStringLiteral("feed:%1").arg(id);
    }
    return QString();
}

std::optional<SourceKey> SourceKey::fromString(const QString &text)
{
    if (text == u"all")
        return SourceKey{Kind::All, 0, {}};
    if (text == u"unread")
        return SourceKey{Kind::Unread, 0, {}};
    if (text == u"kept")
        return SourceKey{Kind::Kept, 0, {}};
    if (text == u"saved-searches")
        return SourceKey{Kind::SavedSearches, 0, {}};
    // A name may hold colons: everything after the first is the name.
    if (text.startsWith(u"search:")) {
        const QString name = text.mid(7);
        if (name.trimmed().isEmpty())
            return std::nullopt;
        return SourceKey{Kind::SavedSearch, 0, name};
    }
    const QStringList parts = text.split(u':');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok = false;
    const qint64 id = parts.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    if (parts.at(0) == u"folder")
        return SourceKey{Kind::Folder, id, {}};
    if (parts.at(0) == u"feed")
        return SourceKey{Kind::Feed, id, {}};
    return std::nullopt;
}
