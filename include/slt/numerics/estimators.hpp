// Estimators of λ and F(t) from the tempered draws, each with a standard error
// (ALGORITHMS.md §6, summary table §6.7). Standard errors treat rungs as independent; swaps
// correlate neighbouring rungs, which the per-rung ESS already accounts for within a rung.
#pragma once

#include "slt/numerics/compiled_loss.hpp"
#include "slt/numerics/diagnostics.hpp"
#include "slt/numerics/domain.hpp"
#include "slt/numerics/parallel_tempering.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace slt::numerics {

struct Estimate {
    double value = 0;
    double standard_error = 0;
};

struct RungEstimate {
    double t = 0;
    Precision precision = Precision::double_precision;
    Estimate lambda_eff;  // t E_t[K]                          (§6, primary)
    Estimate imai;        // t² Var_t[K]                        (§6.1, Imai 2019)
    TraceSummary tk;      // diagnostics of the scalar t K      (§6.5)
    double acceptance = 0;
    double swap_rate = 0;
    double step_size = 0;
};

// λ_eff and Imai per rung; MCSE of λ_eff = t sd(K) / sqrt(ESS) (§6.5), of Imai from the ESS of
// the series (tK - mean)².
std::vector<RungEstimate> rung_estimates(const ParallelTemperingRun& run);

// Watanabe's two-temperature estimator in synthetic form (§6.1; Watanabe, JMLR 14 (2013),
// corollary of Thm 4): (E_{t1}[K] - E_{t2}[K]) t1 t2 / (t2 - t1), from two rungs.
Estimate two_temperature(const RungEstimate& first, const RungEstimate& second);

// F(t0) = -log ∫ exp(-t0 K) φ by plain Monte Carlo from the prior (§6.6: usable for
// t0 <= 1e3; relative variance about t0^λ / N).
Estimate free_energy_from_prior(const CompiledLoss& loss, const Domain& domain, double t0,
                                long samples, std::uint64_t seed);

// Thermodynamic integration on the ladder (§6.2, synthetic case):
// F(t_k) = F(t_0) + ∫_{log t_0}^{log t_k} λ_eff(s) d log s, by the trapezoid rule in log t.
// The SE of F(t_k) combines SE(F(t_0)) with the rung SEs through the trapezoid weights.
struct FreeEnergyCurve {
    std::vector<double> t;
    std::vector<Estimate> free_energy;
    // The slope fit F(t) = λ log t - (m-1) log log t + C over t >= t_min (least squares); its
    // SE is propagated exactly from the rung SEs through the linear map rungs -> λ̂.
    Estimate lambda;
    Estimate m;
    double discretization_error = 0;  // |trapezoid - Simpson| at the top of the ladder
};

FreeEnergyCurve thermodynamic_integration(const std::vector<RungEstimate>& rungs,
                                          const Estimate& first_free_energy, double fit_t_min);

}  // namespace slt::numerics
