#include "slt/field_roots.hpp"

#include "slt/deadline.hpp"
#include "slt/factorization.hpp"
#include "slt/real_roots.hpp"

#include <cassert>
#include <optional>

namespace slt {

namespace {

// Shifts s = 0, 1, -1, 2, ... tried for a square-free norm; only finitely many fail.
constexpr int kMaxTragerShifts = 16;

FieldUnivariate trimmed(FieldUnivariate p) {
    while (!p.empty() && p.back().is_zero())
        p.pop_back();
    return p;
}

FieldUnivariate derivative(const FieldUnivariate& p) {
    FieldUnivariate d;
    for (std::size_t k = 1; k < p.size(); ++k)
        d.push_back(p[k].scaled(Rational(static_cast<std::int64_t>(k))));
    return trimmed(d);
}

// The remainder of a modulo b != 0.
FieldUnivariate remainder(FieldUnivariate a, const FieldUnivariate& b) {
    a = trimmed(a);
    while (a.size() >= b.size()) {
        poll_deadline();
        const FieldElement factor = a.back() / b.back();
        const std::size_t shift = a.size() - b.size();
        for (std::size_t k = 0; k < b.size(); ++k)
            a[shift + k] = a[shift + k] - factor * b[k];
        a = trimmed(a);
    }
    return a;
}

// a / b when b divides a, by long division. Precondition: b != 0.
FieldUnivariate quotient(FieldUnivariate a, const FieldUnivariate& b) {
    a = trimmed(a);
    if (a.size() < b.size())
        return {};
    FieldUnivariate q(a.size() - b.size() + 1, b.back().field()->element(Rational(0)));
    while (a.size() >= b.size()) {
        poll_deadline();
        const FieldElement factor = a.back() / b.back();
        const std::size_t shift = a.size() - b.size();
        q[shift] = factor;
        for (std::size_t k = 0; k < b.size(); ++k)
            a[shift + k] = a[shift + k] - factor * b[k];
        a = trimmed(a);
    }
    return trimmed(q);
}

FieldUnivariate monic(const FieldUnivariate& p) {
    FieldUnivariate m;
    for (const auto& a : p)
        m.push_back(a / p.back());
    return m;
}

FieldUnivariate gcd(FieldUnivariate a, FieldUnivariate b) {
    a = trimmed(a);
    b = trimmed(b);
    while (!b.empty()) {
        FieldUnivariate r = remainder(a, b);
        a = b;
        b = r;
    }
    return a.empty() ? a : monic(a);
}

FieldElement evaluate(const FieldUnivariate& p, const Rational& x) {
    FieldElement value = p.front().field()->element(Rational(0));
    for (std::size_t k = p.size(); k-- > 0;)
        value = value.scaled(x) + p[k];
    return value;
}

// The Sturm sequence of the square-free polynomial p.
std::vector<FieldUnivariate> sturm_sequence(const FieldUnivariate& p) {
    std::vector<FieldUnivariate> chain{p};
    FieldUnivariate next = derivative(p);
    while (!next.empty()) {
        chain.push_back(next);
        FieldUnivariate r = remainder(chain[chain.size() - 2], next);
        for (auto& a : r)
            a = -a;
        next = r;
    }
    return chain;
}

// The sign variations of the chain at x, or at +∞ when x is empty.
int sign_variations(const std::vector<FieldUnivariate>& chain, const std::optional<Rational>& x) {
    int variations = 0, previous = 0;
    for (const auto& p : chain) {
        poll_deadline();
        const int sign = x ? evaluate(p, *x).sign() : p.back().sign();
        if (sign == 0)
            continue;
        if (previous != 0 && sign != previous)
            ++variations;
        previous = sign;
    }
    return variations;
}

// p(w + a), by Horner's rule.
FieldUnivariate shifted(const FieldUnivariate& p, const FieldElement& a) {
    FieldUnivariate result;
    for (std::size_t k = p.size(); k-- > 0;) {
        // result <- result·(w + a) + p_k
        FieldUnivariate next(result.size() + 1, a.field()->element(Rational(0)));
        for (std::size_t i = 0; i < result.size(); ++i) {
            next[i + 1] = next[i + 1] + result[i];
            next[i] = next[i] + result[i] * a;
        }
        next[0] = next[0] + p[k];
        result = next;
    }
    return trimmed(result);
}

// The irreducible factors over Q of the norm of p when it is square-free; nothing otherwise.
std::optional<std::vector<UnivariateCoefficients>> norm_factors(const FieldUnivariate& p) {
    const auto& field = p.front().field();
    const int w = 0, theta = 1;
    std::vector<Term> lifted, minimal;
    for (std::size_t k = 0; k < p.size(); ++k) {
        const auto digits = p[k].polynomial();
        for (std::size_t i = 0; i < digits.size(); ++i) {
            lifted.push_back(
                {{static_cast<std::int64_t>(k), static_cast<std::int64_t>(i)}, digits[i]});
        }
    }
    const auto& q = field->generator_value().minimal_polynomial();
    for (std::size_t i = 0; i < q.size(); ++i)
        minimal.push_back({{0, static_cast<std::int64_t>(i)}, q[i]});
    const Polynomial norm =
        resultant(Polynomial::from_terms(2, minimal), Polynomial::from_terms(2, lifted), theta);

    std::vector<UnivariateCoefficients> factors;
    for (const auto& [g, multiplicity] : factor(norm).factors) {
        if (multiplicity > 1)
            return std::nullopt;
        UnivariateCoefficients coefficients(g.degree_in(w) + 1);
        for (const auto& term : g.terms())
            coefficients[term.exponents[w]] = term.coefficient;
        factors.push_back(coefficients);
    }
    return factors;
}

FieldUnivariate lifted(const UnivariateCoefficients& g, const NumberField& field) {
    FieldUnivariate result;
    for (const auto& a : g)
        result.push_back(field.element(a));
    return trimmed(result);
}

FieldUnivariate add(FieldUnivariate a, const FieldUnivariate& b) {
    if (a.size() < b.size())
        a.resize(b.size(), b.front().field()->element(Rational(0)));
    for (std::size_t i = 0; i < b.size(); ++i)
        a[i] = a[i] + b[i];
    return trimmed(a);
}

// Every real root lies in (-B, B), B = 1 + max |g_i / g_n| (Cauchy).
Rational cauchy_bound(const UnivariateCoefficients& g) {
    Rational bound(0);
    for (std::size_t i = 0; i + 1 < g.size(); ++i) {
        Rational ratio = g[i] / g.back();
        if (ratio.sign() < 0)
            ratio = -ratio;
        if (ratio > bound)
            bound = ratio;
    }
    return bound + Rational(1);
}

// The positive roots ω of p that lie in Q(c, ω) = Q(γ), γ = ω + s·c a real root of g, where g
// is an irreducible factor over Q of the square-free norm of p(w - s·c) (Trager: then Q(γ)
// contains c, as the only common root of q(θ) and p(θ, γ - s·θ)). Each root comes with c in
// Q(γ); a conjugate of c in place of c is not our embedding and is skipped.
void extension_roots(const FieldUnivariate& p, const Rational& s, const UnivariateCoefficients& g,
                     FieldRoots& result) {
    const NumberField& field = *p.front().field();
    const RealAlgebraic& c = field.generator_value();
    const Rational bound = cauchy_bound(g);
    for (const auto& interval : real_roots_in(g, -bound, bound)) {
        const auto extension = NumberField::make(RealAlgebraic::from_root(g, interval));
        const FieldElement gamma = extension->generator();

        // p(θ, γ - s·θ) as a polynomial in θ over Q(γ), by Horner's rule in w.
        const FieldUnivariate linear{gamma, extension->element(-s)};
        FieldUnivariate in_theta;
        for (std::size_t k = p.size(); k-- > 0;)
            in_theta = add(multiply(in_theta, linear), lifted(p[k].polynomial(), *extension));
        const FieldUnivariate common = gcd(in_theta, lifted(c.minimal_polynomial(), *extension));
        if (common.size() != 2)
            continue;

        const FieldElement c_there = -common.front();
        const bool ours = (c_there - extension->element(c.lower())).sign() >= 0 &&
                          (c_there - extension->element(c.upper())).sign() <= 0;
        const FieldElement omega = gamma - c_there.scaled(s);
        if (ours && omega.sign() > 0)
            result.extended.push_back({extension, c_there, omega});
    }
}

}  // namespace

FieldUnivariate multiply(const FieldUnivariate& a, const FieldUnivariate& b) {
    if (a.empty() || b.empty())
        return {};
    FieldUnivariate product(a.size() + b.size() - 1, a.front().field()->element(Rational(0)));
    for (std::size_t i = 0; i < a.size(); ++i) {
        for (std::size_t j = 0; j < b.size(); ++j) {
            poll_deadline();
            product[i + j] = product[i + j] + a[i] * b[j];
        }
    }
    return trimmed(product);
}

FieldUnivariate field_gcd(const FieldUnivariate& a, const FieldUnivariate& b) {
    return gcd(a, b);
}

FieldRoots positive_field_roots(const FieldUnivariate& p_in) {
    const FieldUnivariate p = trimmed(p_in);
    assert(!p.empty());
    FieldRoots result;
    if (p.size() == 1)
        return result;

    // Sturm's theorem over the ordered field Q(c): V(0) - V(+∞) distinct roots in (0, ∞). At a
    // root of the square-free p the sequence has already lost the variation of (p, p'), so a
    // root at 0 is not counted.
    const FieldUnivariate squarefree = quotient(p, gcd(p, derivative(p)));
    const auto chain = sturm_sequence(squarefree);
    result.count = sign_variations(chain, Rational(0)) - sign_variations(chain, std::nullopt);
    if (result.count == 0)
        return result;

    // Trager: the roots of p_s(w) = p(w - s·c) are ω + s·c, and for all but finitely many s the
    // norm of p_s is square-free; then every irreducible factor g of it over Q meets p_s in
    // one irreducible factor over Q(c), which is linear exactly for the roots in Q(c).
    const auto& field = p.front().field();
    for (int attempt = 0; attempt < kMaxTragerShifts; ++attempt) {
        const Rational s((attempt + 1) / 2 * (attempt % 2 == 0 ? -1 : 1));
        const FieldElement shift = field->generator().scaled(s);
        const FieldUnivariate moved = shifted(squarefree, -shift);
        const auto factors = norm_factors(moved);
        if (!factors)
            continue;
        for (const auto& g : *factors) {
            const FieldUnivariate common = gcd(moved, lifted(g, *field));
            if (common.size() != 2) {
                if (common.size() > 2)
                    extension_roots(squarefree, s, g, result);
                continue;
            }
            const FieldElement root = -common.front() - shift;
            if (root.sign() > 0)
                result.roots.push_back(root);
        }
        return result;
    }
    return result;
}

}  // namespace slt
