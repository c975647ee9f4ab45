// Real roots of univariate polynomials over a real number field Q(c): counted exactly by Sturm
// sequences over the ordered field Q(c), and found exactly when they lie in Q(c) itself, as the
// linear factors over Q(c) of the polynomial (Trager's norm method: each irreducible factor g of
// the norm N(w) = Res_θ(q(θ), p(θ, w)) over Q meets p in gcd(p, g) over Q(c)).
//
// Used on the strata of the charts at irrational bad points (ALGORITHMS.md §4.1, §4.2).
#pragma once

#include "slt/number_field.hpp"

#include <vector>

namespace slt {

// Coefficients p_0, ..., p_n of p_0 + p_1 w + ... + p_n w^n over Q(c).
using FieldUnivariate = std::vector<FieldElement>;

struct FieldRoots {
    std::vector<FieldElement> roots;  // the distinct real roots that lie in Q(c)
    int count = 0;                    // all distinct real roots
    bool complete() const { return static_cast<int>(roots.size()) == count; }
};

// The distinct positive real roots of p. Precondition: p != 0.
FieldRoots positive_field_roots(const FieldUnivariate& p);

}  // namespace slt
