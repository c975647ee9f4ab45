#include "slt/numerics/nested_sampling.hpp"

#include "slt/error.hpp"
#include "slt/numerics/rng.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "thread_count.hpp"

#ifdef _OPENMP
#include <omp.h>
#endif

namespace slt::numerics {

namespace {

using detail::thread_count;

struct LivePoints {
    int dimension = 0;
    std::vector<double> w;  // point i at [i·d, (i+1)·d)
    std::vector<double> k;
    const double* point(int i) const { return w.data() + std::size_t(i) * dimension; }
    double* point(int i) { return w.data() + std::size_t(i) * dimension; }
};

// Per-coordinate sd of the live points: the shape of the constrained region.
std::vector<double> live_spread(const LivePoints& live) {
    const int n = static_cast<int>(live.k.size());
    std::vector<double> spread(live.dimension);
    for (int j = 0; j < live.dimension; ++j) {
        double mean = 0, sq = 0;
        for (int i = 0; i < n; ++i)
            mean += live.point(i)[j] / n;
        for (int i = 0; i < n; ++i)
            sq += (live.point(i)[j] - mean) * (live.point(i)[j] - mean);
        spread[j] = std::max(std::sqrt(sq / n), 1e-300);
    }
    return spread;
}

// Metropolis walk on φ restricted to {K < bound} and the box; returns accepted steps. Moves
// alternate between an additive Gaussian step (scaled by the live points' spread) and a
// multiplicative step w_j -> w_j e^{σ ξ_j}, symmetric in log|w| and so accepted with the
// extra Jacobian factor Π |w'_j / w_j|. Near the coordinate hyperplanes, where sublevel sets of
// singular K are thin arms along the axes, the multiplicative move crosses scales that an
// additive step of one size cannot (the mixing pitfall of ALGORITHMS.md §6.3).
struct WalkSteps {
    double additive = 0.5;
    double multiplicative = 0.5;
};

int constrained_walk(const CompiledLoss& loss, const Domain& domain, Precision precision,
                     double bound, const std::vector<double>& scale, WalkSteps& steps_size,
                     int steps, Rng& rng, double* w, double& k) {
    const int d = domain.dimension();
    std::vector<double> trial(d);
    int accepted = 0, tried[2] = {0, 0}, taken[2] = {0, 0};
    double log_prior = domain.log_prior(w);
    for (int s = 0; s < steps; ++s) {
        const int kind = s % 2;
        double log_jacobian = 0;
        for (int j = 0; j < d; ++j) {
            if (kind == 0) {
                trial[j] = w[j] + steps_size.additive * scale[j] * rng.normal();
            } else {
                const double log_factor = steps_size.multiplicative * rng.normal();
                trial[j] = w[j] * std::exp(log_factor);
                log_jacobian += log_factor;
            }
        }
        ++tried[kind];
        if (!domain.contains(trial.data()))
            continue;
        const double trial_log_prior = domain.log_prior(trial.data());
        if (std::log(rng.uniform()) >= trial_log_prior - log_prior + log_jacobian)
            continue;
        const double trial_k = loss.value(trial.data(), precision);
        if (!(trial_k < bound))
            continue;
        std::copy(trial.begin(), trial.end(), w);
        k = trial_k;
        log_prior = trial_log_prior;
        ++accepted;
        ++taken[kind];
    }
    // Adapt each step towards acceptance 0.5 (§6.3 step 4).
    steps_size.additive *= std::exp(double(taken[0]) / std::max(1, tried[0]) - 0.5);
    steps_size.multiplicative *= std::exp(double(taken[1]) / std::max(1, tried[1]) - 0.5);
    return accepted;
}

NestedSamplingRun one_run(const CompiledLoss& loss, const Domain& domain, Precision precision,
                          const NestedSamplingSettings& settings, int run_index,
                          std::uint64_t& evaluations) {
    Rng rng(mix_seed(settings.seed, 0x5E57 + std::uint64_t(run_index)));
    const int n = settings.live_points;
    const int d = domain.dimension();
    const int steps = settings.walk_steps > 0 ? settings.walk_steps : 20 * d;
    const double log_mass = std::log(domain.prior_mass());

    LivePoints live;
    live.dimension = d;
    live.w.resize(std::size_t(n) * d);
    live.k.resize(n);
    for (int i = 0; i < n; ++i) {
        domain.sample_prior(rng, live.point(i));
        live.k[i] = loss.value(live.point(i), precision);
    }
    evaluations += n;

    NestedSamplingRun run;
    std::vector<double> scale = live_spread(live);
    WalkSteps step;
    long accepted = 0, proposed = 0;
    for (long iteration = 1; iteration <= settings.max_iterations; ++iteration) {
        const int worst = int(std::max_element(live.k.begin(), live.k.end()) - live.k.begin());
        const double epsilon = live.k[worst];
        run.epsilon.push_back(epsilon);
        run.log_volume.push_back(-double(iteration) / n + log_mass);
        if (epsilon < settings.epsilon_min)
            break;

        // Replace the worst point by a walk from a random other live point.
        int source = int(rng.uniform() * (n - 1));
        source += source >= worst ? 1 : 0;
        std::copy(live.point(source), live.point(source) + d, live.point(worst));
        live.k[worst] = live.k[source];
        if (iteration % n == 0)
            scale = live_spread(live);
        accepted += constrained_walk(loss, domain, precision, epsilon, scale, step, steps, rng,
                                     live.point(worst), live.k[worst]);
        proposed += steps;
        evaluations += steps;
    }
    run.acceptance = proposed > 0 ? double(accepted) / double(proposed) : 0.0;
    return run;
}

// Slope of log V - (m-1) log log(1/ε) against log ε over the window; also the intercept and
// the Beta-shrinkage SE sqrt(Δk)/(N Δlog ε).
struct Slope {
    double lambda = 0, intercept = 0, shrinkage_se = 0;
};

Slope fit_slope(const NestedSamplingRun& run, double low, double high, int m, int live_points) {
    double sx = 0, sy = 0, sxx = 0, sxy = 0, count = 0;
    for (std::size_t k = 0; k < run.epsilon.size(); ++k) {
        const double e = run.epsilon[k];
        if (e < low || e > high || !(e > 0))
            continue;
        const double x = std::log(e);
        const double y = run.log_volume[k] - (m - 1) * std::log(std::log(1 / e));
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
        count += 1;
    }
    Slope slope;
    if (count < 3)
        return slope;
    slope.lambda = (count * sxy - sx * sy) / (count * sxx - sx * sx);
    slope.intercept = (sy - slope.lambda * sx) / count;
    slope.shrinkage_se = std::sqrt(count) / live_points / std::log(high / low);
    return slope;
}

}  // namespace

double VolumeEstimate::fitted_log_volume(double epsilon) const {
    return intercept + lambda * std::log(epsilon) + (m - 1) * std::log(std::log(1 / epsilon));
}

VolumeEstimate nested_sampling_volume(const CompiledLoss& loss, const Domain& domain,
                                      const NestedSamplingSettings& settings) {
    if (settings.live_points < 20 || settings.runs < 2 || !(settings.epsilon_min > 0) ||
        !(settings.epsilon_min < 1)) {
        throw InputError("nested sampling needs >= 20 live points, >= 2 runs, 0 < ε_min < 1",
                         "--live-points/--ns-runs/--epsilon-min",
                         "use e.g. --live-points 500 --ns-runs 4 --epsilon-min 1e-10");
    }
    const auto start = std::chrono::steady_clock::now();
    const Precision precision =
        loss.precision_for(1 / settings.epsilon_min, domain.magnitude_bound());

    VolumeEstimate estimate;
    estimate.m = settings.m;
    estimate.runs.resize(settings.runs);
    std::vector<std::uint64_t> evaluations(settings.runs, 0);
#pragma omp parallel for schedule(dynamic, 1) num_threads(thread_count(settings.threads))
    for (int r = 0; r < settings.runs; ++r) {
        estimate.runs[r] = one_run(loss, domain, precision, settings, r, evaluations[r]);
    }

    // The window: the deepest fit_decades decades reached by every run.
    double deepest = 0;
    for (const auto& run : estimate.runs) {
        deepest = std::max(deepest, run.epsilon.back());
        estimate.iterations += static_cast<long>(run.epsilon.size());
    }
    for (std::uint64_t e : evaluations)
        estimate.evaluations += e;
    estimate.epsilon_fit_min = std::max(deepest, settings.epsilon_min);
    estimate.epsilon_fit_max = estimate.epsilon_fit_min * std::pow(10.0, settings.fit_decades);

    // Mean slope over runs; SE from their spread, floored by the shrinkage SE.
    double sum = 0, sum_sq = 0, shrinkage = 0, intercept = 0;
    for (auto& run : estimate.runs) {
        const Slope slope = fit_slope(run, estimate.epsilon_fit_min, estimate.epsilon_fit_max,
                                      settings.m, settings.live_points);
        run.lambda = slope.lambda;
        sum += slope.lambda;
        sum_sq += slope.lambda * slope.lambda;
        shrinkage = std::max(shrinkage, slope.shrinkage_se);
        intercept += slope.intercept / settings.runs;
        if (run.acceptance < 0.05) {
            estimate.warnings.push_back("nested sampling: constrained-walk acceptance " +
                                        std::to_string(run.acceptance) + " < 0.05");
        }
    }
    const double runs = settings.runs;
    estimate.lambda = sum / runs;
    estimate.intercept = intercept;
    const double spread =
        std::sqrt(std::max(0.0, (sum_sq - runs * estimate.lambda * estimate.lambda) / (runs - 1)));
    estimate.standard_error = std::max(spread, shrinkage) / std::sqrt(runs);
    if (deepest > settings.epsilon_min) {
        estimate.warnings.push_back("nested sampling stopped at ε = " + std::to_string(deepest) +
                                    " (max iterations) before ε_min");
    }
    estimate.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return estimate;
}

}  // namespace slt::numerics
