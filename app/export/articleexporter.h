// Writes articles in any export format to a device: the one entry point the command line and the window use.
#pragma once

#include "exportarticle.h"
#include "exportformat.h"
#include "pdfexporter.h"
#include "result.h"

#include <QIODevice>
#include <QList>

namespace ArticleExporter {

// All the articles as one document in the format (HTML, Markdown and text
// as UTF-8). A failure to write is a message in plain words; what was
// written before it is the caller's to discard (a QSaveFile does).
Result<bool> write(const QList<ExportArticle> &articles, ExportFormat format, QIODevice &device,
                   const PdfExporter::Options &pdfOptions = {});

} // namespace ArticleExporter
