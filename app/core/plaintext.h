// Turns feed text that may hold markup into the plain text a title shows.
#pragma once

#include <QString>
#include <QStringView>

namespace PlainText {

// Collapses runs of white space (including NBSP-free Unicode spaces, tabs and
// newlines) to one space and trims both ends.
QString collapse(QStringView text);

// Removes tags (and the contents of script/style), decodes character
// references once, then collapses white space.
QString fromHtml(QStringView html);

} // namespace PlainText
