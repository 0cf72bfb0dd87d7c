// Opens the database a headless command works on, reporting failures the same way for all.
#pragma once

#include "database.h"

#include <memory>

struct CommandContext;

namespace CommandDatabase {

// Reading commands work on a read-only database; writing ones refuse it.
enum class Use { Read, Write };

// The database of --database, DOCKET_DATABASE or the default path (whose
// folder is created when missing; an explicit path's folder never is). On
// failure prints "docket NAME: PATH: reason" on stderr and returns null: the
// caller exits with ExitCode::Usage.
std::unique_ptr<Database> open(const CommandContext &context, Use use);

// The one line a failure of the database during the command gets on stderr:
// "docket NAME: PATH: reason".
void reportFailure(const CommandContext &context, const Database &database, const Diagnostic &error);

} // namespace CommandDatabase
