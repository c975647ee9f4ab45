// Broken hand resolutions are reported as gaps, never as exact (docs/resolve.md): a missing
// chart, a leaf that is not normal crossing, a wrong translation point, an irrational point
// left out, a coordinate change that is not invertible, the boundary of the domain.
#include "resolve_test_helpers.hpp"

#include "slt/error.hpp"

#include <catch2/catch.hpp>

namespace {

using slt::Rational;
using slt::resolve::LeafStatus;
using slt::resolve::ResolutionCertainty;

void require_not_exact(const slt_test::ScriptRun& run) {
    REQUIRE_FALSE(run.result.complete);
    REQUIRE(run.result.certainty != ResolutionCertainty::exact);
    REQUIRE_FALSE(run.result.gaps.empty());
}

bool throws_input_error_containing(const std::string& text, const std::string& expected) {
    try {
        slt_test::run_script_text(text);
    } catch (const slt::InputError& error) {
        INFO(error.what());
        return std::string(error.what()).find(expected) != std::string::npos;
    }
    return false;
}

}  // namespace

TEST_CASE("a missing chart of a blow-up is a gap that names the chart", "[resolve][gaps]") {
    const auto run = slt_test::run_script_text(R"(
K: (x^2 - y^2)^2
blowup x, y
  chart x: y = x*y1
    translate y1 = 1 + u
    translate y1 = -1 + u
)");
    require_not_exact(run);
    CHECK(run.result.certainty == ResolutionCertainty::upper_bound);
    CHECK(slt_test::any_gap_contains(run.result, "chart y: x = y*x1"));
}

TEST_CASE("an even weight needs both sign charts", "[resolve][gaps]") {
    const auto run = slt_test::run_script_text(R"(
K: (x^2 - y^3)^2
blowup x, y weights 3, 2
  chart x: x = x1^3, y = x1^2*y1
    translate y1 = 1 + u
  chart y+: x = y1^3*x1, y = y1^2
    translate x1 = 1 + u
    translate x1 = -1 + u
)");
    require_not_exact(run);
    CHECK(slt_test::any_gap_contains(run.result, "chart y-"));
}

TEST_CASE("a leaf that is not normal crossing is a gap at the bad point", "[resolve][gaps]") {
    const auto run = slt_test::run_script_text(R"(
K: (x^2 - y^3)^2
blowup x, y
  chart x: y = x*y1
  chart y: x = y*x1
    leaf
)");
    require_not_exact(run);
    CHECK(slt_test::any_gap_contains(run.result, "vanishes at x1 = 0"));
    int bad = 0;
    for (const auto& leaf : run.result.leaves)
        bad += leaf.status == LeafStatus::not_normal_crossing;
    CHECK(bad == 1);
}

TEST_CASE("a wrong translation point leaves the true point uncovered", "[resolve][gaps]") {
    const auto run = slt_test::run_script_text(R"(
K: (x^2 - y^2)^2
blowup x, y
  chart x: y = x*y1
    translate y1 = 1/2 + u
    translate y1 = -1 + u
  chart y: x = y*x1
    translate x1 = 1 + u
    translate x1 = -1 + u
)");
    require_not_exact(run);
    CHECK(slt_test::any_gap_contains(run.result, "vanishes at y1 = 1 "));
}

TEST_CASE("an irrational bad point cannot be covered by a rational translate", "[resolve][gaps]") {
    // (x^2 - 2y^2)^2: the lines meet the exceptional curve at y1 = ±1/√2.
    const auto run = slt_test::run_script_text(R"(
K: (x^2 - 2*y^2)^2
blowup x, y
  chart x: y = x*y1
  chart y: x = y*x1
)");
    require_not_exact(run);
    CHECK(slt_test::any_gap_contains(run.result, "irrational"));
}

TEST_CASE("a coordinate change that is not invertible is a gap", "[resolve][gaps]") {
    // y = x*u is half of a blow-up: it misses the region |y| > |x|.
    const auto run = slt_test::run_script_text(R"(
K: x^2 + y^2
coords y = x*u
)");
    require_not_exact(run);
    CHECK(slt_test::any_gap_contains(run.result, "not shown invertible"));
    CHECK(run.result.certainty == ResolutionCertainty::incomplete);
}

TEST_CASE("the half-plane script does not prove the full neighbourhood", "[resolve][gaps]") {
    // ALGORITHMS.md §1.3: (w1 + w2^2)^2 is (3/4, 1) on w1 >= 0 but (1/2, 1) near 0; on the
    // full neighbourhood the chart w1- is missing and the ratio s reaches the zero s = -1.
    const std::string charts = R"(
blowup w1, w2 weights 2, 1
  chart w1+: w1 = w1^2, w2 = w1*t
  chart w2: w1 = w2^2*s
)";
    const auto half = slt_test::run_script_text("K: (w1 + w2^2)^2\northant: +, *\n" + charts);
    REQUIRE(half.result.certainty == ResolutionCertainty::exact);
    CHECK(half.result.lambda == Rational(3, 4));

    const auto full = slt_test::run_script_text("K: (w1 + w2^2)^2\n" + charts);
    require_not_exact(full);
    CHECK(slt_test::any_gap_contains(full.result, "chart w1-"));
    CHECK(slt_test::any_gap_contains(full.result, "vanishes at s = -1"));
}

TEST_CASE("scripts that cannot be applied are input errors with the line", "[resolve][errors]") {
    CHECK(throws_input_error_containing("K: x^2 + y^2\nblowup x, y\n  chart x: y = x^2*y1\n",
                                        "not a chart of its blow-up"));
    CHECK(throws_input_error_containing("K: x^2*y^2\ntranslate x = 1 + u\n", "translate"));
    CHECK(throws_input_error_containing(
        "K: x^2 + y^2\nblowup x, y\n  chart x: y = x*y1\n    blowup x, y1\n",
        "not a neighbourhood"));
    CHECK(throws_input_error_containing(
        "K: x^2 + y^2\nblowup x, y\n  chart x: y = x*y1\n    translate y1 = 2 + u\n",
        "outside the chart's range"));
    CHECK(throws_input_error_containing("K: x^2\nfoo: 1\n", "unknown header key"));
    CHECK(throws_input_error_containing("K: x^2 + y^2\nblowup x, y\n\tchart x: y = x*y1\n", "tab"));
    CHECK(throws_input_error_containing("K: x^2 + y^2\nchart x: y = x*y1\n", "outside a blow-up"));
    CHECK(
        throws_input_error_containing("K: x^2 + y^2\nblowup x, y\n  chart x: y = x*y1\n  "
                                      "chart x: y = x*y2\n",
                                      "given twice"));
    CHECK(
        throws_input_error_containing("K: x^2 + y^2\nblowup x, y\n  chart x: y = x*y1\n    "
                                      "leaf\n      leaf\n",
                                      "under 'leaf'"));
}
