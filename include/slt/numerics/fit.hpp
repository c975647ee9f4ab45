// Fits of λ and m to a ladder of finite-temperature estimates (ALGORITHMS.md §6.6 item 2,
// §8 item 11: never fit without the -(m-1)/log t term).
//
// For Z(t) = t^{-λ} P(log t) with P of degree m-1 (one pole of order m, §1.2),
//     λ_eff(t) = λ - P'(L)/P(L) = λ - (m-1)/(L + c) + O(L^{-3}),   L = log t,
// exactly λ - 1/(L + c) when m = 2. Imai's t² Var_t[K] = λ_eff - dλ_eff/dL adds
// -(m-1)/(L + c)². For each m = 1..max_multiplicity, λ and c are fitted by weighted least
// squares (weights 1/SE²; linear in λ, a one-dimensional search in c); m is chosen by BIC
// (Schwarz 1978). The linear fit on {1, 1/L, 1/L²} of §6.6 item 2 is reported beside it,
// with m - 1 = -slope as a continuous estimate.
#pragma once

#include <vector>

namespace slt::numerics {

enum class FitKind { lambda_eff, imai };

struct FitSettings {
    double t_min = 1e3;  // points with t < t_min are not used (§6.6 item 1)
    int max_multiplicity = 4;
    FitKind kind = FitKind::lambda_eff;
    int fixed_model = -1;  // >= 0: use models[fixed_model] instead of choosing by BIC
};

struct MultiplicityModel {
    int m = 1;
    // m = 1 with a next-pole term C t^{-δ} (Z = a t^{-λ} + b t^{-μ2}, δ = μ2 - λ; §1.2 full
    // expansion, §8 item 11): λ_eff = λ + C t^{-δ} to first order in t^{-δ}.
    bool next_pole = false;
    double power = 0;  // C
    double delta = 0;  // δ
    double lambda = 0;
    double lambda_se = 0;
    double c = 0;
    double chi2 = 0;
    double bic = 0;
};

struct LambdaFit {
    FitKind kind = FitKind::lambda_eff;
    double lambda = 0;     // of the model chosen by BIC
    double lambda_se = 0;  // scaled by sqrt(chi2/dof) when that exceeds 1
    int m = 1;
    double c = 0;
    int model_index = 0;     // into `models`
    bool next_pole = false;  // the chosen model is m = 1 with C t^{-δ}
    double power = 0;
    double delta = 0;
    double chi2 = 0;
    int dof = 0;
    double lambda_linear = 0;  // intercept of the {1, 1/L, 1/L²} fit
    double lambda_linear_se = 0;
    double m_linear = 1;  // 1 - slope
    double m_linear_se = 0;
    // |mean residual| of the chosen model over the lowest third of the window: the size of an
    // unmodelled next-pole term C t^{-(μ2-λ)} at t_min (§6.6 item 5).
    double next_pole_term = 0;
    double t_min = 0;
    double t_max = 0;
    int points = 0;
    std::vector<MultiplicityModel> models;

    // The chosen model at t.
    double model_value(double t) const;
};

// Precondition: equal lengths, standard errors > 0, at least 3 points with t >= t_min
// (throws InputError otherwise).
LambdaFit fit_lambda(const std::vector<double>& t, const std::vector<double>& values,
                     const std::vector<double>& standard_errors, const FitSettings& settings);

// The m-dependent correction of the model: (m-1)/(L+c), plus (m-1)/(L+c)² for Imai.
double multiplicity_correction(FitKind kind, int m, double log_t, double c);

// The points of a fit: log t, the values and their weights 1/SE², for t >= t_min.
struct FitWindow {
    std::vector<double> log_t, y, weight;
};
FitWindow select_fit_window(const std::vector<double>& t, const std::vector<double>& values,
                            const std::vector<double>& standard_errors, double t_min);

// Weighted least squares y ≈ X β: returns β and its covariance (X'WX)^{-1}.
struct LinearFit {
    std::vector<double> coefficients;
    std::vector<std::vector<double>> covariance;
    double chi2 = 0;
};
LinearFit weighted_least_squares(const std::vector<std::vector<double>>& design,
                                 const std::vector<double>& y, const std::vector<double>& weights);

}  // namespace slt::numerics
