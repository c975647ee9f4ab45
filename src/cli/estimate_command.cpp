// `slt estimate`: the numerical side of one problem (ALGORITHMS.md §6): λ_eff(t) on a t-ladder
// by parallel tempering, the fits of λ and m, Imai, two-temperature, thermodynamic
// integration and (d <= 2) quadrature, each with a standard error.
#include "commands.hpp"
#include "numerics_options.hpp"

#include "slt/numerics/estimate_output.hpp"
#include "slt/numerics/local_learning_coefficient.hpp"

#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

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
  slt estimate --llc --gamma 100 --nbeta 1e3,1e4,1e5 "x^2*y^4"     devinterp-style LLC
  slt estimate --llc --llc-sampler sgld --lr 1e-5 --center 1,0 "(x-1)^2*y^2"

--llc: t·(E[K] − K(w*)) under exp(−t K − (γ/2)|w − w*|²), no prior and no box, chains
started at w* (--center, default the problem's point). t is nβ, not β; devinterp's default
nβ = b/log b uses the batch size b, which is n/log n only for full batches; K here is the
full-batch loss. SGLD (--llc-sampler sgld) has an O(lr) bias; MALA (default) has none.
With --lr 0 the step size adapts during burn-in (acceptance 0.574 for MALA, 0.9 for SGLD).

Every estimate carries a standard error; diagnostics (split-R̂, ESS, acceptance, swap rates)
out of range are printed as warnings. Progress goes to stderr.)";

struct LlcArgs {
    bool enabled = false;
    std::string center;
    std::string nbeta = "1e2,1e3,1e4,1e5";
    std::string sampler = "mala";
    double gamma = 100;
    double lr = 0;
    long draws = 2000;
};

std::vector<double> parse_list(const std::string& text, const std::string& flag) {
    std::vector<double> values;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        try {
            values.push_back(std::stod(item));
        } catch (const std::exception&) {
            throw InputError("cannot read '" + item + "' as a number", flag,
                             "give comma-separated numbers, e.g. 1e3,1e4");
        }
    }
    return values;
}

// w* in the coordinates of the translated problem (the problem's point is the origin).
std::vector<double> local_center(const Problem& problem, const std::string& text) {
    if (text.empty())
        return {};
    std::vector<double> center = parse_list(text, "--center");
    if (center.size() != problem.point.size()) {
        throw InputError("--center has " + std::to_string(center.size()) + " coordinates, the " +
                             "problem " + std::to_string(problem.point.size()),
                         "--center", "give one coordinate per variable");
    }
    for (std::size_t i = 0; i < center.size(); ++i)
        center[i] -= problem.point[i].to_double();
    return center;
}

numerics::LlcSettings llc_settings(const NumericsArgs& args, const LlcArgs& llc,
                                   const Problem& problem) {
    numerics::LlcSettings settings;
    settings.nbeta = parse_list(llc.nbeta, "--nbeta");
    settings.gamma = llc.gamma;
    settings.center = local_center(problem, llc.center);
    if (llc.sampler != "mala" && llc.sampler != "sgld") {
        throw InputError("unknown LLC sampler '" + llc.sampler + "'", "--llc-sampler",
                         "use mala or sgld");
    }
    settings.sampler =
        llc.sampler == "sgld" ? numerics::LlcSampler::sgld : numerics::LlcSampler::mala;
    settings.step_size = llc.lr;
    settings.chains = args.replicas;
    settings.draws = llc.draws;
    settings.burn_in = args.burn_in;
    settings.seed = args.seed;
    settings.threads = args.threads;
    return settings;
}

void run_llc(NumericsArgs& args, const LlcArgs& llc) {
    const Problem problem = numerics_problem(args);
    const numerics::CompiledLoss loss(translated_to_origin(problem));
    const numerics::LlcReport report =
        numerics::local_learning_coefficient(loss, llc_settings(args, llc, problem));
    if (args.json) {
        std::cout << numerics::to_json(report).dump(2) << "\n";
    } else {
        std::cout << numerics::to_text(report);
    }
}

void run_estimate(NumericsArgs& args) {
    const Problem problem = numerics_problem(args);
    require_singular_problem(problem);
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
    auto llc = std::make_shared<LlcArgs>();
    CLI::App* command =
        app.add_subcommand("estimate", "Monte Carlo estimates of λ, m and F(t), with errors");
    command->footer(kEstimateExamples);
    add_numerics_options(*command, *args);
    command->add_option("--plot", args->plot,
                        "PNG: λ_eff(t) with the fits, and log V against log ε");
    command->add_flag("--llc", llc->enabled,
                      "devinterp-compatible local learning coefficient instead of the ladder");
    command->add_option("--center", llc->center, "LLC: w* (default: the problem's point)");
    command->add_option("--gamma", llc->gamma, "LLC: localisation γ")->capture_default_str();
    command->add_option("--nbeta", llc->nbeta, "LLC: t = nβ values, comma-separated")
        ->capture_default_str();
    command->add_option("--llc-sampler", llc->sampler, "LLC: mala or sgld")->capture_default_str();
    command->add_option("--lr", llc->lr, "LLC: step size ε (0: adapt during burn-in)")
        ->capture_default_str();
    command->add_option("--draws", llc->draws, "LLC: draws per chain")->capture_default_str();
    command->callback([args, llc]() {
        if (llc->enabled) {
            run_llc(*args, *llc);
        } else {
            run_estimate(*args);
        }
    });
}

}  // namespace slt::cli
