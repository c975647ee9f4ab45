// Polynomial arithmetic checked by evaluation: a translation is right when it agrees with the
// original polynomial at shifted points (exact rational arithmetic, seeded random data).
#include "slt/polynomial.hpp"
#include "slt/error.hpp"

#include <catch2/catch.hpp>

#include <random>

using slt::Polynomial;
using slt::Rational;

TEST_CASE("a translated polynomial agrees with the original at shifted points", "[polynomial]") {
    std::mt19937_64 rng(8128);
    std::uniform_int_distribution<int> small(-4, 4), exponent(0, 6), count(1, 8);
    for (int trial = 0; trial < 50; ++trial) {
        const int d = 1 + trial % 3;
        std::vector<slt::Term> terms;
        for (int n = count(rng); n > 0; --n) {
            slt::ExpVec e(d);
            for (auto& x : e)
                x = exponent(rng);
            terms.push_back({e, Rational(small(rng), 1 + (trial % 5))});
        }
        const Polynomial p = Polynomial::from_terms(d, terms);
        std::vector<Rational> shift(d), x(d), shifted_x(d);
        for (int i = 0; i < d; ++i) {
            shift[i] = i == 1 ? Rational(0) : Rational(small(rng), 3);
            x[i] = Rational(small(rng), 7);
            shifted_x[i] = x[i] + shift[i];
        }
        INFO("trial " << trial);
        CHECK(p.translated(shift).evaluate(x) == p.evaluate(shifted_x));
    }
}

TEST_CASE("a translation too large to hold is a LimitExceeded, not a long wait", "[polynomial]") {
    // x^60 y^60 z^60 is one term; shifted in every coordinate it has 61^3 = 226981.
    const Polynomial big = Polynomial::monomial({60, 60, 60}, Rational(1));
    CHECK_THROWS_AS(big.translated({Rational(1, 3), Rational(2, 5), Rational(3, 7)}),
                    slt::LimitExceeded);
}
