// The problem flags shared by every command that takes one problem (rlct, estimate, check):
// POLY or --file, and --vars, --prior, --at, --orthant, --ideal.
#pragma once

#include "slt/error.hpp"
#include "slt/io/problem_file.hpp"
#include "slt/problem.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace slt::cli {

struct ProblemArgs {
    std::string polynomial;
    std::string vars;
    std::string prior;
    std::string point;
    std::string orthant;
    std::string file;
    bool ideal = false;

    CLI::Option* polynomial_option = nullptr;
    std::optional<io::PublishedValue> published;  // from --file, when present
};

inline void add_problem_options(CLI::App& command, ProblemArgs& args) {
    args.polynomial_option =
        command.add_option("POLY", args.polynomial, "K, or with --ideal: f_1, ..., f_r");
    command.add_option("--vars", args.vars, "variable order, e.g. a,b (default: as they appear)");
    command.add_option("--prior", args.prior, "prior exponents h_i > -1: prior |w^h|, e.g. 1,0");
    command.add_option("--at", args.point, "the point, e.g. 1,0 (default: the origin)");
    command.add_option("--orthant", args.orthant,
                       "+ (w_i >= p_i), - (w_i <= p_i) or * (both) per variable; default all *");
    command.add_flag("--ideal", args.ideal, "POLY lists generators f_i with K = sum f_i^2");
    command.add_option("--file", args.file, "read the problem from a TOML problem file");
}

// The problem from POLY, or from --file with the flags overriding the file's keys; keeps the
// file's published value in `args.published`.
inline Problem problem_from_args(ProblemArgs& args) {
    const bool has_polynomial = args.polynomial_option->count() > 0;
    if (has_polynomial && !args.file.empty()) {
        throw InputError("both POLY and --file were given", "POLY",
                         "give the polynomial on the command line or in the file, not both");
    }
    if (!has_polynomial && args.file.empty()) {
        throw InputError("no problem given", "POLY",
                         "give a polynomial, e.g. \"x^2*y^4\", or --file PROBLEM.toml");
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
    if (!args.vars.empty())
        file.text.vars = args.vars;
    if (!args.prior.empty())
        file.text.prior = args.prior;
    if (!args.point.empty())
        file.text.point = args.point;
    if (!args.orthant.empty())
        file.text.orthant = args.orthant;
    args.published = file.published;
    return io::problem_from_file(file);
}

}  // namespace slt::cli
