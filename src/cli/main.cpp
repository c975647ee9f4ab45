// `slt`: exact real log canonical thresholds and their numerical cross-checks.
#include "commands.hpp"

#include "slt/error.hpp"

#include <algorithm>
#include <exception>
#include <iostream>

namespace {

constexpr const char* kExamples = R"(
Examples:
  slt rlct "x^2*y^4"                            λ of K = x^2 y^4 at the origin: 1/4, m = 1
  slt rlct --ideal "a*b, a*b^3" --prior 1,0     ideal form, K = (ab)^2 + (ab^3)^2, prior |a|
  slt rlct --orthant +,* "a^2*b^2"              one-sided domain a >= 0
  slt rlct --at 1,0 "(x-1)^2*y^2"               the local RLCT at the point (1, 0)
  slt rlct --json --file examples/watanabe_x2y4.toml
  slt gallery                                   every example, compared with published values
  slt estimate --help, slt check --help         the Monte Carlo side (docs/numerics.md)
  slt resolve examples/resolutions/cusp_point_blowups.charts   verify a hand resolution

Exit codes: 0 success (an answer cut short by a limit is an upper bound, still 0),
1 internal error or a gallery mismatch, 2 bad input, 3 a limit stopped it before any answer,
4 slt check / slt resolve: an estimate disagrees, or a script has gaps.
Documentation: docs/cli.md, docs/problem-files.md, docs/numerics.md.)";

// CLI11 reports its own usage errors (unknown flag, missing value) as ParseError.
int exit_for_parse_error(CLI::App& app, const CLI::ParseError& error) {
    if (error.get_exit_code() == 0)
        return app.exit(error);  // --help
    if (const auto* runtime = dynamic_cast<const CLI::RuntimeError*>(&error)) {
        return runtime->get_exit_code();
    }
    std::cerr << "error: " << error.what() << "\n";
    const std::string message = error.what();
    if (message.find("not expected: -") != std::string::npos) {
        std::cerr << "(a polynomial that starts with '-' looks like a flag: put -- before it, "
                     "e.g. slt rlct -- \"-x^2 + y^4\")\n";
    }
    std::cerr << "(run with --help for usage)\n";
    return slt::cli::kBadInput;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"slt: exact real log canonical thresholds (λ, m) of polynomial KL divergences"};
    app.footer(kExamples);
    app.require_subcommand(0, 1);
    app.set_version_flag("--version", "slt 0.1.0");

    try {
        slt::cli::register_rlct_command(app);
        slt::cli::register_gallery_command(app);
        slt::cli::register_estimate_command(app);
        slt::cli::register_check_command(app);
        slt::cli::register_resolve_command(app);
        const auto subcommands = app.get_subcommands([](const CLI::App*) { return true; });
        const bool known =
            argc < 2 || argv[1][0] == '-' ||
            std::any_of(subcommands.begin(), subcommands.end(),
                        [&](const CLI::App* command) { return command->get_name() == argv[1]; });
        if (!known) {
            std::cerr << "error: unknown command '" << argv[1]
                      << "'; the commands are rlct, gallery, estimate, check and resolve\n"
                         "(run slt --help for usage and examples)\n";
            return slt::cli::kBadInput;
        }
        app.parse(argc, argv);
        if (app.get_subcommands().empty()) {
            std::cerr << "error: no command given; the commands are rlct, gallery, estimate, "
                         "check and resolve\n(run slt --help for usage and examples)\n";
            return slt::cli::kBadInput;
        }
        return slt::cli::kSuccess;
    } catch (const CLI::ParseError& error) {
        return exit_for_parse_error(app, error);
    } catch (const slt::InputError& error) {
        std::cerr << "error: " << error.what() << "\n";
        return slt::cli::kBadInput;
    } catch (const slt::LimitExceeded& error) {
        std::cerr << "error: limit exceeded: " << error.what() << "\n";
        return slt::cli::kLimitExceeded;
    } catch (const slt::cli::CommandFailed& error) {
        if (error.what()[0] != '\0')
            std::cerr << error.what() << "\n";
        return error.exit_code();
    } catch (const std::exception& error) {
        std::cerr << "internal error: " << error.what()
                  << "\nplease report this with the command line that caused it\n";
        return slt::cli::kInternalError;
    } catch (...) {
        std::cerr << "internal error: unknown exception\n";
        return slt::cli::kInternalError;
    }
}
