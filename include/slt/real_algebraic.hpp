// Real algebraic numbers c, given exactly by an irreducible polynomial q over Q and an
// isolating interval, with exact sign decisions of a(c) for polynomials a over Q.
//
// Zero tests are exact (a(c) = 0 iff q divides a); intervals only separate roots and decide
// the sign of a non-zero a(c) (ALGORITHMS.md §4.2, items 4-5; §8 pitfall 9).
#pragma once

#include "slt/real_roots.hpp"

#include <utility>

namespace slt {

class RealAlgebraic {
  public:
    // The root of `p` isolated by `root` (an interval from real_roots_in, or exact), with the
    // irreducible factor of p that vanishes there as minimal polynomial.
    static RealAlgebraic from_root(const UnivariateCoefficients& p, const RootInterval& root);

    const UnivariateCoefficients& minimal_polynomial() const { return minimal_; }
    // An interval [lower, upper] with c as the only root of the minimal polynomial in it.
    const Rational& lower() const { return lower_; }
    const Rational& upper() const { return upper_; }
    int degree() const { return static_cast<int>(minimal_.size()) - 1; }
    bool is_rational() const { return degree() == 1; }

    // The sign of a(c): 0 exactly when the minimal polynomial divides a.
    int sign_of(const UnivariateCoefficients& a) const;

    // The q-adic valuation of a and its lowest digit: a = q^j (r + q·(...)) with deg r < deg q,
    // r != 0. Precondition: a != 0.
    std::pair<int, UnivariateCoefficients> valuation(const UnivariateCoefficients& a) const;

    std::string to_string() const;

  private:
    UnivariateCoefficients minimal_;
    Rational lower_, upper_;  // c is the only root of minimal_ in [lower_, upper_]
};

// Quotient and remainder of exact division a = q·b + r.
std::pair<UnivariateCoefficients, UnivariateCoefficients> divide(const UnivariateCoefficients& a,
                                                                 const UnivariateCoefficients& b);

}  // namespace slt
