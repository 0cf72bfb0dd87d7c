// `docket show ITEM_ID [--json]`: one thread as a reader sees it.
#pragma once

struct CommandContext;

namespace ShowCommand {
int run(const CommandContext &context);
}
