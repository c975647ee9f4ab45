// Polynomial maps between coordinate systems, with exact rational coefficients: substitution,
// partial derivatives, Jacobian determinants and the monomial factor of a polynomial.
//
// These are the algebra a hand resolution is checked with (docs/resolve.md): a chart step
// w = g(v) is a vector of polynomials, K∘g is `substitute(K, g)`, and the Jacobian factor is
// `jacobian_determinant(g)`. Sizes are bounded by Polynomial's limits (LimitExceeded).
#pragma once

#include "slt/polynomial.hpp"

#include <vector>

namespace slt::resolve {

// P(g_1(v), ..., g_n(v)) where P has n variables and every g_i has the same number of
// variables m (the result has m variables). Precondition: images.size() == P.num_vars().
Polynomial substitute(const Polynomial& p, const std::vector<Polynomial>& images);

// ∂P/∂v_var.
Polynomial derivative(const Polynomial& p, int var);

// det(∂g_i/∂v_j) for a square map (images.size() == number of variables of each image),
// by cofactor expansion; meant for the small dimensions of hand resolutions (d <= 6).
Polynomial jacobian_determinant(const std::vector<Polynomial>& images);

// P = v^alpha · Q with alpha_j the smallest exponent of v_j over the terms of P, so that Q has
// no monomial factor. Precondition: P is not zero.
struct MonomialFactor {
    ExpVec exponents;
    Polynomial cofactor;
};
MonomialFactor monomial_factor(const Polynomial& p);

// The terms of P with exponent 0 in every variable flagged in `drop`: P restricted to the
// coordinate subspace {v_j = 0 for every flagged j}, still in all variables.
Polynomial restrict_to_zero(const Polynomial& p, const std::vector<bool>& drop);

}  // namespace slt::resolve
