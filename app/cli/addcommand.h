// `docket add URL [--folder NAME] [--title TEXT]`: subscribe to a feed and store its threads.
#pragma once

struct CommandContext;

namespace AddCommand {
int run(const CommandContext &context);
}
