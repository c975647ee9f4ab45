// Output of an EstimateReport: JSON (estimates, standard errors, sampler settings and seeds),
// a fixed-column text table, and a gnuplot figure of λ_eff(t) with the fit.
#pragma once

#include "slt/numerics/estimate.hpp"
#include "slt/numerics/local_learning_coefficient.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace slt::numerics {

nlohmann::json to_json(const EstimateReport& report);

// Columns: t, λ_eff, SE, Imai, SE, ESS, R̂, acceptance, swap rate, precision; then the fits.
std::string to_text(const EstimateReport& report);

// The local learning coefficient: settings, one row per nβ, warnings.
nlohmann::json to_json(const LlcReport& report);
std::string to_text(const LlcReport& report);

// Writes FILE.dat and FILE.gp next to `png_path` and runs gnuplot to draw λ_eff(t) with error
// bars, the fitted model, the quadrature points (d <= 2) and, when given, the exact λ.
// Throws InputError when gnuplot is not installed or fails.
void write_plot(const EstimateReport& report, const std::optional<double>& exact_lambda,
                const std::string& png_path);

}  // namespace slt::numerics
