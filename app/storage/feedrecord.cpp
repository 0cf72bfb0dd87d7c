#include "feedrecord.h"

QString feedStatusName(FeedStatus status)
{
    switch (status) {
    case FeedStatus::New:
        return QStringLiteral("new");
    case FeedStatus::Ok:
        return QStringLiteral("ok");
    case FeedStatus::NotModified:
        return QStringLiteral("not-modified");
    case FeedStatus::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("new");
}
