// Nested sampling (Skilling, Bayesian Analysis 1 (2006)) for the volume function
//     V(ε) = ∫_{K < ε} φ dw ≈ c_V ε^λ (log 1/ε)^{m-1}        (ALGORITHMS.md §1.2, §6.3)
// and the volume-slope estimator of λ (§6.7 "volume" row).
//
// One run: N live points from φ on the box; at iteration k the live point with the largest K
// is removed, ε_k = its K and log X_k = -k/N (the shrinkage is Beta(N, 1): E log = -1/N,
// Var = 1/N²); it is replaced by a constrained random walk (Metropolis on φ restricted to
// {K < ε_k}) started from a random surviving point, with per-coordinate scales from the live
// points and a step adapted to acceptance 0.5. Stops when ε_k < ε_min.
//
// λ̂ per run: least squares of log X_k on {log ε_k, log log(1/ε_k), 1} over the deepest
// `fit_decades` decades of ε, with the coefficient of log log(1/ε) fixed to m - 1 for the
// given m (so d log V/d log ε = λ - (m-1)/log(1/ε) is modelled, §6.3). Runs are independent
// (OpenMP), each with the stream mix_seed(seed, 0x5E57 + run); λ̂ is their mean.
#pragma once

#include "slt/numerics/compiled_loss.hpp"
#include "slt/numerics/domain.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace slt::numerics {

struct NestedSamplingSettings {
    int live_points = 500;  // N (ALGORITHMS.md §6.3: 500-2000)
    double epsilon_min = 1e-10;
    int runs = 4;            // independent runs (their spread checks mixing)
    int walk_steps = 0;      // Metropolis steps per replacement; 0: 20·d
    double fit_decades = 4;  // the deepest decades of ε used by the slope fit
    int m = 1;               // multiplicity assumed by the slope fit
    long max_iterations = 2000000;
    std::uint64_t seed = 1;
    int threads = 0;
};

struct NestedSamplingRun {
    std::vector<double> epsilon;     // ε_k, decreasing
    std::vector<double> log_volume;  // log V(ε_k) = log X_k + log ∫φ
    double acceptance = 0;           // of the constrained walk
    double lambda = 0;               // the slope fit of this run
};

struct VolumeEstimate {
    std::vector<NestedSamplingRun> runs;
    int m = 1;          // as assumed by the fit
    double lambda = 0;  // mean of the runs' slopes
    // max(sd over runs / sqrt(runs), the Beta-shrinkage SE sqrt(Δk)/(N Δlog ε) / sqrt(runs))
    double standard_error = 0;
    double epsilon_fit_min = 0;  // the window of the fit
    double epsilon_fit_max = 0;
    long iterations = 0;  // summed over runs
    std::uint64_t evaluations = 0;
    double seconds = 0;
    std::vector<std::string> warnings;

    // log V at ε of the fitted line (mean intercept of the runs), for plots.
    double fitted_log_volume(double epsilon) const;
    double intercept = 0;
};

// Throws InputError for fewer than 20 live points, fewer than 2 runs or ε_min <= 0.
VolumeEstimate nested_sampling_volume(const CompiledLoss& loss, const Domain& domain,
                                      const NestedSamplingSettings& settings);

}  // namespace slt::numerics
