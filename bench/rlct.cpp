// Speed of the exact engine on the published reference rows (issue #2, point 10).
//
// For every row with K or generators: the median wall time of compute_rlct over repeated runs,
// and, as a baseline measured in the same run, the median time of the bare Newton value by
// exact LP over the support (no hull, faces, charts or certificates). Targets: every row the
// engine settles as exact under 10 ms, the whole set under 2 s on one core.
#include "slt/rlct.hpp"
#include "slt/tau_distance.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr double kExactRowTargetMs = 10.0;
constexpr double kWholeSetTargetMs = 2000.0;

std::string join(const json& list) {
    std::string text;
    for (const auto& item : list) {
        text +=
            (text.empty() ? "" : ",") + (item.is_string() ? item.get<std::string>() : item.dump());
    }
    return text;
}

// Median of `repeats` timings in milliseconds.
double median_ms(const std::function<void()>& work, int repeats) {
    std::vector<double> times;
    for (int r = 0; r < repeats; ++r) {
        auto start = Clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct Row {
    std::string id;
    slt::ProblemText text;
};

std::vector<Row> reference_rows() {
    std::ifstream in(std::string(SLT_TEST_DATA_DIR) + "/reference_rlcts.json");
    std::vector<Row> rows;
    for (const auto& row : json::parse(in)) {
        for (bool ideal : {false, true}) {
            const json& source = ideal ? row["generators"] : row["K"];
            if (ideal ? !source.is_array() || source.empty() : !source.is_string())
                continue;
            if (!ideal && (source.get<std::string>().empty() || row["vars"].size() > 12))
                continue;
            slt::ProblemText text;
            text.ideal = ideal;
            text.polynomial = ideal ? join(source) : source.get<std::string>();
            text.vars = join(row["vars"]);
            if (row.contains("prior_exponents"))
                text.prior = join(row["prior_exponents"]);
            if (row.contains("orthant"))
                text.orthant = row["orthant"].get<std::string>();
            rows.push_back({row["id"].get<std::string>() + (ideal ? " ideal" : " K"), text});
        }
    }
    return rows;
}

}  // namespace

int main() {
    const auto rows = reference_rows();
    std::printf("%-12s %4s %-12s %10s %12s %8s\n", "row", "d", "certainty", "engine ms",
                "Newton-LP ms", "ratio");

    double total_ms = 0, total_baseline_ms = 0, worst_exact_ms = 0;
    std::string worst_exact_row;
    for (const auto& row : rows) {
        const auto problem = slt::problem_from_text(row.text);
        slt::RlctResult result;
        const int repeats = problem.vars.size() > 20 ? 1 : 5;
        const double engine_ms = median_ms([&] { result = slt::compute_rlct(problem); }, repeats);

        std::vector<slt::ExpVec> support;
        for (const auto& f : problem.generators) {
            for (const auto& term : f.terms())
                support.push_back(term.exponents);
        }
        std::vector<slt::Rational> tau(problem.vars.size(), slt::Rational(1));
        const double baseline_ms =
            problem.vars.size() > 64
                ? 0.0
                : median_ms([&] { slt::tau_distance_by_lp(support, tau, false); }, repeats);

        total_ms += engine_ms;
        total_baseline_ms += baseline_ms;
        if (result.certainty == slt::Certainty::exact && engine_ms > worst_exact_ms) {
            worst_exact_ms = engine_ms;
            worst_exact_row = row.id;
        }
        std::printf("%-12s %4zu %-12s %10.3f %12.3f %8.2f\n", row.id.c_str(), problem.vars.size(),
                    slt::to_string(result.certainty), engine_ms, baseline_ms,
                    baseline_ms > 0 ? engine_ms / baseline_ms : 0.0);
    }

    std::printf("\nrows: %zu\n", rows.size());
    std::printf("slowest exact row: %s, %.3f ms (target %.0f ms, ratio %.3f)\n",
                worst_exact_row.c_str(), worst_exact_ms, kExactRowTargetMs,
                worst_exact_ms / kExactRowTargetMs);
    std::printf(
        "whole set: %.1f ms (target %.0f ms, ratio %.3f); bare Newton LP baseline %.1f ms "
        "(engine/baseline %.2f)\n",
        total_ms, kWholeSetTargetMs, total_ms / kWholeSetTargetMs, total_baseline_ms,
        total_ms / total_baseline_ms);
    return 0;
}
