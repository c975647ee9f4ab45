// Chart scripts: a hand resolution written the way a person writes one (docs/resolve.md).
//
//   # The cusp K = (x^2 - y^3)^2 by three point blow-ups
//   K: (x^2 - y^3)^2              # or  ideal: f1, f2   or  problem: ../file.toml
//   vars: x, y                    # optional; also  prior: 0, 0   at: 0, 0   orthant: *, *
//   published: 5/12, 1            # optional: the value the script should prove
//   blowup x, y                   # blow up {x = y = 0}; "weights 3, 2" for a weighted one
//     chart x: y = x*y1           # one line per chart: the substitution, other coords kept
//     chart y: x = y*x1
//       translate x1 = 0 + x1     # a point of the exceptional line, as a new origin
//         blowup x1, y
//           ...
//   coords y = x - u              # an invertible change of coordinates at the origin
//   leaf                          # optional: says "this chart is meant to be a leaf"
//
// Lines are indented with spaces; a step's children are the lines indented under it. `#`
// starts a comment. This file only parses; hand_resolution.hpp checks the mathematics.
#pragma once

#include "slt/problem.hpp"
#include "slt/rational.hpp"

#include <optional>
#include <string>
#include <vector>

namespace slt::resolve {

enum class StepKind { blowup, chart, coords, translate, leaf };

// One "w = expression" of a chart, coords or translate line, as text; the expression is in
// the new coordinates and is parsed when the step is applied.
struct Substitution {
    std::string variable;
    std::string expression;
};

struct ScriptStep {
    StepKind kind = StepKind::leaf;
    int line = 0;                             // 1-based line in the script
    std::string label;                        // chart label ("x", "y+"); empty otherwise
    std::vector<std::string> centre;          // blowup: the coordinates set to 0
    std::vector<std::int64_t> weights;        // blowup: one per centre coordinate (1 if not given)
    std::vector<Substitution> substitutions;  // chart, coords, translate
    std::vector<ScriptStep> children;
};

struct ChartScript {
    std::string source;        // file name, for messages
    std::string problem_file;  // `problem:` as written (relative to the script), or ""
    ProblemText problem;       // inline K/ideal/vars/prior/at/orthant
    std::optional<Rational> published_lambda;
    int published_multiplicity = 0;
    std::string published_source;   // `source:`, free text
    std::vector<ScriptStep> steps;  // the operations on the root chart
};

// Parses a chart script. Throws InputError naming `source` and the line on a bad header key,
// a line that is not a step, bad indentation (tabs, a child of `leaf`, a `chart` outside a
// `blowup`), or a malformed substitution.
ChartScript parse_chart_script(const std::string& text, const std::string& source);

// Reads the file and parses it. Throws InputError if the file cannot be read.
ChartScript read_chart_script(const std::string& path);

const char* to_string(StepKind kind);

}  // namespace slt::resolve
