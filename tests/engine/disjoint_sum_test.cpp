// Sums in disjoint variables (ALGORITHMS.md §1.4, Lin Prop 3.7): λ = Σ λ_i, m = Σ m_i − (k − 1).
// The parts' values are hand-derived in field_resolution_test.cpp or are monomials.
#include "slt/disjoint_sum.hpp"
#include "slt/problem.hpp"
#include "slt/rlct.hpp"

#include <catch2/catch.hpp>

namespace {

using slt::Rational;

slt::RlctResult rlct_of(const std::string& k, bool ideal = false, const std::string& prior = "",
                        const std::string& orthant = "") {
    slt::ProblemText text;
    text.polynomial = k;
    text.ideal = ideal;
    text.vars = "x,y,z";
    text.prior = prior;
    text.orthant = orthant;
    return slt::compute_rlct(slt::problem_from_text(text));
}

}  // namespace

TEST_CASE("the groups of coordinates that no term links", "[disjoint_sum]") {
    slt::ProblemText text;
    text.polynomial = "x^2*y^2 + z^4 + x^3";
    text.vars = "x,y,z,w";
    auto problem = slt::problem_from_text(text);
    CHECK(slt::disjoint_variable_groups(problem) == std::vector<std::vector<int>>{{0, 1}, {2}});

    // In the ideal form a generator links all its coordinates, even across terms.
    text.polynomial = "x + z, y";
    text.ideal = true;
    problem = slt::problem_from_text(text);
    CHECK(slt::disjoint_variable_groups(problem) == std::vector<std::vector<int>>{{0, 2}, {1}});

    const auto part = slt::restricted_to(problem, {0, 2});
    CHECK(part.vars == std::vector<std::string>{"x", "z"});
    REQUIRE(part.generators.size() == 1);
    CHECK(part.generators.front().to_string(part.vars) == "x + z");
}

// ((x² − 2y²)² − y⁵)² has (1/4, 2) (field_resolution_test.cpp); z² has (1/2, 1), z⁴ (1/4, 1),
// and z² with prior |z|¹ has τ_z / 2 = 1.
TEST_CASE("a two-variable part with irrational bad points plus a separate coordinate",
          "[disjoint_sum]") {
    const std::string f = "((x^2-2*y^2)^2 - y^5)^2";
    struct Case {
        std::string k;
        std::string prior;
        std::string orthant;
        Rational lambda;
        int multiplicity;
    };
    for (const auto& c : std::vector<Case>{{f + " + z^2", "", "", Rational(3, 4), 2},
                                           {f + " + z^4", "", "", Rational(1, 2), 2},
                                           {f + " + z^2", "0,0,1", "", Rational(5, 4), 2},
                                           {f + " + z^2", "", "*,*,+", Rational(3, 4), 2}}) {
        INFO(c.k << " prior " << c.prior << " orthant " << c.orthant);
        const auto result = rlct_of(c.k, false, c.prior, c.orthant);
        REQUIRE(result.certainty == slt::Certainty::exact);
        CHECK(result.lambda == c.lambda);
        CHECK(result.multiplicity == c.multiplicity);
        CHECK(result.parts.size() == 2);
    }
}

// <x² + y² − z², x³> is an upper bound by itself (true (2/3, 2), engine.md); with a separate
// w² the sum stays an upper bound, not below (2/3 + 1/2, 2).
TEST_CASE("a part that is only bounded keeps the sum a bound", "[disjoint_sum]") {
    slt::ProblemText text;
    text.polynomial = "x^2 + y^2 - z^2, x^3, w";
    text.ideal = true;
    const auto result = slt::compute_rlct(slt::problem_from_text(text));
    if (result.certainty == slt::Certainty::exact) {
        CHECK(result.lambda == Rational(7, 6));
        CHECK(result.multiplicity == 2);
    } else {
        CHECK_FALSE(slt::pair_less(result.lambda, result.multiplicity, Rational(7, 6), 2));
    }
}
