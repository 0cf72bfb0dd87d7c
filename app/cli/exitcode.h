// The exit statuses of the command-line contract (spec/cli.md).
#pragma once

namespace ExitCode {
constexpr int Success = 0;
constexpr int Failed = 1; // the job ran but something failed
constexpr int Usage = 2;  // bad usage or unreadable input
} // namespace ExitCode
