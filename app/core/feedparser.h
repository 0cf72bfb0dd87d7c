// Turns the bytes of any feed document (RSS, RDF, Atom, JSON Feed) into a Feed.
#pragma once

#include "diagnostic.h"
#include "feed.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace FeedParser {

struct Options
{
    QUrl baseUrl;           // where the document came from; last resort for relative links
    QByteArray charsetHint; // charset from the HTTP Content-Type, if any
    qint64 maxBytes = 50LL * 1024 * 1024;
    int maxDepth = 256; // element nesting beyond this is refused
};

struct Parsed
{
    Feed feed;
    // Problems that did not stop the parse: a document that broke after some
    // good items yields those items and a warning saying where it broke.
    QList<Diagnostic> warnings;
};

// Detects the format from the content (never from a file name) and parses.
// Fails, with line and column where known, when nothing usable was found.
Result<Parsed> parse(const QByteArray &bytes, const Options &options = {});

} // namespace FeedParser
