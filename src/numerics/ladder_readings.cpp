#include "slt/numerics/ladder_readings.hpp"

#include "slt/numerics/estimators.hpp"

namespace slt::numerics {

LadderReadings ladder_readings(const std::vector<double>& t, const std::vector<double>& lambda_eff,
                               const std::vector<double>& lambda_se,
                               const std::vector<double>& imai, const std::vector<double>& imai_se,
                               const LadderReadingSettings& settings) {
    LadderReadings readings;
    const LambdaFit fit = fit_lambda(t, lambda_eff, lambda_se, settings.fit);
    readings.fit = fit.lambda;
    readings.linear = fit.lambda_linear;
    readings.imai = fit_lambda(t, imai, imai_se, settings.imai_fit).lambda;

    // The two estimators below see the series only through RungEstimate::lambda_eff.
    std::vector<RungEstimate> rungs(t.size());
    for (std::size_t k = 0; k < t.size(); ++k) {
        rungs[k].t = t[k];
        rungs[k].lambda_eff = {lambda_eff[k], lambda_se[k]};
    }
    readings.two_temperature =
        two_temperature(rungs[settings.two_temperature_low], rungs[settings.two_temperature_high])
            .value;
    readings.thermodynamic =
        thermodynamic_integration(rungs, {0.0, 0.0}, settings.thermodynamic_t_min).lambda.value;
    return readings;
}

}  // namespace slt::numerics
