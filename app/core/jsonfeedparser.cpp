#include "jsonfeedparser.h"

namespace JsonFeedParser {

Result<FeedParser::Parsed> parse(const QByteArray &, const FeedParser::Options &)
{
    return Result<FeedParser::Parsed>::failure(QStringLiteral("JSON Feed is not read yet"));
}

} // namespace JsonFeedParser
