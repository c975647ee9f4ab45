// The human-readable report of an RLCT result: what `slt rlct` prints by default.
#pragma once

#include "slt/problem.hpp"
#include "slt/rlct.hpp"

#include <string>

namespace slt::io {

// λ as p/q, m, the certainty in words, the form and the deciding facets; with `verbose`
// also the table of face checks and the table of charts. Ends with a newline.
std::string to_report(const RlctResult& result, const Problem& problem, bool verbose);

// "exact (certified: ...)" or "upper bound: <notes>"; one line, for tables and reports.
std::string certainty_in_words(const RlctResult& result);

}  // namespace slt::io
