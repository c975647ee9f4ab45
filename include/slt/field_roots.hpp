// Real roots of univariate polynomials over a real number field Q(c): counted exactly by Sturm
// sequences over the ordered field Q(c), and found exactly by Trager's norm method: each
// irreducible factor g over Q of the square-free norm N(w) = Res_θ(q(θ), p(θ, w - s·c)) meets
// p(w - s·c) in one irreducible factor over Q(c). A linear one gives a root in Q(c); the others
// give roots in Q(γ), γ a real root of g, a field that contains c (Trager's primitive element).
//
// Used on the strata of the charts at irrational bad points (ALGORITHMS.md §4.1, §4.2).
#pragma once

#include "slt/number_field.hpp"

#include <vector>

namespace slt {

// Coefficients p_0, ..., p_n of p_0 + p_1 w + ... + p_n w^n over Q(c).
using FieldUnivariate = std::vector<FieldElement>;

// A root outside Q(c), in the real field Q(γ) = Q(c, root) that contains both.
struct ExtensionRoot {
    std::shared_ptr<const NumberField> field;  // Q(γ)
    FieldElement c;                            // c, as an element of Q(γ)
    FieldElement root;
};

struct FieldRoots {
    std::vector<FieldElement> roots;      // the distinct roots that lie in Q(c)
    std::vector<ExtensionRoot> extended;  // the others, each in a field that contains it
    int count = 0;                        // all distinct roots
    bool complete() const { return static_cast<int>(roots.size() + extended.size()) == count; }
};

// a·b.
FieldUnivariate multiply(const FieldUnivariate& a, const FieldUnivariate& b);

// The monic greatest common divisor (Euclid over Q(c)); empty when both are zero.
FieldUnivariate field_gcd(const FieldUnivariate& a, const FieldUnivariate& b);

// The distinct positive real roots of p. Precondition: p != 0.
FieldRoots positive_field_roots(const FieldUnivariate& p);

}  // namespace slt
