// The problem a chart script resolves: inline (K:, ideal:, vars:, ...) or a problem file
// (problem: FILE.toml, relative to the script), whose published value the script inherits
// when it gives none (docs/resolve.md).
#pragma once

#include "slt/problem.hpp"
#include "slt/resolve/chart_script.hpp"

namespace slt::resolve {

// Parses the script's problem. With `problem:`, the file's keys are read and the script's
// inline vars/prior/at/orthant override them. Throws InputError naming the script or the file.
Problem problem_of_script(ChartScript& script);

}  // namespace slt::resolve
