// Placeholder for `slt check` until the numerics land (owned by the numerics engineer).
#include "commands.hpp"

#include <iostream>

namespace slt::cli {

void register_check_command(CLI::App& app) {
    CLI::App* command = app.add_subcommand("check", "not available in this build yet");
    command->allow_extras();
    command->callback([]() {
        throw CommandFailed(kBadInput, "slt check: not available in this build yet (TODO(#4))");
    });
}

}  // namespace slt::cli
