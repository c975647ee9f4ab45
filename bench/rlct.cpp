// Speed of the exact engine on the published reference rows (issues #2 and #3).
//
// For every row with K or generators: the median wall time of compute_rlct over repeated runs,
// and, as a baseline measured in the same run, the median time of the bare Newton value by
// exact LP over the support (no hull, faces, charts or certificates); the engine's (λ, m)
// beside the published one. Targets: every row the engine settles as exact under 10 ms, every
// two-variable row under 100 ms, the whole set under 2 s on one core. The tanh network rows
// (with H = 2 from the same published formula) and the reduced-rank-regression rows are then
// listed with their certainty and, for an upper bound, why.
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
constexpr double kTwoVariableTargetMs = 100.0;

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
    std::string published;  // "λ, m"
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
            const std::string published =
                row["lambda"].get<std::string>() + ", " + std::to_string(row["m"].get<int>());
            rows.push_back(
                {row["id"].get<std::string>() + (ideal ? " ideal" : " K"), text, published});
        }
    }
    return rows;
}

// The tanh network with H = 2 hidden units, not in the table (which starts at H = 3): λ from
// the formula of Aoyagi and Watanabe (2005) cited there, (H + i² + i)/(4i + 2), i = ⌊√H⌋.
std::vector<Row> tanh_two_rows() {
    std::vector<Row> rows;
    for (bool ideal : {false, true}) {
        slt::ProblemText text;
        text.ideal = ideal;
        text.polynomial = ideal ? "a1*b1 + a2*b2, a1*b1^3 + a2*b2^3"
                                : "(a1*b1 + a2*b2)^2 + (a1*b1^3 + a2*b2^3)^2";
        text.vars = "a1,a2,b1,b2";
        rows.push_back({std::string("T02 ") + (ideal ? "ideal" : "K"), text, "2/3, 1"});
    }
    return rows;
}

std::string pair_text(const slt::RlctResult& result) {
    return result.lambda.to_string() + ", " + std::to_string(result.multiplicity);
}

// Why a result is only an upper bound: the first note that names an unresolved part.
std::string why(const slt::RlctResult& result) {
    for (const auto& note : result.notes) {
        if (note.rfind("not resolved", 0) == 0 || note.rfind("faces and charts", 0) == 0 ||
            note.rfind("resolution stopped", 0) == 0)
            return note.substr(0, 160);
    }
    return result.notes.empty() ? "" : result.notes.back().substr(0, 160);
}

bool reported_family(const std::string& id) {
    return id[0] == 'T' || id[0] == 'R';
}

}  // namespace

int main() {
    auto rows = reference_rows();
    for (auto& row : tanh_two_rows())
        rows.push_back(row);
    std::printf("%-12s %4s %-12s %-10s %-10s %10s %12s %8s\n", "row", "d", "certainty", "engine",
                "published", "engine ms", "Newton-LP ms", "ratio");

    double total_ms = 0, total_baseline_ms = 0, worst_exact_ms = 0, worst_two_ms = 0;
    std::string worst_exact_row, worst_two_row;
    std::vector<std::string> families;
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
        if (problem.vars.size() == 2 && engine_ms > worst_two_ms) {
            worst_two_ms = engine_ms;
            worst_two_row = row.id;
        }
        std::printf("%-12s %4zu %-12s %-10s %-10s %10.3f %12.3f %8.2f\n", row.id.c_str(),
                    problem.vars.size(), slt::to_string(result.certainty),
                    pair_text(result).c_str(), row.published.c_str(), engine_ms, baseline_ms,
                    baseline_ms > 0 ? engine_ms / baseline_ms : 0.0);
        if (reported_family(row.id)) {
            families.push_back(
                row.id + ": " + slt::to_string(result.certainty) + " " + pair_text(result) +
                " (published " + row.published + ")" +
                (result.certainty == slt::Certainty::exact ? "" : "\n      why: " + why(result)));
        }
    }

    std::printf("\ntanh networks and reduced rank regression:\n");
    for (const auto& line : families)
        std::printf("  %s\n", line.c_str());

    std::printf("\nrows: %zu\n", rows.size());
    std::printf("slowest two-variable row: %s, %.3f ms (target %.0f ms, ratio %.3f)\n",
                worst_two_row.c_str(), worst_two_ms, kTwoVariableTargetMs,
                worst_two_ms / kTwoVariableTargetMs);
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
