// The jackknife over independent replicas (Quenouille 1956; Efron and Stein 1981) for every
// estimator that reads the ladder.
//
// Swaps make neighbouring rungs share states, so the errors of λ_eff(t_k) and t² Var K at
// nearby rungs are positively correlated and an SE that treats rungs as independent (a
// weighted fit, the trapezoid propagation of thermodynamic integration) is too small.
// Replicas are independent ladders: recomputing an estimator with one replica left out at a
// time, SE² = (R-1)/R Σ_r (θ_(-r) - mean)², sees that correlation. It is used as a floor on
// each estimator's own SE.
#pragma once

#include "slt/numerics/parallel_tempering.hpp"

#include <vector>

namespace slt::numerics {

// The rung series recomputed from all replicas but one: lambda_eff[r][k] = t_k × the pooled
// mean of K without replica r, imai[r][k] = t_k² × the pooled variance (n - 1 normalisation),
// the same formulas as rung_estimates.
struct LeaveOneOutSeries {
    std::vector<std::vector<double>> lambda_eff;
    std::vector<std::vector<double>> imai;
};

LeaveOneOutSeries leave_one_out_series(const ParallelTemperingRun& run);

// sqrt((R-1)/R Σ (θ_r - mean)²) over the leave-one-out estimates θ_r; 0 for fewer than 3.
double jackknife_se(const std::vector<double>& leave_one_out);

}  // namespace slt::numerics
