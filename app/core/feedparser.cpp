#include "feedparser.h"

QString feedFormatName(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Rss:
        return QStringLiteral("rss");
    case FeedFormat::Rdf:
        return QStringLiteral("rdf");
    case FeedFormat::Atom:
        return QStringLiteral("atom");
    case FeedFormat::JsonFeed:
        return QStringLiteral("jsonfeed");
    }
    return {};
}

namespace FeedParser {

Result<Parsed> parse(const QByteArray &bytes, const Options &options)
{
    if (bytes.size() > options.maxBytes)
        return Result<Parsed>::failure(QStringLiteral("the document is larger than %1 bytes").arg(options.maxBytes));
    return Result<Parsed>::failure(QStringLiteral("not a feed"), 1, 1);
}

} // namespace FeedParser
