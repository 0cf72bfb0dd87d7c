// "Copy citation": a thread's citation on the clipboard as plain text and as HTML (italics and a link).
#pragma once

#include "citation.h"

#include <memory>

class QClipboard;
class QMimeData;

namespace CitationClipboard {

// The citation in style as text/plain and text/html, so a word processor
// keeps Bluebook's italics and a plain editor gets clean text.
std::unique_ptr<QMimeData> mimeData(const Citation::Source &source, Citation::Style style);

// Puts it on the clipboard; returns the plain text put there.
QString copy(const Citation::Source &source, Citation::Style style, QClipboard &clipboard);

} // namespace CitationClipboard
