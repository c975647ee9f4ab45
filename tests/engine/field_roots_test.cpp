// Positive real roots of univariate polynomials over Q(c) (field_roots.hpp): the count of the
// distinct positive roots, and those roots that lie in Q(c). Every expected value is derived by
// hand in the comment next to it; none was read off the code. The order of `roots` is not
// specified, so roots are compared as sets.
#include "slt/field_roots.hpp"
#include "slt/number_field.hpp"
#include "slt/real_algebraic.hpp"
#include "slt/real_roots.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

using slt::FieldElement;
using slt::FieldRoots;
using slt::FieldUnivariate;
using slt::NumberField;
using slt::Rational;
using slt::UnivariateCoefficients;

namespace {

using Field = std::shared_ptr<const NumberField>;

Field field_of_root(const UnivariateCoefficients& p, const Rational& lo, const Rational& hi) {
    const auto roots = slt::real_roots_in(p, lo, hi);
    REQUIRE(roots.size() == 1);
    return NumberField::make(slt::RealAlgebraic::from_root(p, roots[0]));
}

// c = √2, c = -√2, c = 2^(1/3).
Field sqrt2_field() {
    return field_of_root({Rational(-2), Rational(0), Rational(1)}, Rational(0), Rational(2));
}
Field minus_sqrt2_field() {
    return field_of_root({Rational(-2), Rational(0), Rational(1)}, Rational(-2), Rational(0));
}
Field cbrt2_field() {
    return field_of_root({Rational(-2), Rational(0), Rational(0), Rational(1)}, Rational(0),
                         Rational(2));
}

// a + b·c.
FieldElement linear(const Field& K, const Rational& a, const Rational& b) {
    return K->element(a) + K->generator().scaled(b);
}

FieldElement rational(const Field& K, const Rational& a) {
    return K->element(a);
}

// True when `roots` are exactly the distinct elements `expected`, in any order.
bool same_roots(const std::vector<FieldElement>& roots, const std::vector<FieldElement>& expected) {
    if (roots.size() != expected.size())
        return false;
    for (const auto& x : expected) {
        if (std::count(roots.begin(), roots.end(), x) != 1)
            return false;
    }
    return true;
}

std::string text(const std::vector<FieldElement>& roots) {
    std::string out = "{";
    for (const auto& x : roots)
        out += " " + x.to_string();
    return out + " }";
}

void check(const FieldRoots& found, int count, const std::vector<FieldElement>& roots) {
    INFO("roots found: " << text(found.roots) << ", count " << found.count);
    CHECK(found.count == count);
    CHECK(same_roots(found.roots, roots));
    CHECK(found.complete() == (static_cast<int>(roots.size()) == count));
}

}  // namespace

TEST_CASE("positive field roots over Q(sqrt 2): roots in the field", "[field_roots]") {
    const Field K = sqrt2_field();
    const FieldElement c = K->generator();
    const FieldElement one = rational(K, 1);

    SECTION("(w - c)^2 = w^2 - 2c·w + 2: the one root c, counted once") {
        const auto found = slt::positive_field_roots({rational(K, 2), c.scaled(-2), one});
        check(found, 1, {c});
        CHECK(found.complete());
    }
    SECTION("(w - 1)(w - c) = w^2 - (1 + c)w + c: roots 1 and c") {
        const auto found = slt::positive_field_roots({c, linear(K, -1, -1), one});
        check(found, 2, {one, c});
        CHECK(found.complete());
    }
    SECTION("(w + c)(w - 3) = w^2 + (c - 3)w - 3c: only 3 is positive") {
        check(slt::positive_field_roots({c.scaled(-3), linear(K, -3, 1), one}), 1,
              {rational(K, 3)});
    }
    SECTION("c·w - 2: the root 2/c = c (c^2 = 2)") {
        check(slt::positive_field_roots({rational(K, -2), c}), 1, {c});
    }
    SECTION("w - 3/2: a rational root") {
        check(slt::positive_field_roots({rational(K, Rational(-3, 2)), one}), 1,
              {rational(K, Rational(3, 2))});
    }
    SECTION("w(w - c) = w^2 - c·w: the root 0 is not positive, c is") {
        check(slt::positive_field_roots({rational(K, 0), -c, one}), 1, {c});
    }
    SECTION("(w - 1)(w - 2c)(w - 3), expanded") {
        // (w - 1)(w - 3) = w^2 - 4w + 3; times (w - 2c):
        // w^3 - 2c·w^2 - 4w^2 + 8c·w + 3w - 6c = w^3 + (-4 - 2c)w^2 + (3 + 8c)w - 6c.
        // Roots 1, 2c ≈ 2.83, 3, all positive.
        check(slt::positive_field_roots({c.scaled(-6), linear(K, 3, 8), linear(K, -4, -2), one}), 3,
              {one, c.scaled(2), rational(K, 3)});
    }
}

namespace {

// A root outside Q(c) comes in an extension Q(γ) with c in it: the root ω satisfies ω² = a
// there, with c mapped to a conjugate that is c itself (the same real number).
void check_extension_square_root(const slt::FieldRoots& found, const FieldElement& a) {
    REQUIRE(found.complete());
    REQUIRE(found.extended.size() == 1);
    const auto& point = found.extended.front();
    CHECK(point.root.sign() > 0);
    CHECK((point.root * point.root - a.embedded(point.c)).is_zero());
    const FieldElement c = a.field()->generator();
    const auto& value = c.field()->generator_value();
    CHECK((point.c - point.field->element(value.lower())).sign() >= 0);
    CHECK((point.c - point.field->element(value.upper())).sign() <= 0);
}

}  // namespace

TEST_CASE("positive field roots over Q(sqrt 2): roots outside Q(c)", "[field_roots]") {
    const Field K = sqrt2_field();
    const FieldElement c = K->generator();
    const FieldElement one = rational(K, 1);

    SECTION("w^2 - c: roots ±2^(1/4), not in Q(√2)") {
        // (a + b√2)^2 = √2 with a, b rational needs a^2 + 2b^2 = 0 and 2ab = 1: impossible.
        const auto found = slt::positive_field_roots({-c, rational(K, 0), one});
        CHECK(found.count == 1);
        CHECK(found.roots.empty());
        check_extension_square_root(found, c);
    }
    SECTION("w^2 - 3: roots ±√3, not in Q(√2)") {
        // (a + b√2)^2 = 3 needs 2ab = 0 and a^2 + 2b^2 = 3: a^2 = 3 or b^2 = 3/2, impossible.
        const auto found = slt::positive_field_roots({rational(K, -3), rational(K, 0), one});
        CHECK(found.count == 1);
        CHECK(found.roots.empty());
        check_extension_square_root(found, rational(K, 3));
    }
    SECTION("w^2 + 1: no real root") {
        const auto found = slt::positive_field_roots({one, rational(K, 0), one});
        CHECK(found.count == 0);
        CHECK(found.roots.empty());
        CHECK(found.complete());
    }
    SECTION("w - (1 - c): the root 1 - √2 ≈ -0.41 is negative") {
        const auto found = slt::positive_field_roots({linear(K, -1, 1), one});
        CHECK(found.count == 0);
        CHECK(found.roots.empty());
    }
    SECTION("w^2 + 2c·w + 2 = (w + c)^2: a double negative root") {
        const auto found = slt::positive_field_roots({rational(K, 2), c.scaled(2), one});
        CHECK(found.count == 0);
        CHECK(found.roots.empty());
    }
    SECTION("a non-zero constant") {
        const auto found = slt::positive_field_roots({rational(K, 5)});
        CHECK(found.count == 0);
        CHECK(found.roots.empty());
        CHECK(found.complete());
    }
}

TEST_CASE("positive field roots over Q(sqrt 2): multiple roots are counted once", "[field_roots]") {
    const Field K = sqrt2_field();
    const FieldElement c = K->generator();
    const FieldElement one = rational(K, 1);

    SECTION("(w - c)^2 (w - 2)") {
        // (w^2 - 2c·w + 2)(w - 2) = w^3 - 2w^2 - 2c·w^2 + 4c·w + 2w - 4
        //                         = w^3 + (-2 - 2c)w^2 + (2 + 4c)w - 4.
        check(slt::positive_field_roots({rational(K, -4), linear(K, 2, 4), linear(K, -2, -2), one}),
              2, {c, rational(K, 2)});
    }
    SECTION("(w - 1)^2 (w - c)") {
        // (w^2 - 2w + 1)(w - c) = w^3 - c·w^2 - 2w^2 + 2c·w + w - c
        //                       = w^3 + (-2 - c)w^2 + (1 + 2c)w - c.
        check(slt::positive_field_roots({-c, linear(K, 1, 2), linear(K, -2, -1), one}), 2,
              {one, c});
    }
    SECTION("(w - c)^3 = w^3 - 3c·w^2 + 3c^2·w - c^3 = w^3 - 3c·w^2 + 6w - 2c") {
        check(slt::positive_field_roots({c.scaled(-2), rational(K, 6), c.scaled(-3), one}), 1, {c});
    }
}

TEST_CASE("positive field roots over Q(sqrt 2): roots very close together", "[field_roots]") {
    const Field K = sqrt2_field();
    const FieldElement c = K->generator();
    const FieldElement one = rational(K, 1);

    // (w - c)(w - r) = w^2 - (r + c)w + r·c.
    const auto close_pair = [&](const Rational& r) {
        return FieldUnivariate{c.scaled(r), linear(K, -r, -1), one};
    };
    SECTION("r = 1.4142, 1.4e-5 below √2 (1.4142^2 = 1.99996164 < 2)") {
        const Rational r(7071, 5000);
        check(slt::positive_field_roots(close_pair(r)), 2, {c, rational(K, r)});
    }
    SECTION("r = 665857/470832, 1.6e-12 above √2 (665857^2 - 2·470832^2 = 1)") {
        const Rational r(665857, 470832);
        check(slt::positive_field_roots(close_pair(r)), 2, {c, rational(K, r)});
    }
}

// When p has rational coefficients and splits over Q(c) (two of its roots conjugate under the
// embeddings of Q(c)), the norm Res_θ(q(θ), p(w)) = p(w)^deg q is not square-free, its
// irreducible factor is p itself and gcd(p, p) is not linear: the roots in Q(c) are found only
// after Trager's shift w -> w - s·c makes the norm square-free.
TEST_CASE("positive field roots: polynomials with rational coefficients split in Q(c)",
          "[field_roots]") {
    const Field K = sqrt2_field();
    const FieldElement c = K->generator();
    const FieldElement one = rational(K, 1);

    SECTION("w^2 - 2 = (w - c)(w + c): the positive root c") {
        check(slt::positive_field_roots({rational(K, -2), rational(K, 0), one}), 1, {c});
    }
    SECTION("w^2 - 2w - 1: roots 1 ± √2, the positive one 1 + c") {
        // (w - 1)^2 - 2 = w^2 - 2w - 1.
        check(slt::positive_field_roots({rational(K, -1), rational(K, -2), one}), 1,
              {linear(K, 1, 1)});
    }
}

TEST_CASE("positive field roots over Q(-sqrt 2): signs follow c = -√2", "[field_roots]") {
    const Field K = minus_sqrt2_field();
    const FieldElement c = K->generator();
    const FieldElement one = rational(K, 1);

    SECTION("(w + c)^2 = w^2 + 2c·w + 2: the double root -c = √2 > 0") {
        check(slt::positive_field_roots({rational(K, 2), c.scaled(2), one}), 1, {-c});
    }
    SECTION("(w - c)(w - 1) = w^2 - (1 + c)w + c: c < 0, so only 1") {
        check(slt::positive_field_roots({c, linear(K, -1, -1), one}), 1, {one});
    }
    SECTION("w - (1 - c): the root 1 - c = 1 + √2 > 0") {
        check(slt::positive_field_roots({linear(K, -1, 1), one}), 1, {linear(K, 1, -1)});
    }
}

TEST_CASE("positive field roots over the cubic field Q(2^(1/3))", "[field_roots]") {
    const Field K = cbrt2_field();
    const FieldElement c = K->generator();
    const FieldElement one = rational(K, 1);
    const FieldElement zero = rational(K, 0);

    SECTION("w - c") {
        check(slt::positive_field_roots({-c, one}), 1, {c});
    }
    SECTION("w^2 - c^2 = (w - c)(w + c): the positive root c") {
        check(slt::positive_field_roots({-(c * c), zero, one}), 1, {c});
    }
    SECTION("(w - c)(w - c^2) = w^2 - (c + c^2)w + c^3 = w^2 - (c + c^2)w + 2") {
        // Roots 2^(1/3) ≈ 1.26 and 4^(1/3) ≈ 1.59.
        check(slt::positive_field_roots({rational(K, 2), -(c + c * c), one}), 2, {c, c * c});
    }
    SECTION("w^2 - 2: √2 has degree 2, which does not divide 3, so it is not in Q(c)") {
        const auto found = slt::positive_field_roots({rational(K, -2), zero, one});
        CHECK(found.count == 1);
        CHECK(found.roots.empty());
        check_extension_square_root(found, rational(K, 2));
    }
}

// The same, over Q(-√2) and Q(2^(1/3)).
TEST_CASE("positive field roots: rational polynomials split over Q(-sqrt 2) and Q(2^(1/3))",
          "[field_roots]") {
    SECTION("Q(-√2): w^2 - 2 = (w - c)(w + c), the positive root -c = √2") {
        const Field K = minus_sqrt2_field();
        const FieldElement c = K->generator();
        check(slt::positive_field_roots({rational(K, -2), rational(K, 0), rational(K, 1)}), 1,
              {-c});
    }
    SECTION("Q(2^(1/3)): w^3 - 2 = (w - c)(w^2 + c·w + c^2), discriminant -3c^2 < 0") {
        const Field K = cbrt2_field();
        const FieldElement c = K->generator();
        const FieldElement zero = rational(K, 0);
        check(slt::positive_field_roots({rational(K, -2), zero, zero, rational(K, 1)}), 1, {c});
    }
}
