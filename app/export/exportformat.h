// The formats Docket exports articles to, as the command line and file names spell them.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

enum class ExportFormat { Html, Markdown, Text, Pdf };

// "html", "md", "txt" or "pdf" (case-insensitive); nothing for anything else.
std::optional<ExportFormat> exportFormatFromName(QStringView name);

// The file name extension, without the dot: also the name the command line takes.
QString exportFormatExtension(ExportFormat format);
