#include "articleexporter.h"

#include "htmlexporter.h"
#include "markdownexporter.h"
#include "textexporter.h"

#include <QCoreApplication>

namespace ArticleExporter {

Result<bool> write(const QList<ExportArticle> &articles, ExportFormat format, QIODevice &device,
                   const PdfExporter::Options &pdfOptions)
{
    QString text;
    switch (format) {
    case ExportFormat::Pdf:
        return PdfExporter::write(articles, device, pdfOptions);
    case ExportFormat::Html:
        text = HtmlExporter::write(articles);
        break;
    case ExportFormat::Markdown:
        text = MarkdownExporter::write(articles);
        break;
    case ExportFormat::Text:
        text = TextExporter::write(articles);
        break;
    }
    const QByteArray bytes = text.toUtf8();
    if (device.write(bytes) != bytes.size())
        return Result<bool>::failure(
            QCoreApplication::translate("ArticleExporter", "could not be written: %1")
                .arg(device.errorString()));
    return true;
}

} // namespace ArticleExporter
