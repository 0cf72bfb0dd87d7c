// `docket remove FEED_ID`: unsubscribe and drop the feed's threads.
#pragma once

struct CommandContext;

namespace RemoveCommand {
int run(const CommandContext &context);
}
