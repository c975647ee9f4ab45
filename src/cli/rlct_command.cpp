// `slt rlct`: the exact local RLCT of one problem, from the command line or a problem file.
#include "commands.hpp"
#include "problem_args.hpp"

#include "slt/error.hpp"
#include "slt/io/problem_file.hpp"
#include "slt/io/rlct_dot.hpp"
#include "slt/io/rlct_json.hpp"
#include "slt/io/rlct_report.hpp"
#include "slt/problem.hpp"
#include "slt/rlct.hpp"

#include <fstream>
#include <iostream>
#include <memory>

namespace slt::cli {

namespace {

constexpr const char* kRlctExamples = R"(
POLY is K (function form), or with --ideal the generators f_1, ..., f_r of the ideal,
separated by commas (K = f_1^2 + ... + f_r^2). Syntax: + - * / ^ (or **), parentheses,
integers and exact decimals; names [A-Za-z_][A-Za-z0-9_]*; write 2*x, not 2x.

Examples:
  slt rlct "x^2*y^4"                          λ = 1/4, m = 1
  slt rlct --ideal "a*b, a*b^3" --prior 1,0   prior |a|^1; prints λ and the threshold 2λ
  slt rlct --orthant +,* "a^2*b^2"            domain a >= 0, b free
  slt rlct --at 1,0 "(x-1)^2*y^2"             the RLCT at the point (1, 0)
  slt rlct --verbose "x^4 - x^2*y + y^2"      also the face checks and the charts
  slt rlct --json --file examples/watanabe_x2y4.toml

λ is printed exactly as p/q. "exact" means proved: every compact face of the Newton
polyhedron is non-degenerate over the reals, or the degenerate ones were resolved (toric
charts, translations to the bad points, also irrational ones over number fields, the block
rule, eliminations) into a tree whose every leaf is normal crossing, or K is a sum in
disjoint variables of parts that are exact. Otherwise (λ, m) is an upper bound in the pair
order and the notes say why. Exit codes: 0 ok (also an upper bound after a limit),
1 internal error, 2 bad input, 3 a limit exceeded before any bound was found.)";

struct RlctArgs : ProblemArgs {
    std::string dot_file;
    bool json = false;
    bool verbose = false;
    double time_limit_seconds = 0;
};

void write_dot(const std::string& path, const std::string& dot) {
    std::ofstream out(path);
    out << dot;
    if (!out) {
        throw InputError("cannot write '" + path + "'", "--dot",
                         "give a writable file path, e.g. --dot tree.dot");
    }
}

void run_rlct(RlctArgs& args) {
    Problem problem = problem_from_args(args);

    RlctOptions options;
    options.time_limit_seconds = args.time_limit_seconds;
    if (args.verbose) {
        options.progress = [](const std::string& line) { std::cerr << "[slt] " << line << "\n"; };
    }
    RlctResult result = compute_rlct(problem, options);

    if (!args.dot_file.empty())
        write_dot(args.dot_file, io::to_dot(result, problem));
    if (args.json) {
        std::cout << io::to_json(result, problem).dump(2) << "\n";
    } else {
        std::cout << io::to_report(result, problem, args.verbose);
    }
}

}  // namespace

void register_rlct_command(CLI::App& app) {
    auto args = std::make_shared<RlctArgs>();
    CLI::App* command = app.add_subcommand("rlct", "exact local RLCT (λ, m) of K at a point");
    command->footer(kRlctExamples);

    add_problem_options(*command, *args);
    command->add_flag("--json", args->json, "print one JSON object instead of the report");
    command
        ->add_option("--dot", args->dot_file,
                     "write the resolution tree as a Graphviz file (then: dot -Tsvg FILE -o "
                     "tree.svg)")
        ->type_name("FILE");
    command->add_flag("--verbose", args->verbose,
                      "also show the face checks, the charts, the resolution tree and progress");
    command
        ->add_option("--time-limit", args->time_limit_seconds,
                     "stop after S seconds and report an upper bound (0 = no limit)")
        ->type_name("S")
        ->check(CLI::Validator(
            [](std::string& value) -> std::string {
                try {
                    std::size_t used = 0;
                    const double seconds = std::stod(value, &used);
                    if (used == value.size() && seconds >= 0 && seconds <= 1e9)
                        return "";
                } catch (const std::exception&) {
                }
                return "--time-limit takes seconds from 0 (no limit) to 1e9, got '" + value + "'";
            },
            ""));

    command->callback([args]() { run_rlct(*args); });
}

}  // namespace slt::cli
