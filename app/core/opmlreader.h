// Reads the OPML subscription lists that feed readers export.
#pragma once

#include "diagnostic.h"
#include "opmldocument.h"
#include "result.h"

#include <QByteArray>
#include <QList>

namespace OpmlReader {

struct Options
{
    qint64 maxBytes = 20LL * 1024 * 1024;
    int maxDepth = 64; // element nesting beyond this is refused
};

struct Parsed
{
    OpmlDocument document;
    // Outlines that were left out (an address that is relative or not a web
    // address, a feed listed twice), each with where it is in the file.
    QList<Diagnostic> warnings;
};

// Reads OPML 1.0, 1.1 and 2.0. An outline with an xmlUrl is a subscription;
// one without is a folder. Folders nested inside a top-level folder are
// merged into it, and top-level folders with the same name into one. Titles
// come from the title attribute, else text, with character references
// decoded once more (exporters often escape twice: "AT&amp;amp;T").
//
// The whole file must be well-formed: a damaged file fails with the line and
// column of the damage, so an import either takes everything or nothing. A
// DOCTYPE that declares entities is refused (nothing in a subscription list
// needs one, and expanding them is how small files eat memory).
Result<Parsed> read(const QByteArray &bytes, const Options &options = {});

} // namespace OpmlReader
