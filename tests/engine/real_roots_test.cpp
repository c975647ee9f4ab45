// Exact real roots: isolating intervals whose ends are roots of the polynomial outside them
// must not capture those roots (a defect found by a review: a root at 1 or at a bisection
// point replaced the irrational root next to it).
#include "slt/real_roots.hpp"

#include <catch2/catch.hpp>

using slt::Rational;
using slt::UnivariateCoefficients;

namespace {

// The product of the polynomials, coefficients lowest first.
UnivariateCoefficients times(const UnivariateCoefficients& a, const UnivariateCoefficients& b) {
    UnivariateCoefficients c(a.size() + b.size() - 1);
    for (std::size_t i = 0; i < a.size(); ++i) {
        for (std::size_t j = 0; j < b.size(); ++j)
            c[i + j] += a[i] * b[j];
    }
    return c;
}

void check_irrational_root(const slt::RootInterval& root, double value) {
    CHECK(root.lower < root.upper);
    CHECK(root.lower.to_double() < value);
    CHECK(value < root.upper.to_double());
    CHECK(root.sign_change);
}

}  // namespace

TEST_CASE("an irrational root next to a root at the end 1 is kept", "[roots]") {
    // (x - 1)(x^2 - 1/2): roots 1/√2 in (0, 1) and 1 at the (excluded) end.
    const auto p = times({Rational(-1), Rational(1)}, {Rational(-1, 2), Rational(0), Rational(1)});
    const auto roots = slt::real_roots_in(p, Rational(0), Rational(1));
    REQUIRE(roots.size() == 1);
    check_irrational_root(roots[0], 0.7071067811865476);
}

TEST_CASE("an irrational root next to a rational bisection point is kept", "[roots]") {
    // (2x - 1)(x^2 - 1/8): roots 1/(2√2) ≈ 0.354 and 1/2, the first bisection point of (0, 1).
    const auto p = times({Rational(-1), Rational(2)}, {Rational(-1, 8), Rational(0), Rational(1)});
    const auto roots = slt::real_roots_in(p, Rational(0), Rational(1));
    REQUIRE(roots.size() == 2);
    check_irrational_root(roots[0], 0.3535533905932738);
    CHECK(roots[1].lower == Rational(1, 2));
    CHECK(roots[1].upper == Rational(1, 2));
    CHECK(roots[1].sign_change);
}

TEST_CASE("sign changes are decided by multiplicity, also at exact roots", "[roots]") {
    // (x - 1/2)^2 (x - 3/4): no sign change at 1/2, a sign change at 3/4.
    const auto p = times(times({Rational(-1, 2), Rational(1)}, {Rational(-1, 2), Rational(1)}),
                         {Rational(-3, 4), Rational(1)});
    const auto roots = slt::real_roots_in(p, Rational(0), Rational(1));
    REQUIRE(roots.size() == 2);
    CHECK_FALSE(roots[0].sign_change);
    CHECK(roots[1].sign_change);
}
