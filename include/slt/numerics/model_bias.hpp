// The finite-t bias of each estimator of λ, predicted by the exact-basis model
// (ALGORITHMS.md §6.6 items 3-5).
//
// When the candidate poles are known, the exact-basis fit gives a model of the whole curve
// λ_eff(t) = λ - S'(L)/S(L) (exact_basis_fit.hpp), log terms and subleading poles included. An
// estimator that does not model them reads a functional E of the curve; its bias under the
// model is
//     b = E(model curve) - λ̂_model,
// computed by running the estimator itself on the noise-free model curve with the same rungs,
// weights and model choices (ladder_readings.hpp). This is exact for the linear estimators
// (two-temperature, the linear fit, the TI slope) and follows the nonlinear fits through
// their fixed model. The uncertainty of b comes from the model's: b is recomputed with the
// leave-one-replica-out exact-basis fits, and its SE is the larger of their jackknife SE and
// the SE of the model's λ̂ (the model is pinned to the data where the estimators read it, so
// an error in λ̂ moves b by as much).
//
// For the volume slope the model is carried over to V(ε) = ∫_{K<ε} φ, whose expansion
// Σ_ν ε^ν Σ_j v_{ν,j} (log 1/ε)^j has the same poles: Z(t) = ∫ e^{-tε} dV(ε) maps
// ε^ν ℓ^j (ℓ = log 1/ε) to t^{-ν} Σ_k C(j,k) (log t)^{j-k} (-1)^k Γ^{(k)}(ν+1), a triangular
// map with diagonal Γ(ν+1) that is inverted pole by pole.
#pragma once

#include "slt/numerics/exact_basis_fit.hpp"
#include "slt/numerics/ladder_readings.hpp"

#include <cmath>
#include <vector>

namespace slt::numerics {

// A predicted bias b (signed; NAN when the model cannot be evaluated, e.g. S <= 0 on the
// window) and its jackknife SE over replicas.
struct PredictedBias {
    double value = NAN;
    double standard_error = 0;
};

struct ModelBiases {
    PredictedBias fit;
    PredictedBias linear;
    PredictedBias imai;
    PredictedBias two_temperature;
    PredictedBias thermodynamic;
    PredictedBias volume;  // NAN when there was no nested sampling
};

// λ_eff of the chosen model at each t, and t² Var K = λ_eff - dλ_eff/dlog t (the derivative
// by central differences in log t, step 1e-3: an O(1e-6) relative error).
std::vector<double> model_lambda_eff(const ExactBasisFit& fit, const std::vector<double>& t);
std::vector<double> model_imai(const ExactBasisFit& fit, const std::vector<double>& t);

// The k-th derivative of Γ at x > 0, k <= 8, by Leibniz on Γ' = Γψ:
// Γ^{(k+1)} = Σ_i C(k,i) Γ^{(i)} ψ^{(k-i)}.
double gamma_derivative(int k, double x);

// The slope the volume estimator (nested_sampling.hpp) would read from the model's V(ε):
// least squares of log V - (m-1) log log(1/ε) on log ε over [epsilon_min, epsilon_max], each
// log ε weighted by d log V/d log ε (nested sampling places its points uniformly in log V).
double model_volume_slope(const ExactBasisFit& fit, double epsilon_min, double epsilon_max, int m);

struct VolumeWindow {
    bool present = false;
    double epsilon_min = 0;
    double epsilon_max = 0;
    int m = 1;
};

// b for every estimator from `fit`, with SEs from `leave_one_out` (the same model refitted
// without one replica each; may be empty) and fit.lambda_se.
ModelBiases predict_biases(const ExactBasisFit& fit,
                           const std::vector<ExactBasisFit>& leave_one_out,
                           const std::vector<double>& t, const std::vector<double>& lambda_se,
                           const std::vector<double>& imai_se,
                           const LadderReadingSettings& settings, const VolumeWindow& volume);

}  // namespace slt::numerics
