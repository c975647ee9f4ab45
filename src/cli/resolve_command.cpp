// `slt resolve`: verifies a hand resolution written as a chart script (docs/resolve.md).
#include "commands.hpp"

#include "slt/error.hpp"
#include "slt/resolve/chart_script.hpp"
#include "slt/resolve/hand_resolution.hpp"
#include "slt/resolve/leaf_recheck.hpp"
#include "slt/resolve/resolution_report.hpp"
#include "slt/resolve/script_problem.hpp"

#include <iostream>
#include <memory>

namespace slt::cli {

namespace {

// The script proves less than it claims: a gap, or a published value it does not match.
constexpr int kResolutionNotProved = 4;

constexpr const char* kResolveExamples = R"(
SCRIPT is a chart script: the problem, then the resolution as an indented tree of steps.

  K: (x^2 - y^2)^2
  published: 1/2, 2
  blowup x, y                   # blow up the origin {x = y = 0}
    chart x: y = x*y1           # |x| >= |y|: x small, y1 in [-1, 1]
      translate y1 = 1 + u      # the points where the unit vanishes, one by one
      translate y1 = -1 + u
    chart y: x = y*x1
      translate x1 = 1 + u
      translate x1 = -1 + u

Steps: blowup C1, C2 [weights w1, w2] with its chart lines; coords (an invertible change at
the origin); translate (a point of a chart's exceptional set); leaf. Header keys: K, ideal,
problem (a .toml problem file), vars, prior, at, orthant, published, source.

Every leaf is checked for normal-crossing form K∘g = v^κ·unit, φ|det g'| = v^η·unit (the unit
without zeros on the chart's compact core: exact roots, Bernstein boxes), each blow-up for all
its charts, and every leaf is re-derived independently from the composed map. (λ, m) is exact
only when nothing is missing; otherwise an upper bound with the gaps named.

Examples:
  slt resolve examples/resolutions/cusp_point_blowups.charts
  slt resolve --verbose examples/resolutions/x2_minus_y2_squared.charts
  slt resolve --json examples/resolutions/x_minus_y_squared_plus_x4.charts

Exit codes: 0 proved (and agrees with `published:`), 2 bad script, 4 gaps or a different
published value, 1 internal error.)";

struct ResolveArgs {
    std::string script;
    bool json = false;
    bool verbose = false;
};

void run_resolve(const ResolveArgs& args) {
    resolve::ChartScript script = resolve::read_chart_script(args.script);
    const Problem problem = resolve::problem_of_script(script);

    const auto result = resolve::verify_hand_resolution(problem, script.steps, script.source);
    std::vector<resolve::LeafRecheck> rechecks;
    bool rechecked = true;
    for (const auto& leaf : result.leaves) {
        rechecks.push_back(resolve::recheck_leaf(result.problem, leaf));
        rechecked = rechecked && rechecks.back().agrees;
    }

    if (args.json)
        std::cout << resolve::to_json(result, script, rechecks).dump(2) << "\n";
    else
        std::cout << resolve::to_report(result, script, rechecks, args.verbose);

    if (!rechecked)
        throw CommandFailed(kInternalError, "resolve: the independent recheck of a leaf failed");
    const std::string agreement = resolve::published_agreement(result, script);
    if (!result.complete || agreement == "DIFFERS")
        throw CommandFailed(kResolutionNotProved, "");
}

}  // namespace

void register_resolve_command(CLI::App& app) {
    auto args = std::make_shared<ResolveArgs>();
    CLI::App* command = app.add_subcommand("resolve",
                                           "verify a hand resolution (a chart script): leaves, "
                                           "coverage and the (λ, m) it proves");
    command->footer(kResolveExamples);
    command
        ->add_option("SCRIPT", args->script, "the chart script, e.g. examples/resolutions/*.charts")
        ->required();
    command->add_flag("--json", args->json, "print one JSON object instead of the report");
    command->add_flag("--verbose", args->verbose,
                      "also each leaf's ranges, pulled-back K and how its unit was checked");
    command->callback([args]() { run_resolve(*args); });
}

}  // namespace slt::cli
