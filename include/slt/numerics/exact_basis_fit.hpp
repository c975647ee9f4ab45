// The exact-basis fit of λ_eff(t) (ALGORITHMS.md §6.6 item 3, §8 item 11): when the
// candidate poles -μ of the zeta function are known (from a resolution), Z(t) is a finite sum
//     Z(t) = Σ_μ t^{-μ} Σ_{j < m_μ} a_{μ,j} (log t)^j   (+ exponentially small terms, §1.2),
// so λ_eff = -d log Z / d log t has a known form and a nearby second pole (1/6 against 1/4)
// is modelled instead of being mistaken for a log term.
//
// The numerics take the poles as plain data (DESIGN.md "Layers"): the caller (slt check, the
// benchmark) turns the exact engine's charts into a list of CandidatePole.
//
// Model for a leading candidate λ_c of order j (1 <= j <= its order), with the nearest
// candidates μ > λ_c as subleading terms, L = log t:
//     Z = t^{-λ} S(L),  S = L^{j-1} + Σ_{i<j-1} a_i L^i + Σ_μ e^{-(μ-λ)L} Σ_{i<m_μ} b_{μ,i} L^i
//     λ_eff(t) = λ - S'(L)/S(L)
// with λ free (its estimate) and the exponents μ fixed. Fitted by weighted nonlinear least
// squares (Levenberg-Marquardt); models are compared by BIC (Schwarz 1978) among those whose
// λ̂ is within 3 SE of their leading candidate. When none is, the basis grows by one subleading
// pole at a time until some model is consistent (all models compete if none ever is).
#pragma once

#include <vector>

namespace slt::numerics {

// A candidate pole -μ of ζ(z) (μ = ρ of some chart ray) of order at most `order` (the
// largest number of rays of one chart with that ρ).
struct CandidatePole {
    double mu = 0;
    int order = 1;
};

struct ExactBasisSettings {
    double t_min = 1e3;          // as FitSettings::t_min
    int leading_candidates = 3;  // the smallest candidates tried as the leading pole
    int max_subleading = 2;      // subleading poles per model; grows while no model is consistent
    double max_gap = 1.0;        // subleading poles with μ - λ_c above this are dropped
    int max_order = 4;           // orders are capped here (one log power per parameter)
    // >= 0: use models[fixed_model] instead of choosing by BIC (and do not grow the basis;
    // pass the fit's max_subleading to get the same models).
    int fixed_model = -1;
};

struct ExactBasisModel {
    double leading = 0;  // the candidate λ_c this model starts from
    int m = 1;           // the order j of the leading pole
    std::vector<CandidatePole> subleading;
    std::vector<double> parameters;  // (λ, a_0..a_{j-2}, b_{μ,i}...)
    double lambda = 0;
    double lambda_se = 0;  // Gauss-Newton, scaled by sqrt(χ²/dof) when that exceeds 1
    double chi2 = 0;
    double bic = 0;
    int dof = 0;
};

struct ExactBasisFit {
    std::vector<CandidatePole> poles;  // as given, sorted by μ
    std::vector<ExactBasisModel> models;
    int model_index = -1;    // the BIC choice, into `models`
    int max_subleading = 0;  // the cap the models were built with (after growing)
    double lambda = 0;
    double lambda_se = 0;
    int m = 1;
    // ΔBIC of the best rival that drops one log power of the leading pole, and of the best
    // rival with another leading candidate (both > 0 when the choice is clear; 0 if none).
    double delta_bic_lower_order = 0;
    double delta_bic_other_candidate = 0;
    // |mean residual| over the lowest third of the window: what the truncated basis misses.
    double residual_term = 0;
    double t_min = 0;
    double t_max = 0;
    int points = 0;
    // L_ref and L_min of the window (the model's internal scaling).
    double log_t_ref = 0;
    double log_t_low = 0;

    // λ_eff of the chosen model at t.
    double model_value(double t) const;
};

// Preconditions as fit_lambda; `poles` non-empty with μ > 0 (throws InputError otherwise).
ExactBasisFit fit_exact_basis(const std::vector<double>& t, const std::vector<double>& values,
                              const std::vector<double>& standard_errors,
                              std::vector<CandidatePole> poles, const ExactBasisSettings& settings);

// λ_eff of one model at log t, for the window scaling of `fit`.
double exact_basis_value(const ExactBasisModel& model, double log_t, double log_t_ref,
                         double log_t_low);

}  // namespace slt::numerics
