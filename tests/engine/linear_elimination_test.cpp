// Elimination of coordinates in which a generator is linear with a unit coefficient
// (linear_elimination.hpp), with values derived by hand and from published formulas.
#include "slt/problem.hpp"
#include "slt/resolution_check.hpp"
#include "slt/rlct.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

using slt::Rational;

slt::RlctResult ideal_rlct(const std::string& generators, const std::string& prior = "") {
    slt::ProblemText text;
    text.polynomial = generators;
    text.ideal = true;
    text.prior = prior;
    return slt::compute_rlct(slt::problem_from_text(text));
}

bool has_elimination(const slt::RlctResult& r) {
    return std::any_of(r.resolution.begin(), r.resolution.end(),
                       [](const slt::ResolutionNode& node) { return node.eliminated >= 0; });
}

}  // namespace

TEST_CASE("a generator linear in a coordinate becomes that coordinate", "[elimination]") {
    // x' = x + y^2 turns K = (x + y^2)^2 + y^6 into x'^2 + y^6: 1/2 + 1/6 in separate
    // coordinates (the poles of a sum in separate variables add).
    const auto r = ideal_rlct("x + y^2, y^3");
    CHECK(r.certainty == slt::Certainty::exact);
    CHECK(r.lambda == Rational(2, 3));
    CHECK(r.multiplicity == 1);
    CHECK(has_elimination(r));
    CHECK(slt::check_resolution_tree(r.resolution).empty());
}

TEST_CASE("an elimination node is re-derived by the tree checker", "[elimination]") {
    auto r = ideal_rlct("x*(1 + z) + y^2, y^3 + x*z, z^2");
    REQUIRE(has_elimination(r));
    CHECK(slt::check_resolution_tree(r.resolution).empty());

    auto tampered = r.resolution;
    for (auto& node : tampered) {
        if (node.eliminated >= 0) {
            node.generators[0] = node.generators[0] + node.generators[0];
            node.generators[0] =
                node.generators[0] + slt::Polynomial::variable(node.generators[0].num_vars(), 0);
        }
    }
    CHECK_FALSE(slt::check_resolution_tree(tampered).empty());
}

TEST_CASE("a coordinate with a prior exponent is not eliminated", "[elimination]") {
    // With |x|^1 in the prior, y = x + y^2 is no longer a coordinate change that keeps the
    // prior monomial, so the elimination must not be used.
    const auto r = ideal_rlct("x + y^2, y^3", "1,0");
    CHECK_FALSE(has_elimination(r));
}
