// Articles as one self-contained HTML file: inline CSS, embedded images, nothing fetched on opening.
#pragma once

#include "exportarticle.h"

#include <QList>
#include <QString>

namespace HtmlExporter {

// A whole HTML5 document: per article its title, byline, sanitised body
// (ArticleHtml, images embedded as data: URIs or turned into links),
// categories, attachments, a link to the source and the citation block.
// A Content-Security-Policy allows only inline style and data: images, so
// even a browser that finds something the sanitiser missed loads nothing.
QString write(const QList<ExportArticle> &articles);

} // namespace HtmlExporter
