// Per-coordinate (diagonal) preconditioning of MALA, adapted during burn-in only.
//
// One step size for all coordinates fails when the posterior widths differ by orders of
// magnitude: for K = x² + y⁴ + z⁶ at inverse temperature t they are t^{-1/2}, t^{-1/4} and
// t^{-1/6} (1e-5 against 2e-2 at t = 1e10), so a step that suits x leaves z diffusing for
// ~(2e-2/1e-5)² steps (ALGORITHMS.md §6.5). The remedy is the diagonal metric of adaptive
// MCMC (Haario, Saksman and Tamminen, Bernoulli 7 (2001); the windowed diagonal adaptation of
// Stan, Carpenter et al., J. Stat. Softw. 76 (2017)): the scale s_j of coordinate j is its
// posterior standard deviation, estimated per rung over windows of doubling length during
// burn-in, with the global step ε adapted on top. Both are frozen before draws are recorded,
// so the recorded chain is a fixed Metropolis-Hastings kernel.
#pragma once

#include <vector>

namespace slt::numerics {

// The sweeps (counted from 0) after which the scales are re-estimated, for a burn-in of
// `burn_in` sweeps: an initial buffer of 15% (ε only, from the box widths), windows of 25, 50,
// 100, ... sweeps with the last one stretched to end at 90%, and a final buffer of 10% where
// only ε adapts to the last scales. Empty when burn_in < kMinBurnIn (no preconditioning).
std::vector<long> scale_window_ends(long burn_in);

// Welford's running mean and variance of each coordinate over one window.
class ScaleEstimator {
  public:
    explicit ScaleEstimator(int dimension = 0);

    void add(const std::vector<double>& w);
    long count() const { return count_; }
    void reset();

    // s_j² = n/(n + k)·var_j + k/(n + k)·(f·prior_j)² with k = kShrinkage, f = kFloor: Stan's
    // regularisation of a short window, here relative to the previous scale `prior` (whose
    // units are the coordinate's). It keeps s_j > 0 when a window saw no accepted move; it
    // must not pull towards `prior` itself, or a start from the box width (2) could shrink by
    // only a factor sqrt((n + k)/k) per window and never reach a width of 1e-5.
    std::vector<double> scale(const std::vector<double>& prior) const;

    static constexpr double kShrinkage = 5;
    static constexpr double kFloor = 1e-3;

  private:
    long count_ = 0;
    std::vector<double> mean_;
    std::vector<double> sum_squares_;
};

// After the scales change from `before` to `after`, the step ε in the new scaled coordinates
// that keeps the geometric mean of the proposal widths s_j sqrt(ε) unchanged; the block
// adaptation of ε then corrects it.
double rescaled_step_size(double step_size, const std::vector<double>& before,
                          const std::vector<double>& after);

constexpr long kMinBurnIn = 200;

}  // namespace slt::numerics
