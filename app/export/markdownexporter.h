// Articles as one Markdown document, for notes, wikis and matter files kept as text.
#pragma once

#include "exportarticle.h"

#include <QList>
#include <QString>

namespace MarkdownExporter {

// Per article: "# Title", the byline, the body converted from sanitised
// HTML (HtmlToText), categories, attachments, the source link, and a
// "## Citation" section; articles are separated by a thematic break. Images
// Docket holds no bytes for are links, never ![images] that would load.
QString write(const QList<ExportArticle> &articles);

} // namespace MarkdownExporter
