#include "feedpollresult.h"

QString feedPollStatusName(FeedPollResult::Status status)
{
    switch (status) {
    case FeedPollResult::Status::Ok:
        return QStringLiteral("ok");
    case FeedPollResult::Status::NotModified:
        return QStringLiteral("not modified");
    case FeedPollResult::Status::Error:
        break;
    }
    return QStringLiteral("error");
}

void PollSummary::add(const FeedPollResult &result)
{
    ++feeds;
    switch (result.status) {
    case FeedPollResult::Status::Ok:
        ++ok;
        break;
    case FeedPollResult::Status::NotModified:
        ++notModified;
        break;
    case FeedPollResult::Status::Error:
        ++failed;
        break;
    }
    inserted += result.inserted;
    revised += result.revised;
}
