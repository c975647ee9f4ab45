// The textbook hand resolutions under examples/resolutions/ verify exactly, with the values of
// the reference table (tests/data/reference_rlcts.json rows C01, C02, C04) and ALGORITHMS.md
// §4.7, and every leaf survives the independent recheck.
#include "resolve_test_helpers.hpp"

#include "slt/resolve/leaf_recheck.hpp"
#include "slt/resolve/resolution_report.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace {

using slt::Rational;
using slt::resolve::ResolutionCertainty;

const std::string kResolutions = std::string(SLT_EXAMPLES_DIR) + "/resolutions/";

nlohmann::json reference_row(const std::string& id) {
    std::ifstream file(std::string(SLT_TEST_DATA_DIR) + "/reference_rlcts.json");
    const auto rows = nlohmann::json::parse(file);
    for (const auto& row : rows) {
        if (row.at("id") == id)
            return row;
    }
    FAIL("no reference row " << id);
    return {};
}

void require_exact(const slt_test::ScriptRun& run, const Rational& lambda, int m) {
    INFO(run.script.source);
    for (const auto& gap : run.result.gaps)
        INFO("gap: " << gap.path << ": " << gap.what);
    REQUIRE(run.result.complete);
    REQUIRE(run.result.certainty == ResolutionCertainty::exact);
    CHECK(run.result.lambda == lambda);
    CHECK(run.result.multiplicity == m);
}

}  // namespace

TEST_CASE("every chart script in examples/resolutions proves its published value",
          "[resolve][examples]") {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kResolutions)) {
        if (entry.path().extension() != ".charts")
            continue;
        INFO(entry.path().string());
        const auto run = slt_test::run_script_file(entry.path().string());
        REQUIRE(run.script.published_lambda.has_value());
        require_exact(run, *run.script.published_lambda, run.script.published_multiplicity);
        REQUIRE(slt::resolve::published_agreement(run.result, run.script) == "agrees");
        for (const auto& leaf : run.result.leaves) {
            INFO(leaf.path);
            const auto recheck = slt::resolve::recheck_leaf(run.result.problem, leaf);
            CHECK(recheck.agrees);
        }
        ++count;
    }
    REQUIRE(count >= 3);
}

TEST_CASE("the scripts agree with the reference table", "[resolve][examples]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"C01", "x2_minus_y2_squared.charts"},
        {"C02", "x_minus_y_squared.charts"},
        {"C04", "cusp_point_blowups.charts"},
        {"C04", "cusp_weighted.charts"},
    };
    for (const auto& [id, file] : cases) {
        INFO(id << " " << file);
        const auto row = reference_row(id);
        const auto run = slt_test::run_script_file(kResolutions + file);
        require_exact(run, Rational::from_string(row.at("lambda").get<std::string>(), id),
                      row.at("m").get<int>());
    }
}

TEST_CASE("the worked examples of ALGORITHMS.md §4.7 by hand", "[resolve][examples]") {
    // §4.7 ex. 1: (x - y)^2 + x^4 is (3/4, 1), not the block-rule 1/2 (§4.4).
    require_exact(slt_test::run_script_file(kResolutions + "x_minus_y_squared_plus_x4.charts"),
                  Rational(3, 4), 1);
    // §4.7 ex. 2: (x^2 - y^2)^2 is (1/2, 2); the Newton value (1/2, 1) only bounds it.
    require_exact(slt_test::run_script_file(kResolutions + "x2_minus_y2_squared.charts"),
                  Rational(1, 2), 2);
    // §4.7 ex. 4: the cusp, by the weighted chart and by three point blow-ups.
    require_exact(slt_test::run_script_file(kResolutions + "cusp_point_blowups.charts"),
                  Rational(5, 12), 1);
}

TEST_CASE("the cusp's third exceptional curve carries rho = 5/12", "[resolve][examples]") {
    // E3: multiplicity 12 of K and Jacobian exponent 4 (classical discrepancy of the cusp).
    const auto run = slt_test::run_script_file(kResolutions + "cusp_point_blowups.charts");
    int on_e3 = 0;
    for (const auto& leaf : run.result.leaves) {
        for (std::size_t j = 0; j < leaf.kappa.size(); ++j) {
            if (leaf.kappa[j] == 12) {
                CHECK(leaf.eta[j] == Rational(4));
                ++on_e3;
            }
        }
    }
    CHECK(on_e3 == 4);
}
