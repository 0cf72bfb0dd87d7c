// Articles as one plain-text document, readable in any editor and pasteable into any brief.
#pragma once

#include "exportarticle.h"

#include <QList>
#include <QString>

namespace TextExporter {

// Per article: the title underlined, the byline, the body as plain text
// (HtmlToText: links as "words <url>", images as "[Image: alt]"),
// categories, attachments, the source link and the citation block;
// articles are separated by a line of '='.
QString write(const QList<ExportArticle> &articles);

} // namespace TextExporter
