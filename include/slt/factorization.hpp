// Factorisation of multivariate polynomials over Q into irreducibles (FLINT fmpq_mpoly_factor).
#pragma once

#include "slt/polynomial.hpp"

#include <utility>
#include <vector>

namespace slt {

struct Factorization {
    Rational constant;
    std::vector<std::pair<Polynomial, int>> factors;  // irreducible, with multiplicities
};

// p = constant · Π f_i^{e_i}. Precondition: p != 0.
Factorization factor(const Polynomial& p);

// ∂p/∂w_var.
Polynomial derivative(const Polynomial& p, int var);

}  // namespace slt
