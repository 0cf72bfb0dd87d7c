// Turns feed text that may hold markup into the plain text a title shows.
#pragma once

#include <QString>
#include <QStringView>

namespace PlainText {

// Collapses runs of white space (any Unicode space, tabs, newlines, and also
// NBSP, which titles use as padding) to one space and trims both ends.
QString collapse(QStringView text);

// The same, but text with nothing to change comes back shared, not copied.
QString collapse(const QString &text);

// Removes tags, comments, CDATA markers and the contents of script and style;
// block-level tags and <br> become a space; a '<' that does not start a tag
// ("a < b", "x<3", or a tag left open at the end) stays as text. Then
// decodes character references once and collapses white space. Linear time
// on any input.
QString fromHtml(QStringView html);

} // namespace PlainText
