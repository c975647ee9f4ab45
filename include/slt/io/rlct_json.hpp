// The JSON form of an RLCT result: what `slt rlct --json` prints (docs/cli.md lists the keys).
//
// Exact values are strings "p/q" (never floats), so that a reader can parse them exactly;
// an infinite λ (K does not vanish at the point) is the string "inf".
#pragma once

#include "slt/problem.hpp"
#include "slt/rlct.hpp"

#include <nlohmann/json.hpp>

namespace slt::io {

// One JSON object: lambda, multiplicity, certainty, form, (ideal_threshold), vars,
// prior_exponents, point, orthant, polynomials, certificate {tau, tau_distance,
// active_facets, faces, charts}, notes.
nlohmann::json to_json(const RlctResult& result, const Problem& problem);

}  // namespace slt::io
