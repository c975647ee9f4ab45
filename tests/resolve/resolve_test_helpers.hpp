// Shared helpers of the hand-resolution tests: run a chart script given as text or as a file.
#pragma once

#include "slt/resolve/chart_script.hpp"
#include "slt/resolve/hand_resolution.hpp"
#include "slt/resolve/script_problem.hpp"

#include <string>

namespace slt_test {

struct ScriptRun {
    slt::resolve::ChartScript script;
    slt::resolve::HandResolution result;
};

inline ScriptRun run_script_file(const std::string& path) {
    ScriptRun run;
    run.script = slt::resolve::read_chart_script(path);
    const slt::Problem problem = slt::resolve::problem_of_script(run.script);
    run.result = slt::resolve::verify_hand_resolution(problem, run.script.steps, path);
    return run;
}

inline ScriptRun run_script_text(const std::string& text) {
    ScriptRun run;
    run.script = slt::resolve::parse_chart_script(text, "test.charts");
    const slt::Problem problem = slt::resolve::problem_of_script(run.script);
    run.result = slt::resolve::verify_hand_resolution(problem, run.script.steps, "test.charts");
    return run;
}

inline bool any_gap_contains(const slt::resolve::HandResolution& result, const std::string& text) {
    for (const auto& gap : result.gaps) {
        if (gap.what.find(text) != std::string::npos)
            return true;
    }
    return false;
}

}  // namespace slt_test
