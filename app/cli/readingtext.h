// Turns sanitised article HTML into plain text for a terminal, keeping its paragraphs.
#pragma once

#include <QString>
#include <QStringView>

namespace ReadingText {

// Paragraphs, headings, quotations, lists and tables become blocks separated
// by a blank line; line breaks and list items start a new line (items with
// "- "). Within a line, markup goes and white space collapses as in a title
// (PlainText::fromHtml). Expects HtmlSanitizer's output, where every '<'
// starts a tag; linear in the input.
QString fromHtml(QStringView sanitizedHtml);

} // namespace ReadingText
