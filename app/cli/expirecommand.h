// `docket expire [--days N] [--dry-run]`: delete threads past the retention period; kept ones stay.
#pragma once

struct CommandContext;

namespace ExpireCommand {

// The longest retention --days accepts: a century.
inline constexpr int maxDays = 36500;

int run(const CommandContext &context);

} // namespace ExpireCommand
