// `docket export-opml FILE|- [--force]`: the subscriptions as OPML 2.0, folders kept.
#pragma once

struct CommandContext;

namespace ExportOpmlCommand {
int run(const CommandContext &context);
}
