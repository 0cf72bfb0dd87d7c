// `docket mark-read ITEM_ID... [--unread]`: mark threads read, or unread again.
#pragma once

struct CommandContext;

namespace MarkReadCommand {
int run(const CommandContext &context);
}
