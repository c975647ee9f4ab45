// Exact real roots of univariate rational polynomials by Sturm sequences (FLINT fmpq_poly).
//
// Roots are isolated in rational intervals; no floating point decides anything. Used for the
// exact edge test of real non-degeneracy (ALGORITHMS.md §2.5, step 3, k = 1).
#pragma once

#include "slt/rational.hpp"

#include <string>
#include <vector>

namespace slt {

// Coefficients c_0, c_1, ..., c_n of c_0 + c_1 x + ... + c_n x^n.
using UnivariateCoefficients = std::vector<Rational>;

// A real root in [lower, upper] (lower == upper when the root is that rational number),
// the only distinct root of the polynomial in that interval.
struct RootInterval {
    Rational lower;
    Rational upper;
    // True when the polynomial has opposite signs just left and right of the root (the root
    // has odd multiplicity).
    bool sign_change = false;

    std::string to_string() const;
};

// The distinct real roots in the open interval (lo, hi), isolated, in increasing order.
// Precondition: the polynomial is not identically zero.
std::vector<RootInterval> real_roots_in(const UnivariateCoefficients& p, const Rational& lo,
                                        const Rational& hi);

// The distinct positive real roots.
std::vector<RootInterval> positive_real_roots(const UnivariateCoefficients& p);

// The greatest common divisor (monic), exact.
UnivariateCoefficients gcd(const UnivariateCoefficients& a, const UnivariateCoefficients& b);

// p(x), exact.
Rational evaluate(const UnivariateCoefficients& p, const Rational& x);

}  // namespace slt
