// `docket keep ITEM_ID... [--off]`: a legal hold on threads (kept threads never expire), or its release.
#pragma once

struct CommandContext;

namespace KeepCommand {
int run(const CommandContext &context);
}
