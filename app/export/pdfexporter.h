// Articles as one PDF: paged, with a running header naming the source and date, and page numbers.
#pragma once

#include "exportarticle.h"
#include "result.h"

#include <QIODevice>
#include <QList>
#include <QLocale>
#include <QPageSize>

namespace PdfExporter {

struct Options
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
};

// Letter where it is the paper in use (the United States, Canada, Mexico,
// the Philippines and a few others in the Americas), A4 everywhere else.
QPageSize pageSizeFor(const QLocale &locale);

// Lays the articles out with QTextDocument (the same sanitised HTML the
// reader shows; images only from the bytes the articles hold, the rest as
// links) and paints it page by page: each article starts a new page; every
// page has a header line with the source and date of the article on it and
// "Page N of M" at its foot. Needs a QGuiApplication (fonts), which the
// offscreen platform provides without a display.
Result<bool> write(const QList<ExportArticle> &articles, QIODevice &device, const Options &options = {});

} // namespace PdfExporter
