// `slt estimate`: the numerical side of one problem (ALGORITHMS.md §6): λ_eff(t) on a t-ladder
// by parallel tempering, the fits of λ and m, Imai, two-temperature, thermodynamic
// integration and (d <= 2) quadrature, each with a standard error.
#include "commands.hpp"
#include "numerics_options.hpp"

#include "slt/numerics/estimate_output.hpp"

#include <iostream>
#include <memory>

namespace slt::cli {

namespace {

constexpr const char* kEstimateExamples = R"(
The problem is given as for `slt rlct` (POLY or --file, --ideal, --prior, --at, --orthant);
the synthetic target is exp(-t K) φ on the box around the point: [0, r] for '+', [-r, 0] for
'-', [-r, r] for '*' (r = --radius).

Examples:
  slt estimate "x^2*y^2" --orthant +,+             λ_eff(t) → 1/2 - 1/(log t + 1.96)
  slt estimate --json --seed 7 "x^2*y^4"
  slt estimate --plot lambda.png --file examples/watanabe_x2y4.toml
  slt estimate --t-max 1e12 --sweeps 100000 --chains 8 "x^4 - 2*x^2*y^2 + y^4"

Every estimate carries a standard error; diagnostics (split-R̂, ESS, acceptance, swap rates)
out of range are printed as warnings. Progress goes to stderr.)";

void run_estimate(NumericsArgs& args) {
    const Problem problem = numerics_problem(args);
    const numerics::EstimateSettings settings = estimate_settings(args);
    const numerics::EstimateReport report = numerics::estimate(problem, settings);

    if (!args.plot.empty())
        numerics::write_plot(report, published_lambda(args), args.plot);
    if (args.json) {
        std::cout << numerics::to_json(report).dump(2) << "\n";
    } else {
        std::cout << numerics::to_text(report);
    }
}

}  // namespace

void register_estimate_command(CLI::App& app) {
    auto args = std::make_shared<NumericsArgs>();
    CLI::App* command =
        app.add_subcommand("estimate", "Monte Carlo estimates of λ, m and F(t), with errors");
    command->footer(kEstimateExamples);
    add_numerics_options(*command, *args);
    command->add_option("--plot", args->plot, "draw λ_eff(t) with the fit to this PNG file");
    command->callback([args]() { run_estimate(*args); });
}

}  // namespace slt::cli
