// Options shared by `slt estimate` and `slt check`: the problem (as for `slt rlct`) and the
// sampler settings. Header-only; used by estimate_command.cpp and check_command.cpp.
#pragma once

#include "commands.hpp"
#include "problem_args.hpp"

#include "slt/error.hpp"
#include "slt/io/problem_file.hpp"
#include "slt/numerics/estimate.hpp"
#include "slt/problem.hpp"
#include "slt/rlct.hpp"

#include <iostream>
#include <optional>
#include <string>

namespace slt::cli {

struct NumericsArgs : ProblemArgs {
    bool json = false;
    bool quiet = false;
    std::string plot;

    double radius = 1;
    double t_min = 1e2;
    double t_max = 1e10;
    int per_decade = 4;
    double fit_t_min = 1e3;
    int replicas = 8;
    long sweeps = 20000;
    long burn_in = 5000;
    int steps_per_sweep = 1;
    std::string sampler = "mala";
    int leapfrog_steps = 8;
    unsigned long long seed = 1;
    int threads = 0;
    bool no_quadrature = false;
    bool no_volume = false;
    int live_points = 500;
    int nested_runs = 4;
};

inline void add_numerics_options(CLI::App& command, NumericsArgs& args) {
    add_problem_options(command, args);
    command.add_flag("--json", args.json, "print one JSON object instead of the report");
    command.add_flag("--quiet", args.quiet, "no progress on stderr");
    command.add_option("--radius", args.radius, "half-width r of the box around the point")
        ->capture_default_str();
    command.add_option("--t-min", args.t_min, "smallest t of the ladder")->capture_default_str();
    command.add_option("--t-max", args.t_max, "largest t of the ladder")->capture_default_str();
    command.add_option("--per-decade", args.per_decade, "rungs per decade of t")
        ->capture_default_str();
    command.add_option("--fit-t-min", args.fit_t_min, "fit λ and m on t >= this")
        ->capture_default_str();
    command.add_option("--chains", args.replicas, "independent replicas of the ladder")
        ->capture_default_str();
    command.add_option("--sweeps", args.sweeps, "sweeps after burn-in")->capture_default_str();
    command.add_option("--burn-in", args.burn_in, "burn-in sweeps (step sizes adapt here)")
        ->capture_default_str();
    command.add_option("--steps-per-sweep", args.steps_per_sweep, "kernel steps between swaps")
        ->capture_default_str();
    command
        .add_option("--sampler", args.sampler,
                    "kernel per rung: mala (one gradient per step) or hmc (--leapfrog gradients)")
        ->capture_default_str()
        ->check(CLI::IsMember({"mala", "hmc"}));
    command.add_option("--leapfrog", args.leapfrog_steps, "HMC: leapfrog steps per trajectory")
        ->capture_default_str()
        ->check(CLI::Range(1, 1000));
    command.add_option("--seed", args.seed, "random seed (replica r uses mix_seed(seed, r))")
        ->capture_default_str();
    command.add_option("--threads", args.threads, "OpenMP threads (0: default, at most 256)")
        ->capture_default_str()
        ->check(CLI::Range(0, 256));
    command.add_flag("--no-quadrature", args.no_quadrature, "skip the d <= 2 quadrature");
    command.add_flag("--no-volume", args.no_volume, "skip nested sampling for V(ε)");
    command.add_option("--live-points", args.live_points, "nested sampling: live points N")
        ->capture_default_str();
    command.add_option("--ns-runs", args.nested_runs, "nested sampling: independent runs")
        ->capture_default_str();
}

inline Problem numerics_problem(NumericsArgs& args) {
    return problem_from_args(args);
}

// The tempered problem needs K >= 0 with a zero at the point and K not identically zero. The
// exact engine's input checks decide the first (they refuse a K that is negative near the
// point); its answer decides the others. A slow exact computation is not waited for.
inline void require_singular_problem(const Problem& problem) {
    RlctOptions options;
    options.time_limit_seconds = 5;
    RlctResult result;
    try {
        result = compute_rlct(problem, options);
    } catch (const LimitExceeded&) {
        return;
    }
    if (result.infinite) {
        throw InputError(
            "K does not vanish at the point, so exp(-t K) has no singular part to "
            "estimate",
            "POLY", "choose a point where K = 0 (--at), or check K");
    }
    if (result.lambda.is_zero()) {
        throw InputError("K is identically zero near the point", "POLY",
                         "give a K that vanishes only on a set of measure zero");
    }
}

inline std::optional<double> published_lambda(const NumericsArgs& args) {
    if (!args.published)
        return std::nullopt;
    return args.published->lambda.to_double();
}

inline numerics::EstimateSettings estimate_settings(const NumericsArgs& args) {
    numerics::EstimateSettings settings;
    settings.radius = args.radius;
    settings.sampler.ladder =
        numerics::TemperingLadder::log_spaced(args.t_min, args.t_max, args.per_decade);
    settings.sampler.replicas = args.replicas;
    settings.sampler.sweeps = args.sweeps;
    settings.sampler.burn_in = args.burn_in;
    settings.sampler.steps_per_sweep = args.steps_per_sweep;
    settings.sampler.kernel =
        args.sampler == "hmc" ? numerics::SamplerKernel::hmc : numerics::SamplerKernel::mala;
    settings.sampler.leapfrog_steps = args.leapfrog_steps;
    settings.sampler.seed = args.seed;
    settings.sampler.threads = args.threads;
    settings.fit.t_min = args.fit_t_min;
    settings.quadrature = !args.no_quadrature;
    settings.volume = !args.no_volume;
    settings.nested.live_points = args.live_points;
    settings.nested.runs = args.nested_runs;
    if (!args.quiet) {
        settings.sampler.progress = [](long done, long total) {
            std::cerr << "\r[slt] sweep " << done << "/" << total << " (replica 0)"
                      << (done == total ? "\n" : "") << std::flush;
        };
    }
    return settings;
}

}  // namespace slt::cli
