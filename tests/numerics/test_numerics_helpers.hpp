// Shared helpers for the numerics tests: problems from text and the closed-form oracles of
// ALGORITHMS.md §1.2 / §6.6.
#pragma once

#include "slt/numerics/compiled_loss.hpp"
#include "slt/numerics/domain.hpp"
#include "slt/problem.hpp"

#include <cmath>
#include <string>
#include <vector>

namespace slt::numerics::testing {

inline Problem problem(const std::string& polynomial, const std::string& orthant = "",
                       const std::string& prior = "", bool ideal = false) {
    ProblemText text;
    text.polynomial = polynomial;
    text.orthant = orthant;
    text.prior = prior;
    text.ideal = ideal;
    return translated_to_origin(problem_from_text(text));
}

// x²y² on [0,1]²: λ_eff(t) = 1/2 - 1/(log t + γ_E + 2 log 2) up to O(e^{-t}) (§1.2).
inline double xy_lambda_eff(double t) {
    return 0.5 - 1 / (std::log(t) + 1.9635100260214235);
}
inline double xy_free_energy(double t) {
    return -std::log(std::sqrt(M_PI) / 4 / std::sqrt(t) * (std::log(t) + 1.9635100260214235));
}

// x²y⁴ on [0,1]²: Z = ½Γ(¼) t^{-1/4} - ½Γ(½) t^{-1/2} (§1.2 monomial oracle).
inline double x2y4_z(double t) {
    return 0.5 * std::tgamma(0.25) * std::pow(t, -0.25) - 0.5 * std::sqrt(M_PI) / std::sqrt(t);
}
inline double x2y4_lambda_eff(double t) {
    // -d log Z / d log t
    const double a = 0.5 * std::tgamma(0.25) * std::pow(t, -0.25);
    const double b = 0.5 * std::sqrt(M_PI) / std::sqrt(t);
    return (0.25 * a - 0.5 * b) / (a - b);
}

// K = v^κ, φ = v^η on [0,1]^d with pairwise distinct ρ_j = (η_j+1)/κ_j, all κ_j > 0 (§1.2
// monomial oracle): Z = Σ_j R_j Γ(ρ_j) t^{-ρ_j}, R_j = (1/κ_j) Π_{i≠j} 1/(κ_i(ρ_i - ρ_j)).
// Returns λ_eff = -d log Z / d log t.
inline double monomial_lambda_eff(const std::vector<double>& kappa, const std::vector<double>& eta,
                                  double t) {
    double z = 0, dz = 0;
    for (std::size_t j = 0; j < kappa.size(); ++j) {
        const double rho = (eta[j] + 1) / kappa[j];
        double r = 1 / kappa[j];
        for (std::size_t i = 0; i < kappa.size(); ++i) {
            if (i != j)
                r /= kappa[i] * ((eta[i] + 1) / kappa[i] - rho);
        }
        const double term = r * std::tgamma(rho) * std::pow(t, -rho);
        z += term;
        dz += rho * term;
    }
    return dz / z;
}

}  // namespace slt::numerics::testing
