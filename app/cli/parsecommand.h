// `docket parse FILE|- [--base-url URL]`: one feed document to JSON, no database.
#pragma once

struct CommandContext;

namespace ParseCommand {
int run(const CommandContext &context);
}
