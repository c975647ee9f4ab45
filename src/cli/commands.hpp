// The subcommands of `slt`. Each register_* adds one subcommand to the app; its callback runs
// the command and reports failure by throwing (main.cpp maps exceptions to exit codes):
//   slt::InputError        -> 2 (bad input; "error: <message>" on stderr)
//   slt::LimitExceeded     -> 3 (a limit the user set was hit)
//   CommandFailed          -> its exit code (the message, if any, is already printed)
//   anything else          -> 1 (internal error)
#pragma once

#include <CLI/CLI.hpp>

#include <stdexcept>

namespace slt::cli {

enum ExitCode : int {
    kSuccess = 0,
    kInternalError = 1,
    kBadInput = 2,
    kLimitExceeded = 3,
};

// A command finished and wants a nonzero exit code (e.g. a gallery mismatch).
class CommandFailed : public std::runtime_error {
  public:
    CommandFailed(int exit_code, const std::string& message)
        : std::runtime_error(message), exit_code_(exit_code) {}
    int exit_code() const { return exit_code_; }

  private:
    int exit_code_;
};

void register_rlct_command(CLI::App& app);
void register_gallery_command(CLI::App& app);
void register_estimate_command(CLI::App& app);
void register_check_command(CLI::App& app);
void register_resolve_command(CLI::App& app);

}  // namespace slt::cli
