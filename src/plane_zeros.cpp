#include "slt/plane_zeros.hpp"

#include "slt/factorization.hpp"
#include "slt/field_roots.hpp"
#include "slt/real_algebraic.hpp"
#include "slt/real_roots.hpp"

#include <algorithm>
#include <optional>
#include <tuple>

namespace slt {

namespace {

// Combinations Σ c_i p_i (i >= 1) tried against p_0 until the resultant is non-zero; with
// the gcd of the system trivial, a generic combination is coprime to p_0.
constexpr int kCombinationsTried = 6;

bool involves(const Polynomial& p, int var) {
    return p.degree_in(var) > 0;
}

// p with w_var = value.
Polynomial substitute(const Polynomial& p, int var, const Rational& value) {
    std::vector<Term> terms;
    for (const auto& term : p.terms()) {
        Term t = term;
        for (std::int64_t k = 0; k < term.exponents[var]; ++k)
            t.coefficient *= value;
        t.exponents[var] = 0;
        terms.push_back(t);
    }
    return Polynomial::from_terms(p.num_vars(), terms);
}

// The coefficients of p as a polynomial in w_var alone. Precondition: no other variable occurs.
UnivariateCoefficients univariate(const Polynomial& p, int var) {
    UnivariateCoefficients c;
    for (const auto& term : p.terms()) {
        const auto power = static_cast<std::size_t>(term.exponents[var]);
        if (c.size() <= power)
            c.resize(power + 1);
        c[power] += term.coefficient;
    }
    return c;
}

// The coefficient of the highest power of w_var, a polynomial in the other variables.
Polynomial leading_coefficient(const Polynomial& p, int var) {
    const std::int64_t top = p.degree_in(var);
    std::vector<Term> terms;
    for (const auto& term : p.terms()) {
        if (term.exponents[var] != top)
            continue;
        Term t = term;
        t.exponents[var] = 0;
        terms.push_back(t);
    }
    return Polynomial::from_terms(p.num_vars(), terms);
}

// The distinct real roots in (0, 1] of a non-zero polynomial.
std::vector<RootInterval> roots_in_unit_interval(const UnivariateCoefficients& p) {
    auto roots = real_roots_in(p, Rational(0), Rational(1));
    if (evaluate(p, Rational(1)).is_zero())
        roots.push_back({Rational(1), Rational(1), false});
    return roots;
}

bool is_rational(const RootInterval& root) {
    return root.lower == root.upper;
}

// A non-zero polynomial free of `drop` (so in the other coordinate alone) that vanishes at
// that coordinate of every common zero of the system (an element of the elimination ideal), if one
// is found.
std::optional<Polynomial> eliminant(const std::vector<Polynomial>& system, int drop) {
    for (const auto& p : system) {
        if (!involves(p, drop))
            return p;
    }
    if (system.size() < 2)
        return std::nullopt;
    for (int k = 0; k < kCombinationsTried; ++k) {
        Polynomial combination(system[0].num_vars());
        for (std::size_t i = 1; i < system.size(); ++i) {
            const auto c = static_cast<int>(1 + (k * (i + 2)) % 7);
            combination = combination + system[i].scaled(Rational(c));
        }
        Polynomial r = resultant(system[0], combination, drop);
        if (!r.is_zero())
            return r;
    }
    return std::nullopt;
}

PlaneZeros incomplete(const std::string& reason) {
    PlaneZeros zeros;
    zeros.complete = false;
    zeros.reason = reason;
    return zeros;
}

// The common zeros with first coordinate `x` = each rational root, found on the lines x = root.
PlaneZeros zeros_on_lines(const std::vector<Polynomial>& system, int x, int y,
                          const std::vector<RootInterval>& roots, bool x_is_a) {
    PlaneZeros zeros;
    for (const auto& root : roots) {
        UnivariateCoefficients common;
        for (const auto& p : system) {
            const auto line = univariate(substitute(p, x, root.lower), y);
            if (line.empty())
                continue;
            common = common.empty() ? line : gcd(common, line);
        }
        if (common.empty())
            return incomplete("the system vanishes on a whole line of the stratum");
        for (const auto& other : roots_in_unit_interval(common)) {
            if (!is_rational(other)) {
                return incomplete("a zero with an irrational coordinate in " + other.to_string());
            }
            zeros.points.push_back(x_is_a ? PlanePoint{root.lower, other.lower}
                                          : PlanePoint{other.lower, root.lower});
        }
    }
    return zeros;
}

// p with w_var = value over the field of value, as a polynomial in w_other (no other variable
// occurs in p).
FieldUnivariate on_field_line(const Polynomial& p, int var, int other, const FieldElement& value) {
    const auto& field = value.field();
    FieldUnivariate line;
    for (const auto& term : p.terms()) {
        const auto power = static_cast<std::size_t>(term.exponents[other]);
        if (line.size() <= power)
            line.resize(power + 1, field->element(Rational(0)));
        FieldElement monomial = field->element(term.coefficient);
        for (std::int64_t k = 0; k < term.exponents[var]; ++k)
            monomial = monomial * value;
        line[power] = line[power] + monomial;
    }
    while (!line.empty() && line.back().is_zero())
        line.pop_back();
    return line;
}

// Every common zero, exactly: for each root a_0 in (0, 1] of the eliminant `in_a` (in Q(a_0)),
// the common roots in (0, 1] of the system on the line a = a_0, found over Q(a_0) or an
// extension (field_roots.hpp). Zeros with both coordinates rational go to `points`.
PlaneZeros algebraic_zeros(const std::vector<Polynomial>& system, int a, int b,
                           const UnivariateCoefficients& in_a,
                           const std::vector<RootInterval>& roots_a) {
    PlaneZeros zeros;
    for (const auto& root : roots_a) {
        const auto field = NumberField::make(RealAlgebraic::from_root(in_a, root));
        const FieldElement a0 = field->generator();
        FieldUnivariate common;
        for (const auto& p : system) {
            const FieldUnivariate line = on_field_line(p, a, b, a0);
            if (line.empty())
                continue;
            common = common.empty() ? line : field_gcd(common, line);
        }
        if (common.empty())
            return incomplete("the system vanishes on a whole line of the stratum");
        const FieldRoots found = positive_field_roots(common);
        if (!found.complete())
            return incomplete("a zero that the norms over Q did not find");

        std::vector<ExtensionRoot> points;
        for (const auto& b0 : found.roots)
            points.push_back({field, a0, b0});
        points.insert(points.end(), found.extended.begin(), found.extended.end());
        for (const auto& point : points) {
            const FieldElement one = point.field->element(Rational(1));
            if ((point.root - one).sign() > 0)
                continue;  // outside the box
            if (point.c.is_rational() && point.root.is_rational()) {
                zeros.points.push_back({point.c.rational(), point.root.rational()});
            } else {
                zeros.algebraic.push_back({point.field, point.c, point.root});
            }
        }
    }
    return zeros;
}

}  // namespace

PlaneZeros common_zeros_in_box(const std::vector<Polynomial>& system, int a, int b) {
    std::vector<Polynomial> equations;
    for (const auto& p : system) {
        if (p.is_zero())
            continue;
        if (p.is_constant())
            return {};
        equations.push_back(p);
    }
    if (equations.empty())
        return incomplete("the system vanishes on the whole stratum");

    Polynomial common = equations.front();
    for (const auto& p : equations)
        common = gcd(common, p);
    if (!common.is_constant())
        return incomplete("the equations share a non-constant factor (a curve of common zeros)");

    const auto in_a = eliminant(equations, b);
    const auto in_b = eliminant(equations, a);
    if (!in_a || !in_b)
        return incomplete("no non-zero resultant was found");
    const auto roots_a = roots_in_unit_interval(univariate(*in_a, a));
    const auto roots_b = roots_in_unit_interval(univariate(*in_b, b));
    if (roots_a.empty() || roots_b.empty())
        return {};

    if (std::all_of(roots_a.begin(), roots_a.end(), is_rational)) {
        PlaneZeros zeros = zeros_on_lines(equations, a, b, roots_a, true);
        if (zeros.complete)
            return zeros;
    }
    if (std::all_of(roots_b.begin(), roots_b.end(), is_rational)) {
        PlaneZeros zeros = zeros_on_lines(equations, b, a, roots_b, false);
        if (zeros.complete)
            return zeros;
    }
    return algebraic_zeros(equations, a, b, univariate(*in_a, a), roots_a);
}

PlaneZeros singular_points_in_box(const Polynomial& h, int a, int b) {
    return common_zeros_in_box({h, derivative(h, a), derivative(h, b)}, a, b);
}

namespace {

// Rational points strictly between consecutive roots of `critical` in (0, 1), and beyond
// the first and the last: every open interval of (0,1) free of critical values gets one.
std::vector<Rational> samples_between(const UnivariateCoefficients& critical) {
    std::vector<Rational> cuts{Rational(0)};
    for (const auto& root : real_roots_in(critical, Rational(0), Rational(1))) {
        cuts.push_back(root.lower);
        cuts.push_back(root.upper);
    }
    cuts.push_back(Rational(1));
    std::vector<Rational> samples;
    for (std::size_t i = 0; i + 1 < cuts.size(); i += 2) {
        if (cuts[i] < cuts[i + 1])
            samples.push_back((cuts[i] + cuts[i + 1]) / Rational(2));
    }
    return samples;
}

// A smooth point of {h = 0} on the side x = 1 of the box (y in (0, 1]).
CurvePresence smooth_point_on_side(const Polynomial& h, int x, int y,
                                   const std::vector<PlanePoint>& singular, bool x_is_a) {
    const Polynomial on_side = substitute(h, x, Rational(1));
    const Polynomial dx = substitute(derivative(h, x), x, Rational(1));
    const Polynomial dy = substitute(derivative(h, y), x, Rational(1));
    if (on_side.is_zero()) {
        // The side is a component; it is smooth wherever ∂h/∂x does not vanish on it.
        return dx.is_zero() ? CurvePresence::undecided : CurvePresence::present;
    }
    for (const auto& root : roots_in_unit_interval(univariate(on_side, y))) {
        if (is_rational(root)) {
            const PlanePoint point =
                x_is_a ? PlanePoint{Rational(1), root.lower} : PlanePoint{root.lower, Rational(1)};
            if (std::find(singular.begin(), singular.end(), point) == singular.end())
                return CurvePresence::present;
            continue;
        }
        const RealAlgebraic c = RealAlgebraic::from_root(univariate(on_side, y), root);
        if (c.sign_of(univariate(dx, y)) != 0 || c.sign_of(univariate(dy, y)) != 0)
            return CurvePresence::present;
    }
    return CurvePresence::absent;
}

// A point of {h = 0} on a line x = s inside the box, for s between critical values of x.
CurvePresence point_on_generic_line(const Polynomial& h, int x, int y) {
    if (!involves(h, y)) {
        // h(x) alone: the curve is the lines x = c; smooth where c is a simple root.
        const auto p = univariate(h, x);
        const auto dp = univariate(derivative(h, x), x);
        for (const auto& root : roots_in_unit_interval(p)) {
            if (RealAlgebraic::from_root(p, root).sign_of(dp) != 0)
                return CurvePresence::present;
        }
        return CurvePresence::absent;
    }

    const Polynomial discriminant = resultant(h, derivative(h, y), y);
    if (discriminant.is_zero())
        return CurvePresence::undecided;
    Polynomial critical = leading_coefficient(h, y) * discriminant;
    for (const auto& side : {Rational(0), Rational(1)}) {
        const Polynomial restricted = substitute(h, y, side);
        if (!restricted.is_zero())
            critical = critical * restricted;
    }
    for (const auto& s : samples_between(univariate(critical, x))) {
        const auto line = univariate(substitute(h, x, s), y);
        if (!line.empty() && !real_roots_in(line, Rational(0), Rational(1)).empty())
            return CurvePresence::present;
    }
    return CurvePresence::absent;
}

}  // namespace

CurvePresence smooth_point_in_box(const Polynomial& h, int a, int b,
                                  const std::vector<PlanePoint>& singular) {
    if (h.is_zero())
        return CurvePresence::undecided;
    if (h.is_constant())
        return CurvePresence::absent;

    bool undecided = false;
    for (const auto& [x, y, x_is_a] : {std::tuple{a, b, true}, std::tuple{b, a, false}}) {
        for (auto presence :
             {point_on_generic_line(h, x, y), smooth_point_on_side(h, x, y, singular, x_is_a)}) {
            if (presence == CurvePresence::present)
                return presence;
            undecided = undecided || presence == CurvePresence::undecided;
        }
    }
    return undecided ? CurvePresence::undecided : CurvePresence::absent;
}

}  // namespace slt
