// `docket export (ITEM_ID... | --search QUERY | --feed ID) --format html|md|txt|pdf --output PATH [--force]`.
#pragma once

#include <QStringList>

struct CommandContext;

namespace ExportCommand {

int run(const CommandContext &context);

// Whether the command's arguments ask for a PDF: only then does the program
// need a QGuiApplication (fonts), which main() starts on the offscreen
// platform so that no display is needed.
bool needsGuiApplication(const QStringList &commandArguments);

} // namespace ExportCommand
