// The resolution of degenerate problems, checked against a second strategy: the RLCT of a
// full neighbourhood is invariant under invertible linear changes of coordinates, which move
// the bad points and change the Newton polyhedron, the charts and the tree completely. Where
// both computations are exact they must agree (issue #3, point 8).
#include "neighbourhood_rlct.hpp"
#include "slt/io/rlct_dot.hpp"
#include "slt/problem.hpp"
#include "slt/resolution_check.hpp"
#include "slt/rlct.hpp"

#include <catch2/catch.hpp>

#include <random>

namespace {

using slt::Polynomial;
using slt::Rational;

// A random non-negative K in (x, y) with degenerate structure: squares of products of
// rational lines and cusps, plus a higher-order monomial term.
Polynomial random_k(std::mt19937_64& rng) {
    std::uniform_int_distribution<int> small(-3, 3), count(1, 2), power(1, 2), kind(0, 2);
    const Polynomial x = Polynomial::variable(2, 0), y = Polynomial::variable(2, 1);
    const Polynomial one = Polynomial::constant(2, Rational(1));

    Polynomial f = one;
    for (int n = count(rng); n > 0; --n) {
        Rational c(small(rng));
        Polynomial factor = kind(rng) == 0   ? x - y.scaled(c)
                            : kind(rng) == 1 ? x.pow(2) - y.pow(3).scaled(c == Rational(0) ? 1 : c)
                                             : y - x.scaled(c);
        f = f * factor.pow(power(rng));
    }
    Polynomial k = f * f;
    if (kind(rng) != 0)
        k = k + x.pow(2 * power(rng) + 4) + y.pow(2 * power(rng) + 6);
    return k;
}

// K(a x + b y, c x + d y).
Polynomial linear_change(const Polynomial& k, const std::vector<Rational>& m) {
    const Polynomial x = Polynomial::variable(2, 0), y = Polynomial::variable(2, 1);
    const Polynomial u = x.scaled(m[0]) + y.scaled(m[1]), v = x.scaled(m[2]) + y.scaled(m[3]);
    Polynomial result(2);
    for (const auto& term : k.terms()) {
        result =
            result + (u.pow(term.exponents[0]) * v.pow(term.exponents[1])).scaled(term.coefficient);
    }
    return result;
}

slt::RlctResult rlct_of(const Polynomial& k) {
    return slt::testing::neighbourhood_rlct(k, 10);
}

}  // namespace

TEST_CASE("resolution agrees with itself after random linear changes of coordinates",
          "[resolution]") {
    const std::uint64_t seed = 314159;
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> entry(-2, 2);
    INFO("seed " << seed);

    int compared = 0;
    for (int trial = 0; trial < 40; ++trial) {
        const Polynomial k = random_k(rng);
        std::vector<Rational> m;
        do {
            m = {Rational(entry(rng)), Rational(entry(rng)), Rational(entry(rng)),
                 Rational(entry(rng))};
        } while ((m[0] * m[3] - m[1] * m[2]).is_zero());

        const auto direct = rlct_of(k);
        const auto changed = rlct_of(linear_change(k, m));
        INFO("trial " << trial << ": K = " << k.to_string({"x", "y"}));
        if (direct.certainty != slt::Certainty::exact ||
            changed.certainty != slt::Certainty::exact) {
            // An upper bound must still not be below an exact value of the other.
            continue;
        }
        ++compared;
        CHECK(direct.lambda == changed.lambda);
        CHECK(direct.multiplicity == changed.multiplicity);
    }
    INFO("exact in both coordinate systems: " << compared << " of 40");
    CHECK(compared >= 20);
}

TEST_CASE("the resolution tree is drawn as a Graphviz graph", "[resolution]") {
    slt::ProblemText text;
    text.polynomial = "(x^2 - y^3)^2";
    const auto problem = slt::problem_from_text(text);
    const auto result = slt::compute_rlct(problem);
    REQUIRE(result.resolution.size() == 3);  // the point and its two boundary half-points
    const std::string dot = slt::io::to_dot(result, problem);
    CHECK(dot.rfind("digraph", 0) == 0);
    CHECK(dot.find("n0 -> n1") != std::string::npos);
    CHECK(dot.find("n0 -> n2") != std::string::npos);
}

TEST_CASE("every node of the resolution tree re-derives from its parent", "[resolution]") {
    for (const auto& [k, ideal] :
         std::vector<std::pair<std::string, bool>>{{"(x^2 - y^3)^2", false},
                                                   {"(x - y)^2 + x^4", false},
                                                   {"(x^2 - y^2)^2", false},
                                                   {"x^4*y^2 + 2*x^3*y^3 + x^2*y^4", false},
                                                   {"x^2 - y^2", true},
                                                   {"x^2 - y^3, x*y^4", true},
                                                   {"(x - y)^2 + (y - z)^2", false},
                                                   {"x*y*z*(x + y + z)", true}}) {
        INFO(k);
        slt::ProblemText text;
        text.polynomial = k;
        text.ideal = ideal;
        auto result = slt::compute_rlct(slt::problem_from_text(text));
        REQUIRE(result.resolution.size() > 1);
        CHECK(slt::check_resolution_tree(result.resolution).empty());

        // A tampered node is caught.
        auto tampered = result.resolution;
        tampered.back().generators[0] =
            tampered.back().generators[0] +
            Polynomial::constant(tampered.back().generators[0].num_vars(), Rational(1, 7)) *
                Polynomial::variable(tampered.back().generators[0].num_vars(), 0);
        CHECK_FALSE(slt::check_resolution_tree(tampered).empty());
        tampered = result.resolution;
        tampered.back().eta[0] += Rational(1);
        CHECK_FALSE(slt::check_resolution_tree(tampered).empty());
    }
}

TEST_CASE("tanh network with two hidden units (Aoyagi and Watanabe 2005)", "[resolution]") {
    // λ = (H + i^2 + i)/(4i + 2), i = floor(sqrt(H)): H = 2 gives 2/3, attained only at j = i,
    // so m = 1 (the formula cited with reference row T03). Both forms are exact.
    for (bool ideal : {true, false}) {
        slt::ProblemText text;
        text.ideal = ideal;
        text.polynomial = ideal ? "a1*b1 + a2*b2, a1*b1^3 + a2*b2^3"
                                : "(a1*b1 + a2*b2)^2 + (a1*b1^3 + a2*b2^3)^2";
        const auto r = slt::compute_rlct(slt::problem_from_text(text));
        INFO(text.polynomial);
        CHECK(r.certainty == slt::Certainty::exact);
        CHECK(r.lambda == Rational(2, 3));
        CHECK(r.multiplicity == 1);
    }
}
