// `docket feeds [--json]`: the subscriptions with their folder, status and counts.
#pragma once

struct CommandContext;

namespace FeedsCommand {
int run(const CommandContext &context);
}
