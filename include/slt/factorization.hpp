// Multivariate polynomial algebra over Q by FLINT (fmpq_mpoly): factorisation into
// irreducibles, greatest common divisors, exact division and resultants.
#pragma once

#include "slt/polynomial.hpp"

#include <optional>
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

// The greatest common divisor, monic in FLINT's term order; gcd(0, 0) = 0.
Polynomial gcd(const Polynomial& a, const Polynomial& b);

// a / b when b divides a exactly, otherwise nothing. Precondition: b != 0.
std::optional<Polynomial> divide_exactly(const Polynomial& a, const Polynomial& b);

// The resultant of a and b with respect to w_var (a polynomial free of w_var).
Polynomial resultant(const Polynomial& a, const Polynomial& b, int var);

}  // namespace slt
