// `slt rlct`: the exact local RLCT of one problem, from the command line or a problem file.
#include "commands.hpp"

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
  slt rlct --verbose "x^4 + x^2*y^2"          also the face checks and the charts
  slt rlct --json --file examples/watanabe_x2y4.toml

λ is printed exactly as p/q. "exact" means proved (every compact face of the Newton
polyhedron is non-degenerate over the reals); otherwise (λ, m) is an upper bound in the
pair order and the notes say why. Exit codes: 0 ok, 1 internal error, 2 bad input,
3 limit exceeded.)";

struct RlctArgs {
    std::string polynomial;
    std::string vars;
    std::string prior;
    std::string point;
    std::string orthant;
    std::string file;
    std::string dot_file;
    bool ideal = false;
    bool json = false;
    bool verbose = false;
    double time_limit_seconds = 0;

    CLI::Option* polynomial_option = nullptr;
};

// Flags given on the command line override the file's keys.
void override_from_flags(const RlctArgs& args, ProblemText& text) {
    if (!args.vars.empty())
        text.vars = args.vars;
    if (!args.prior.empty())
        text.prior = args.prior;
    if (!args.point.empty())
        text.point = args.point;
    if (!args.orthant.empty())
        text.orthant = args.orthant;
}

Problem problem_from_args(const RlctArgs& args) {
    bool has_polynomial = args.polynomial_option->count() > 0;
    if (has_polynomial && !args.file.empty()) {
        throw InputError("both POLY and --file were given", "POLY",
                         "give the polynomial on the command line or in the file, not both");
    }
    if (!has_polynomial && args.file.empty()) {
        throw InputError("no problem given", "POLY",
                         "write e.g. slt rlct \"x^2*y^4\", or slt rlct --file PROBLEM.toml");
    }

    if (args.file.empty()) {
        ProblemText text{"",         args.polynomial, args.ideal,  args.vars,
                         args.prior, args.point,      args.orthant};
        return problem_from_text(text);
    }

    if (args.ideal) {
        throw InputError("--ideal cannot be combined with --file", "--ideal",
                         "the file says the form: K = \"...\" or ideal = [\"f1\", ...]");
    }
    io::ProblemFile file = io::read_problem_file(args.file);
    override_from_flags(args, file.text);
    return io::problem_from_file(file);
}

void write_dot(const std::string& path, const std::string& dot) {
    std::ofstream out(path);
    out << dot;
    if (!out) {
        throw InputError("cannot write '" + path + "'", "--dot",
                         "give a writable file path, e.g. --dot tree.dot");
    }
}

void run_rlct(const RlctArgs& args) {
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

    args->polynomial_option =
        command->add_option("POLY", args->polynomial, "K, or with --ideal: f_1, ..., f_r");
    command->add_option("--vars", args->vars, "variable order, e.g. a,b (default: as they appear)");
    command->add_option("--prior", args->prior, "prior exponents h_i > -1: prior |w^h|, e.g. 1,0");
    command->add_option("--at", args->point, "the point, e.g. 1,0 (default: the origin)");
    command->add_option("--orthant", args->orthant,
                        "per variable: + (w_i >= p_i), - (w_i <= p_i), * (free); e.g. +,*");
    command->add_flag("--ideal", args->ideal, "POLY lists generators f_i with K = sum f_i^2");
    command->add_option("--file", args->file, "read the problem from a TOML problem file");
    command->add_flag("--json", args->json, "print one JSON object instead of the report");
    command->add_option("--dot", args->dot_file,
                        "write the resolution tree as a Graphviz file (dot -Tsvg FILE)");
    command->add_flag("--verbose", args->verbose, "show face checks, charts and progress");
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
            "S"));

    command->callback([args]() { run_rlct(*args); });
}

}  // namespace slt::cli
