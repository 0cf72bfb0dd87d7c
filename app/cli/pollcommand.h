// `docket poll`: fetch the feeds that are due (or all, or one) once and store what is new.
#pragma once

struct CommandContext;

namespace PollCommand {

int run(const CommandContext &context);

} // namespace PollCommand
