// `docket list [--feed ID] [--folder NAME] [--search QUERY] [--unread] [--starred] [--limit N] [--json]`.
#pragma once

struct CommandContext;

namespace ListCommand {

// The threads a list shows unless --limit says otherwise, and the most it may ask for.
inline constexpr int defaultLimit = 50;
inline constexpr int maxLimit = 1000;

int run(const CommandContext &context);

} // namespace ListCommand
