#include "slt/real_roots.hpp"

#include "detail/qpoly.hpp"

#include <flint/fmpq_poly.h>
#include <flint/fmpz_poly.h>
#include <flint/fmpz_poly_factor.h>

#include <cassert>
#include <memory>

namespace slt {

namespace {

using detail::QPoly;

// The Sturm sequence of the square-free part of p.
std::vector<QPoly> sturm_sequence(const QPoly& p) {
    QPoly derivative, g, squarefree, remainder;
    fmpq_poly_derivative(derivative.get(), p.get());
    fmpq_poly_gcd(g.get(), p.get(), derivative.get());
    fmpq_poly_div(squarefree.get(), p.get(), g.get());

    std::vector<QPoly> chain{squarefree};
    QPoly next;
    fmpq_poly_derivative(next.get(), squarefree.get());
    while (!next.is_zero()) {
        chain.push_back(next);
        const QPoly& a = chain[chain.size() - 2];
        fmpq_poly_rem(remainder.get(), a.get(), next.get());
        fmpq_poly_neg(remainder.get(), remainder.get());
        next = remainder;
    }
    return chain;
}

int sign_variations_at(const std::vector<QPoly>& chain, const Rational& x) {
    int variations = 0, last = 0;
    for (const auto& q : chain) {
        int s = q.sign_at(x);
        if (s == 0)
            continue;
        if (last != 0 && s != last)
            ++variations;
        last = s;
    }
    return variations;
}

// Distinct roots in (a, b]. The chain starts with the square-free part, so at a root r the
// variations skipping the zero equal those just right of r (p and p' agree in sign there):
// the count is exact whether or not a and b are roots.
int count_roots(const std::vector<QPoly>& chain, const Rational& a, const Rational& b) {
    return sign_variations_at(chain, a) - sign_variations_at(chain, b);
}

// The order of vanishing of p at x: the first k with p^(k)(x) != 0.
int multiplicity_at(const QPoly& p, const Rational& x) {
    QPoly q = p, next;
    int k = 0;
    while (q.sign_at(x) == 0) {
        fmpq_poly_derivative(next.get(), q.get());
        q = next;
        ++k;
    }
    return k;
}

// Bisects (lo, hi) until every root sits alone in an open interval (its ends may be roots of
// p outside it, e.g. the caller's hi) or is found exactly at a bisection point.
void isolate(const std::vector<QPoly>& chain, const QPoly& p, Rational lo, Rational hi,
             std::vector<RootInterval>& out) {
    const QPoly& squarefree = chain.front();
    int count = count_roots(chain, lo, hi);
    if (squarefree.sign_at(hi) == 0)
        --count;  // (lo, hi) is open
    if (count == 0)
        return;

    Rational mid = (lo + hi) / Rational(2);
    if (count == 1 && squarefree.sign_at(mid) != 0) {
        // One root in (lo, hi); keep the open half that holds it.
        bool left = count_roots(chain, lo, mid) == 1;
        out.push_back(RootInterval{left ? lo : mid, left ? mid : hi, false});
        return;
    }
    isolate(chain, p, lo, mid, out);
    if (squarefree.sign_at(mid) == 0)
        out.push_back(RootInterval{mid, mid, false});
    isolate(chain, p, mid, hi, out);
}

// Cauchy's bound: every root has |x| < 1 + max |c_i / c_n|.
Rational root_bound(const QPoly& p) {
    auto c = p.coefficients();
    Rational bound(0);
    for (std::size_t i = 0; i + 1 < c.size(); ++i) {
        Rational ratio = c[i] / c.back();
        if (ratio.sign() < 0)
            ratio = -ratio;
        if (ratio > bound)
            bound = ratio;
    }
    return bound + Rational(1);
}

// The rational roots of p, from its linear factors over Z.
std::vector<Rational> rational_roots(const QPoly& p) {
    fmpz_poly_t numerator;
    fmpz_poly_factor_t factors;
    fmpz_poly_init(numerator);
    fmpz_poly_factor_init(factors);
    fmpq_poly_get_numerator(numerator, p.get());
    fmpz_poly_factor(factors, numerator);

    std::vector<Rational> roots;
    for (slong i = 0; i < factors->num; ++i) {
        const fmpz_poly_struct* factor = factors->p + i;
        if (fmpz_poly_degree(factor) != 1)
            continue;
        Rational b = Rational::from_fmpz(factor->coeffs + 0);
        Rational a = Rational::from_fmpz(factor->coeffs + 1);
        roots.push_back(-b / a);
    }
    fmpz_poly_factor_clear(factors);
    fmpz_poly_clear(numerator);
    return roots;
}

// Makes an isolating interval exact when the root is rational, and otherwise narrows it by
// Sturm counts to width <= 2^-20 with ends that are not roots of p, so that the closed interval
// holds this root alone. The interval comes open: its ends may be other roots (a bisection
// point, or the caller's end 1), so a rational root counts only strictly inside, and the
// bisection never looks at the sign at an end.
void sharpen(RootInterval& root, const std::vector<QPoly>& chain, const QPoly& p,
             const std::vector<Rational>& rational) {
    if (root.lower == root.upper) {
        root.sign_change = multiplicity_at(p, root.lower) % 2 == 1;
        return;
    }
    for (const auto& r : rational) {
        if (root.lower < r && r < root.upper) {
            root.lower = root.upper = r;
            root.sign_change = multiplicity_at(p, r) % 2 == 1;
            return;
        }
    }
    // The root is irrational, so no bisection point is it, and it lies in (lower, mid) exactly
    // when the count of roots in (lower, mid] is 1.
    const QPoly& squarefree = chain.front();
    const Rational width_limit(1, 1 << 20);
    while (root.upper - root.lower > width_limit || squarefree.sign_at(root.lower) == 0 ||
           squarefree.sign_at(root.upper) == 0) {
        const Rational mid = (root.lower + root.upper) * Rational(1, 2);
        if (count_roots(chain, root.lower, mid) == 1) {
            root.upper = mid;
        } else {
            root.lower = mid;
        }
    }
    root.sign_change = p.sign_at(root.lower) * p.sign_at(root.upper) < 0;
}

}  // namespace

std::string RootInterval::to_string() const {
    if (lower == upper)
        return lower.to_short_string() + " (exact)";
    return "[" + lower.to_short_string() + ", " + upper.to_short_string() + "] (~" +
           std::to_string(lower.to_double()) + ")";
}

std::vector<RootInterval> real_roots_in(const UnivariateCoefficients& coefficients,
                                        const Rational& lo, const Rational& hi) {
    QPoly p(coefficients);
    assert(!p.is_zero());
    std::vector<RootInterval> roots;
    if (p.degree() <= 0 || !(lo < hi))
        return roots;

    auto chain = sturm_sequence(p);
    isolate(chain, p, lo, hi, roots);
    const auto rational = rational_roots(p);
    for (auto& root : roots)
        sharpen(root, chain, p, rational);
    return roots;
}

std::vector<RootInterval> positive_real_roots(const UnivariateCoefficients& coefficients) {
    QPoly p(coefficients);
    assert(!p.is_zero());
    if (p.degree() <= 0)
        return {};
    return real_roots_in(coefficients, Rational(0), root_bound(p));
}

UnivariateCoefficients gcd(const UnivariateCoefficients& a, const UnivariateCoefficients& b) {
    QPoly pa(a), pb(b), g;
    fmpq_poly_gcd(g.get(), pa.get(), pb.get());
    return g.coefficients();
}

Rational evaluate(const UnivariateCoefficients& coefficients, const Rational& x) {
    QPoly p(coefficients);
    Rational value;
    fmpq_poly_evaluate_fmpq(value.get(), p.get(), x.get());
    return value;
}

}  // namespace slt
