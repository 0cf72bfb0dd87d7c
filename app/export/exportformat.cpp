#include "exportformat.h"

#include <array>

namespace {

constexpr std::array formats{ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Text,
                             ExportFormat::Pdf};

} // namespace

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    for (const ExportFormat format : formats) {
        if (name.compare(exportFormatExtension(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString exportFormatExtension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Text:
        return QStringLiteral("txt");
    case ExportFormat::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}
