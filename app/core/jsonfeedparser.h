// Parses JSON Feed 1.0 and 1.1 documents.
#pragma once

#include "feedparser.h"

namespace JsonFeedParser {

// bytes: the whole document, still encoded (UTF-8, or with a UTF-16/32 BOM).
Result<FeedParser::Parsed> parse(const QByteArray &bytes, const FeedParser::Options &options);

} // namespace JsonFeedParser
