// The independent recheck of leaves (ALGORITHMS.md §4.5) and the polynomial-map algebra it
// is built on (ALGORITHMS.md §3.3 chart formulas).
#include "resolve_test_helpers.hpp"

#include "slt/parser.hpp"
#include "slt/resolve/leaf_recheck.hpp"
#include "slt/resolve/polynomial_map.hpp"

#include <catch2/catch.hpp>

namespace {

using slt::Polynomial;
using slt::Rational;

std::vector<Polynomial> parse(const std::string& text, const std::vector<std::string>& vars) {
    return slt::parse_polynomials(text, vars, true, "test").polynomials;
}

}  // namespace

TEST_CASE("the Jacobian of a toric chart is det(A) times a monomial", "[resolve][maps]") {
    // ALGORITHMS.md §3.3: det(∂w/∂v) = det A · Π v_j^{|a_j| - 1}; rays (1, 0) and (3, 2).
    const auto chart = parse("v1*v2^3, v2^2", {"v1", "v2"});
    const Polynomial det = slt::resolve::jacobian_determinant(chart);
    CHECK(det == parse("2*v2^4", {"v1", "v2"})[0]);

    const auto k = parse("(x^2 - y^3)^2", {"x", "y"})[0];
    const auto factor = slt::resolve::monomial_factor(slt::resolve::substitute(k, chart));
    CHECK(factor.exponents == slt::ExpVec{0, 12});
    CHECK(factor.cofactor == parse("(v1^2 - 1)^2", {"v1", "v2"})[0]);
}

TEST_CASE("substitution composes: (f∘g)∘h = f∘(g∘h)", "[resolve][maps]") {
    const std::vector<std::string> vars = {"a", "b"};
    const auto f = parse("a^3 - 2*a*b + b^2 + 1/3", vars)[0];
    const auto g = parse("a + b^2, a*b - 1", vars);
    const auto h = parse("2*a - b, a^2", vars);
    std::vector<Polynomial> g_of_h;
    for (const auto& image : g)
        g_of_h.push_back(slt::resolve::substitute(image, h));
    using slt::resolve::substitute;
    CHECK(substitute(substitute(f, g), h) == substitute(f, g_of_h));
}

TEST_CASE("every leaf of a script re-derives from the composed map", "[resolve][recheck]") {
    const auto run = slt_test::run_script_file(std::string(SLT_EXAMPLES_DIR) +
                                               "/resolutions/cusp_point_blowups.charts");
    REQUIRE(run.result.leaves.size() == 8);
    for (const auto& leaf : run.result.leaves) {
        INFO(leaf.path);
        CHECK(slt::resolve::recheck_leaf(run.result.problem, leaf).agrees);
    }
}

TEST_CASE("the recheck catches a leaf whose data were altered", "[resolve][recheck]") {
    const auto run = slt_test::run_script_file(std::string(SLT_EXAMPLES_DIR) +
                                               "/resolutions/x2_minus_y2_squared.charts");
    const auto& problem = run.result.problem;
    const auto& leaf = run.result.leaves.at(1);  // chart x at y1 = 1
    REQUIRE(slt::resolve::recheck_leaf(problem, leaf).agrees);

    auto wrong_kappa = leaf;
    wrong_kappa.kappa[1] += 2;
    CHECK_FALSE(slt::resolve::recheck_leaf(problem, wrong_kappa).agrees);

    auto wrong_eta = leaf;
    wrong_eta.eta[0] += Rational(1);
    CHECK_FALSE(slt::resolve::recheck_leaf(problem, wrong_eta).agrees);

    // A translation to the wrong point changes the composed map and K∘g.
    auto wrong_point = leaf;
    auto& images = wrong_point.chain.back().images;
    images[1] = images[1] + Polynomial::constant(2, Rational(1, 2));
    CHECK_FALSE(slt::resolve::recheck_leaf(problem, wrong_point).agrees);
}

TEST_CASE("priors pull back through the composed map", "[resolve][recheck]") {
    // K = x^2 + y^2 with prior |x|^(1/2): chart y has eta = (1/2, 1 + 1/2).
    const auto run = slt_test::run_script_text(R"(
K: x^2 + y^2
prior: 1/2, 0
blowup x, y
  chart x: y = x*y1
  chart y: x = y*x1
)");
    REQUIRE(run.result.certainty == slt::resolve::ResolutionCertainty::exact);
    // chart x: eta_x = 1 + 1/2, rho = 5/4; chart y: eta = (1/2, 3/2), rho_y = 5/4.
    CHECK(run.result.lambda == Rational(5, 4));
    CHECK(run.result.multiplicity == 1);
    const auto& chart_y = run.result.leaves.at(1);
    CHECK(chart_y.eta == std::vector<Rational>{Rational(1, 2), Rational(3, 2)});
    CHECK(slt::resolve::recheck_leaf(run.result.problem, chart_y).agrees);
}

TEST_CASE("a ratio whose hyperplane is translated away does not count", "[resolve][leaves]") {
    // Cusp, second blow-up, chart x1: K = x1^6 y2^4 (x1 - y2)^2 with y2 in [-1, 1]; the
    // only point of {y2 = 0} on the core is translated to, so ρ_y2 = 1/2 belongs to the child.
    const auto run = slt_test::run_script_file(std::string(SLT_EXAMPLES_DIR) +
                                               "/resolutions/cusp_point_blowups.charts");
    bool found = false;
    for (const auto& leaf : run.result.leaves) {
        if (leaf.path != "y / x1=0 / x1")
            continue;
        found = true;
        CHECK(leaf.kappa == std::vector<std::int64_t>{6, 4});
        CHECK(leaf.attained == std::vector<bool>{true, false});
        REQUIRE(leaf.pair().has_value());
        CHECK(leaf.pair()->second == 1);
    }
    CHECK(found);
}
