// Deterministic quadrature of Z(t) = ∫ exp(-t K) φ and λ_eff(t) = t E_t[K] for d <= 2: the
// validation path of ALGORITHMS.md §6.6 ("Which integrator"). One-dimensional integrals use
// tanh-sinh (Boost.Math; Takahasi and Mori 1974), split at 0 and at the numerically located
// zeros of K on the line, so every boundary layer of width t^{-1/k} sits at an endpoint where
// tanh-sinh clusters its nodes. In two dimensions the integral is nested: outer over w_1,
// inner over w_2, each split as above.
#pragma once

#include "slt/numerics/compiled_loss.hpp"
#include "slt/numerics/domain.hpp"

namespace slt::numerics {

struct QuadratureResult {
    double t = 0;
    double z = 0;               // ∫ exp(-tK) φ
    double lambda_eff = 0;      // ∫ tK exp(-tK) φ / Z
    double error_estimate = 0;  // relative, from the two tanh-sinh levels of the outer rule
};

// Throws InputError when the dimension is not 1 or 2.
QuadratureResult quadrature_lambda_eff(const CompiledLoss& loss, const Domain& domain, double t);

}  // namespace slt::numerics
