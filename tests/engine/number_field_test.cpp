// Exact arithmetic in a real number field Q(c) (number_field.hpp) and polynomials over it
// (field_polynomial.hpp). Every expected value is derived by hand in the comment next to it,
// from the minimal polynomial of c alone; none was read off the code.
#include "slt/number_field.hpp"
#include "slt/field_polynomial.hpp"
#include "slt/polynomial.hpp"
#include "slt/real_algebraic.hpp"
#include "slt/real_roots.hpp"

#include <catch2/catch.hpp>

#include <memory>

using slt::ExpVec;
using slt::FieldElement;
using slt::FieldPolynomial;
using slt::NumberField;
using slt::Polynomial;
using slt::Rational;
using slt::UnivariateCoefficients;

namespace {

using Field = std::shared_ptr<const NumberField>;

// Q(√2): c the positive root of t^2 - 2.
Field sqrt2_field() {
    const UnivariateCoefficients p{Rational(-2), Rational(0), Rational(1)};
    const auto roots = slt::positive_real_roots(p);
    REQUIRE(roots.size() == 1);
    return NumberField::make(slt::RealAlgebraic::from_root(p, roots[0]));
}

// Q(-√2): c the negative root of t^2 - 2, the only root of it in (-2, 0).
Field minus_sqrt2_field() {
    const UnivariateCoefficients p{Rational(-2), Rational(0), Rational(1)};
    const auto roots = slt::real_roots_in(p, Rational(-2), Rational(0));
    REQUIRE(roots.size() == 1);
    return NumberField::make(slt::RealAlgebraic::from_root(p, roots[0]));
}

// Q(2^(1/3)): c the real root of t^3 - 2.
Field cbrt2_field() {
    const UnivariateCoefficients p{Rational(-2), Rational(0), Rational(0), Rational(1)};
    const auto roots = slt::positive_real_roots(p);
    REQUIRE(roots.size() == 1);
    return NumberField::make(slt::RealAlgebraic::from_root(p, roots[0]));
}

// a + b·c.
FieldElement linear(const Field& K, const Rational& a, const Rational& b) {
    return K->element(a) + K->generator().scaled(b);
}

// The polynomial v in one variable over K.
FieldPolynomial variable(const Field& K) {
    FieldPolynomial v(K, 1);
    v.add_term({1}, K->element(Rational(1)));
    return v;
}

FieldPolynomial constant(const Field& K, const FieldElement& a) {
    FieldPolynomial p(K, 1);
    p.add_term({0}, a);
    return p;
}

}  // namespace

TEST_CASE("Q(sqrt 2): products, inverses and quotients reduce modulo t^2 - 2", "[number_field]") {
    const Field K = sqrt2_field();
    const FieldElement c = K->generator();
    const FieldElement one = K->element(Rational(1));
    CHECK(K->degree() == 2);

    // c·c = c^2 = 2, a rational; c·c - 2 is exactly zero.
    const FieldElement square = c * c;
    CHECK(square.is_rational());
    CHECK(square.rational() == Rational(2));
    CHECK(square == K->element(Rational(2)));
    CHECK((square - K->element(Rational(2))).is_zero());
    CHECK((c * c - K->element(Rational(2))).sign() == 0);
    // The constructor reduces: t^2 - 2 itself is the zero element, t^2 is 2.
    CHECK(FieldElement(K, {Rational(-2), Rational(0), Rational(1)}).is_zero());
    CHECK(FieldElement(K, {Rational(0), Rational(0), Rational(1)}) == K->element(Rational(2)));
    // t^3 = t·t^2 ≡ 2t; t^4 ≡ 4.
    CHECK(FieldElement(K, {Rational(0), Rational(0), Rational(0), Rational(1)}).polynomial() ==
          UnivariateCoefficients{Rational(0), Rational(2)});
    CHECK(FieldElement(K, {Rational(0), Rational(0), Rational(0), Rational(0), Rational(1)})
              .polynomial() == UnivariateCoefficients{Rational(4)});
    CHECK(FieldElement(K, {Rational(-2), Rational(0), Rational(1)}).polynomial().empty());

    // (1 + c)(1 - c) = 1 - c^2 = 1 - 2 = -1.
    const FieldElement product = (one + c) * (one - c);
    CHECK(product.is_rational());
    CHECK(product.rational() == Rational(-1));
    CHECK(product.polynomial() == UnivariateCoefficients{Rational(-1)});

    // (c - 1)(c + 1) = c^2 - 1 = 1, so 1/(1 + c) = c - 1 = -1 + 1·c.
    CHECK((one / (one + c)).polynomial() == UnivariateCoefficients{Rational(-1), Rational(1)});
    CHECK((K->element(Rational(1)) / (K->element(Rational(1)) + c)).polynomial() ==
          UnivariateCoefficients{Rational(-1), Rational(1)});
    // 1/c = c/c^2 = c/2.
    CHECK((one / c) == c.scaled(Rational(1, 2)));
    // (3 - 2c)(3 + 2c) = 9 - 4·2 = 1, so 1/(3 - 2c) = 3 + 2c.
    CHECK(one / linear(K, 3, -2) == linear(K, 3, 2));
    // (1 + c)/(1 - c) = (1 + c)^2 / (1 - c^2) = (1 + 2c + 2)/(-1) = -3 - 2c.
    CHECK((one + c) / (one - c) == linear(K, -3, -2));
    // A quotient times its divisor gives the dividend back: ((2 + 5c)/(7 - c))·(7 - c) = 2 + 5c.
    CHECK((linear(K, 2, 5) / linear(K, 7, -1)) * linear(K, 7, -1) == linear(K, 2, 5));

    // Additive structure: (2 + 3c) - (2 + 3c) = 0; -(1 - c) = -1 + c; (1/2)c has digits (0, 1/2).
    CHECK((linear(K, 2, 3) - linear(K, 2, 3)).is_zero());
    CHECK(-(one - c) == linear(K, -1, 1));
    CHECK(c.scaled(Rational(1, 2)).polynomial() ==
          UnivariateCoefficients{Rational(0), Rational(1, 2)});
    CHECK_FALSE(c.is_rational());
    CHECK(K->element(Rational(0)).is_zero());
    CHECK(K->element(Rational(0)).rational() == Rational(0));
}

// number_field.hpp: a rational as such, otherwise parenthesised from the highest power down.
TEST_CASE("FieldElement::to_string gives the documented forms", "[number_field]") {
    const Field K = sqrt2_field();
    const FieldElement c = K->generator();
    CHECK(K->element(Rational(-2)).to_string() == "-2");
    CHECK(c.to_string() == "(c)");
    CHECK((K->element(Rational(3, 2)) - c).to_string() == "(-c + 3/2)");
    CHECK((c.scaled(Rational(2)) - K->element(Rational(1))).to_string() == "(2*c - 1)");
}

TEST_CASE("Q(sqrt 2): signs are decided exactly, also very close to c", "[number_field]") {
    const Field K = sqrt2_field();
    const FieldElement c = K->generator();

    CHECK(c.sign() == 1);
    CHECK((-c).sign() == -1);
    CHECK(K->element(Rational(0)).sign() == 0);
    CHECK(K->element(Rational(-5, 3)).sign() == -1);
    // c - 1 = 0.414... > 0.
    CHECK(linear(K, -1, 1).sign() == 1);
    // 3 - 2c: 3^2 = 9 > 8 = (2c)^2 and both are positive, so 3 > 2c.
    CHECK(linear(K, 3, -2).sign() == 1);
    // 1.4142^2 = 1.99996164 < 2, so 1.4142 < c and 1.4142 - c < 0.
    CHECK(linear(K, Rational(14142, 10000), -1).sign() == -1);
    // 1.4143^2 = 2.00024449 > 2, so 1.4143 - c > 0.
    CHECK(linear(K, Rational(14143, 10000), -1).sign() == 1);
    // Pell: 665857^2 - 2·470832^2 = 1, so 665857/470832 > √2 by about 1.6e-12:
    // 665857 - 470832c > 0. 275807^2 - 2·195025^2 = -1, so 275807 - 195025c < 0.
    CHECK(linear(K, 665857, -470832).sign() == 1);
    CHECK(linear(K, 275807, -195025).sign() == -1);
    // The sign of a product is the product of the signs: (3 - 2c)(1.4142 - c) < 0.
    CHECK((linear(K, 3, -2) * linear(K, Rational(14142, 10000), -1)).sign() == -1);
    // c·c - 2 is zero: its sign is 0, not a tiny non-zero value.
    CHECK((c * c - K->element(Rational(2))).sign() == 0);
}

TEST_CASE("Q(-sqrt 2): the same arithmetic, the opposite signs", "[number_field]") {
    const Field K = minus_sqrt2_field();
    const FieldElement c = K->generator();
    const FieldElement one = K->element(Rational(1));

    // The identities follow from c^2 = 2 alone, so they are those of Q(√2).
    CHECK(c * c == K->element(Rational(2)));
    CHECK((one + c) * (one - c) == K->element(Rational(-1)));
    CHECK(one / (one + c) == linear(K, -1, 1));

    // c = -√2 ≈ -1.414.
    CHECK(c.sign() == -1);
    CHECK((-c).sign() == 1);
    // c - 1 = -2.414 < 0 (positive in Q(√2)).
    CHECK(linear(K, -1, 1).sign() == -1);
    // 1.4142 - c = 1.4142 + √2 > 0 (negative in Q(√2)).
    CHECK(linear(K, Rational(14142, 10000), -1).sign() == 1);
    // 1.4142 + c = 1.4142 - √2 < 0, 1.4143 + c = 1.4143 - √2 > 0 (see the Q(√2) case).
    CHECK(linear(K, Rational(14142, 10000), 1).sign() == -1);
    CHECK(linear(K, Rational(14143, 10000), 1).sign() == 1);
    // 3 + 2c = 3 - 2√2 > 0 and 3 - 2c = 3 + 2√2 > 0.
    CHECK(linear(K, 3, 2).sign() == 1);
    CHECK(linear(K, 3, -2).sign() == 1);
    // 665857 + 470832c = 665857 - 470832√2 > 0 (Pell, see above), 275807 + 195025c < 0.
    CHECK(linear(K, 665857, 470832).sign() == 1);
    CHECK(linear(K, 275807, 195025).sign() == -1);
}

TEST_CASE("a generator from a reducible polynomial takes the factor that vanishes",
          "[number_field]") {
    // (t^2 - 2)(t - 3) = t^3 - 3t^2 - 2t + 6: positive roots √2 and 3. The root √2 has minimal
    // polynomial t^2 - 2, so the field has degree 2 and c^2 = 2; the root 3 is rational.
    const UnivariateCoefficients p{Rational(6), Rational(-2), Rational(-3), Rational(1)};
    const auto roots = slt::positive_real_roots(p);
    REQUIRE(roots.size() == 2);
    const auto sqrt2 = slt::RealAlgebraic::from_root(p, roots[0]);
    CHECK(sqrt2.degree() == 2);
    CHECK_FALSE(sqrt2.is_rational());
    CHECK(sqrt2.sign_of({Rational(-2), Rational(0), Rational(1)}) == 0);
    CHECK(sqrt2.sign_of({Rational(-14142, 10000), Rational(1)}) == 1);
    const Field K = NumberField::make(sqrt2);
    CHECK(K->generator() * K->generator() == K->element(Rational(2)));

    const auto three = slt::RealAlgebraic::from_root(p, roots[1]);
    CHECK(three.degree() == 1);
    CHECK(three.is_rational());
    CHECK(three.sign_of({Rational(-3), Rational(1)}) == 0);
    CHECK(three.sign_of({Rational(-29, 10), Rational(1)}) == 1);
}

TEST_CASE("Q(2^(1/3)): arithmetic and signs in a cubic field", "[number_field]") {
    const Field K = cbrt2_field();
    const FieldElement c = K->generator();
    const FieldElement one = K->element(Rational(1));
    CHECK(K->degree() == 3);

    // c^2 is not reduced (degree 2 < 3); c^3 = 2; c^4 = 2c.
    CHECK((c * c).polynomial() == UnivariateCoefficients{Rational(0), Rational(0), Rational(1)});
    CHECK_FALSE((c * c).is_rational());
    CHECK(c * c * c == K->element(Rational(2)));
    CHECK((c * c * c).is_rational());
    CHECK(c * c * c * c == c.scaled(Rational(2)));
    // 1/c = c^2/2, since c·c^2/2 = c^3/2 = 1.
    CHECK((one / c).polynomial() ==
          UnivariateCoefficients{Rational(0), Rational(0), Rational(1, 2)});
    // (c - 1)(c^2 + c + 1) = c^3 - 1 = 1, so 1/(c - 1) = 1 + c + c^2.
    CHECK((one / (c - one)).polynomial() ==
          UnivariateCoefficients{Rational(1), Rational(1), Rational(1)});

    // 2^(1/3) = 1.259921...
    CHECK(c.sign() == 1);
    // 1.25^3 = 1.953125 < 2, so c > 1.25.
    CHECK((c - K->element(Rational(125, 100))).sign() == 1);
    // 1.26^3 = 2.000376 > 2, so c < 1.26.
    CHECK((c - K->element(Rational(126, 100))).sign() == -1);
    // 1.2599^3 = 1.999899757799 < 2, so c > 1.2599.
    CHECK((c - K->element(Rational(12599, 10000))).sign() == 1);
    // 1259921^3 < 2·10^18 < 1259922^3: 1.259921 < c < 1.259922.
    CHECK((c - K->element(Rational(1259921, 1000000))).sign() == 1);
    CHECK((c - K->element(Rational(1259922, 1000000))).sign() == -1);
    // c^2 = 4^(1/3): 1.5874^3 = 3.999992... < 4 < 4.000748... = 1.5875^3.
    CHECK((c * c - K->element(Rational(15874, 10000))).sign() == 1);
    CHECK((c * c - K->element(Rational(15875, 10000))).sign() == -1);
    // c^3 - 2 is exactly zero.
    CHECK((c * c * c - K->element(Rational(2))).sign() == 0);
}

TEST_CASE("FieldPolynomial: products, powers and conjugates over Q(sqrt 2)", "[field_polynomial]") {
    const Field K = sqrt2_field();
    const FieldElement c = K->generator();
    const FieldPolynomial v = variable(K);
    const FieldPolynomial cc = constant(K, c);
    const FieldPolynomial minus_c = constant(K, -c);

    // (v - c)^2 = v^2 - 2c·v + c^2 = v^2 - 2c·v + 2.
    FieldPolynomial v_minus_c = v;
    v_minus_c.add_term({0}, -c);
    const FieldPolynomial square = v_minus_c.pow(2);
    CHECK(square.terms().size() == 3);
    CHECK(square.coefficient({2}) == K->element(Rational(1)));
    CHECK(square.coefficient({1}) == c.scaled(Rational(-2)));
    CHECK(square.coefficient({0}) == K->element(Rational(2)));
    CHECK(square == v_minus_c * v_minus_c);

    // (v - c)(v + c) = v^2 - c^2 = v^2 - 2: rational coefficients, the v term cancels.
    FieldPolynomial v_plus_c = v;
    v_plus_c.add_term({0}, c);
    const FieldPolynomial conjugates = v_minus_c * v_plus_c;
    const Polynomial x = Polynomial::variable(1, 0);
    CHECK(conjugates == FieldPolynomial::from_rational(K, x * x - Polynomial::constant(1, 2)));
    CHECK(conjugates.terms().size() == 2);
    CHECK(conjugates.coefficient({1}).is_zero());
    for (const auto& [exponents, a] : conjugates.terms())
        CHECK(a.is_rational());
    CHECK(conjugates.constant_term() == K->element(Rational(-2)));

    // (v + c)^3 = v^3 + 3c·v^2 + 3c^2·v + c^3 = v^3 + 3c·v^2 + 6v + 2c.
    const FieldPolynomial cube = v_plus_c.pow(3);
    CHECK(cube.terms().size() == 4);
    CHECK(cube.coefficient({3}) == K->element(Rational(1)));
    CHECK(cube.coefficient({2}) == c.scaled(Rational(3)));
    CHECK(cube.coefficient({1}) == K->element(Rational(6)));
    CHECK(cube.coefficient({0}) == c.scaled(Rational(2)));
    // p^1 = p, p^0 = 1.
    CHECK(v_plus_c.pow(1) == v_plus_c);
    CHECK(v_plus_c.pow(0) == constant(K, K->element(Rational(1))));

    // (v - c)(v^2 + c·v + 2) = v^3 + c·v^2 + 2v - c·v^2 - c^2·v - 2c = v^3 + (2 - 2)v - 2c
    // = v^3 - 2c: two terms, the cancelled ones dropped.
    FieldPolynomial quadratic(K, 1);
    quadratic.add_term({2}, K->element(Rational(1)));
    quadratic.add_term({1}, c);
    quadratic.add_term({0}, K->element(Rational(2)));
    const FieldPolynomial product = v_minus_c * quadratic;
    CHECK(product.terms().size() == 2);
    CHECK(product.coefficient({3}) == K->element(Rational(1)));
    CHECK(product.coefficient({0}) == c.scaled(Rational(-2)));

    // (c)·(-c) = -2, a constant polynomial; adding c·v and then -c·v leaves zero.
    CHECK(cc * minus_c == constant(K, K->element(Rational(-2))));
    FieldPolynomial cancelled(K, 1);
    cancelled.add_term({1}, c);
    cancelled.add_term({1}, -c);
    CHECK(cancelled.is_zero());
    CHECK(cancelled.terms().empty());
}

TEST_CASE("FieldPolynomial: translated() against hand expansions", "[field_polynomial]") {
    const Field K = sqrt2_field();
    const FieldElement c = K->generator();
    const FieldElement one = K->element(Rational(1));
    const Polynomial x = Polynomial::variable(1, 0);

    // (v - c)^2 at v + c: (v + c - c)^2 = v^2.
    FieldPolynomial v_minus_c = variable(K);
    v_minus_c.add_term({0}, -c);
    const FieldPolynomial shifted_square = v_minus_c.pow(2).translated(0, c);
    FieldPolynomial v_squared(K, 1);
    v_squared.add_term({2}, one);
    CHECK(shifted_square == v_squared);
    CHECK(shifted_square.terms().size() == 1);

    // v^2 - 2 at v + c: v^2 + 2c·v + c^2 - 2 = v^2 + 2c·v.
    const FieldPolynomial shifted =
        FieldPolynomial::from_rational(K, x * x - Polynomial::constant(1, 2)).translated(0, c);
    CHECK(shifted.terms().size() == 2);
    CHECK(shifted.coefficient({2}) == one);
    CHECK(shifted.coefficient({1}) == c.scaled(Rational(2)));
    CHECK(shifted.constant_term().is_zero());

    // v^2 - 2 at v - c: v^2 - 2c·v + c^2 - 2 = v^2 - 2c·v.
    const FieldPolynomial shifted_back =
        FieldPolynomial::from_rational(K, x * x - Polynomial::constant(1, 2)).translated(0, -c);
    CHECK(shifted_back.terms().size() == 2);
    CHECK(shifted_back.coefficient({1}) == c.scaled(Rational(-2)));

    // Translating by c and then by -c gives the polynomial back: (v + c)^3 + 5 at v - c.
    FieldPolynomial cubic = variable(K);
    cubic.add_term({0}, c);
    cubic = cubic.pow(3);
    cubic.add_term({0}, K->element(Rational(5)));
    CHECK(cubic.translated(0, c).translated(0, -c) == cubic);
    // A rational offset: v^2 at v + 1 is v^2 + 2v + 1.
    const FieldPolynomial rational_shift = v_squared.translated(0, one);
    CHECK(rational_shift == FieldPolynomial::from_rational(
                                K, x * x + x.scaled(Rational(2)) + Polynomial::constant(1, 1)));

    // Two variables, p = v1·v2 - c·v2^2, translated in v2 by c:
    // v1(v2 + c) - c(v2 + c)^2 = v1·v2 + c·v1 - c·v2^2 - 2c^2·v2 - c^3
    //                          = v1·v2 + c·v1 - c·v2^2 - 4·v2 - 2c.
    FieldPolynomial p(K, 2);
    p.add_term({1, 1}, one);
    p.add_term({0, 2}, -c);
    const FieldPolynomial q = p.translated(1, c);
    CHECK(q.num_vars() == 2);
    CHECK(q.terms().size() == 5);
    CHECK(q.coefficient({1, 1}) == one);
    CHECK(q.coefficient({1, 0}) == c);
    CHECK(q.coefficient({0, 2}) == -c);
    CHECK(q.coefficient({0, 1}) == K->element(Rational(-4)));
    CHECK(q.coefficient({0, 0}) == c.scaled(Rational(-2)));
    // Translated in v1 by c instead: (v1 + c)·v2 - c·v2^2 = v1·v2 + c·v2 - c·v2^2.
    const FieldPolynomial r = p.translated(0, c);
    CHECK(r.terms().size() == 3);
    CHECK(r.coefficient({1, 1}) == one);
    CHECK(r.coefficient({0, 1}) == c);
    CHECK(r.coefficient({0, 2}) == -c);
}

TEST_CASE("FieldPolynomial: translated() in the cubic field Q(2^(1/3))", "[field_polynomial]") {
    const Field K = cbrt2_field();
    const FieldElement c = K->generator();
    const Polynomial x = Polynomial::variable(1, 0);
    // (v + c)^3 - 2 = v^3 + 3c·v^2 + 3c^2·v + c^3 - 2 = v^3 + 3c·v^2 + 3c^2·v.
    const FieldPolynomial q =
        FieldPolynomial::from_rational(K, x.pow(3) - Polynomial::constant(1, 2)).translated(0, c);
    CHECK(q.terms().size() == 3);
    CHECK(q.coefficient({3}) == K->element(Rational(1)));
    CHECK(q.coefficient({2}) == c.scaled(Rational(3)));
    CHECK(q.coefficient({1}) == (c * c).scaled(Rational(3)));
    CHECK(q.constant_term().is_zero());
}

TEST_CASE("FieldPolynomial: with_signs()", "[field_polynomial]") {
    const Field K = sqrt2_field();
    const FieldElement c = K->generator();
    const FieldElement one = K->element(Rational(1));

    // p = c·v1·v2^2 + v1^3 + 5·v2 - 7.
    FieldPolynomial p(K, 2);
    p.add_term({1, 2}, c);
    p.add_term({3, 0}, one);
    p.add_term({0, 1}, K->element(Rational(5)));
    p.add_term({0, 0}, K->element(Rational(-7)));

    // v1 -> -v1: odd powers of v1 change sign: -c·v1·v2^2 - v1^3 + 5·v2 - 7.
    const FieldPolynomial a = p.with_signs({-1, 1});
    CHECK(a.terms().size() == 4);
    CHECK(a.coefficient({1, 2}) == -c);
    CHECK(a.coefficient({3, 0}) == -one);
    CHECK(a.coefficient({0, 1}) == K->element(Rational(5)));
    CHECK(a.coefficient({0, 0}) == K->element(Rational(-7)));

    // v2 -> -v2: only the v2^1 term changes: c·v1·v2^2 + v1^3 - 5·v2 - 7.
    const FieldPolynomial b = p.with_signs({1, -1});
    CHECK(b.coefficient({1, 2}) == c);
    CHECK(b.coefficient({3, 0}) == one);
    CHECK(b.coefficient({0, 1}) == K->element(Rational(-5)));
    CHECK(b.coefficient({0, 0}) == K->element(Rational(-7)));

    // Both: -c·v1·v2^2 - v1^3 - 5·v2 - 7; all +1 leaves p; a sign flip twice is the identity.
    const FieldPolynomial both = p.with_signs({-1, -1});
    CHECK(both.coefficient({1, 2}) == -c);
    CHECK(both.coefficient({3, 0}) == -one);
    CHECK(both.coefficient({0, 1}) == K->element(Rational(-5)));
    CHECK(both.coefficient({0, 0}) == K->element(Rational(-7)));
    CHECK(p.with_signs({1, 1}) == p);
    CHECK(a.with_signs({-1, 1}) == p);
    CHECK_FALSE(a == p);
}
