// Every estimator of λ that reads the ladder, as a function of the rung series λ_eff(t_k)
// and t_k² Var K: the BIC fit and the linear fit of λ_eff (fit.hpp), the Imai fit, the
// two-temperature estimator and the slope of F(t) by thermodynamic integration
// (estimators.hpp), with the model choices of the fits fixed.
//
// Two uses (ALGORITHMS.md §6.6 items 4-5): applied to the leave-one-replica-out series it
// gives each estimator's jackknife SE (replica_jackknife.hpp); applied to the noise-free λ_eff
// of the exact-basis model it gives each estimator's predicted finite-t reading, hence its
// bias (model_bias.hpp).
#pragma once

#include "slt/numerics/fit.hpp"

#include <cmath>
#include <cstddef>
#include <vector>

namespace slt::numerics {

struct LadderReadingSettings {
    FitSettings fit;                      // fixed_model: the BIC choice on the data
    FitSettings imai_fit;                 // kind = imai; fixed_model likewise
    std::size_t two_temperature_low = 0;  // rung indices of t1 < t2
    std::size_t two_temperature_high = 0;
    double thermodynamic_t_min = 1e3;  // the slope fit's window
};

struct LadderReadings {
    double fit = NAN;
    double linear = NAN;
    double imai = NAN;
    double two_temperature = NAN;
    double thermodynamic = NAN;
};

// Preconditions as fit_lambda for both series (equal lengths, SEs > 0); the SEs are the
// weights of the fits and do not enter the other estimators' values.
LadderReadings ladder_readings(const std::vector<double>& t, const std::vector<double>& lambda_eff,
                               const std::vector<double>& lambda_se,
                               const std::vector<double>& imai, const std::vector<double>& imai_se,
                               const LadderReadingSettings& settings);

}  // namespace slt::numerics
