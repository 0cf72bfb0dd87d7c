// `docket import-opml FILE`: merge another reader's subscription list, folders kept.
#pragma once

struct CommandContext;

namespace ImportOpmlCommand {
int run(const CommandContext &context);
}
