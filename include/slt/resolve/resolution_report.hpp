// What `slt resolve` prints: the table of leaves, the gaps, the verdict and (λ, m), as text
// or as JSON (docs/resolve.md lists the keys).
#pragma once

#include "slt/resolve/chart_script.hpp"
#include "slt/resolve/hand_resolution.hpp"
#include "slt/resolve/leaf_recheck.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace slt::resolve {

// One recheck per leaf (same order), or empty when none was run. With `verbose`, each leaf's
// ranges, pulled-back K and how its unit was checked. Ends with a newline.
std::string to_report(const HandResolution& result, const ChartScript& script,
                      const std::vector<LeafRecheck>& rechecks, bool verbose);

// Exact values as strings "p/q"; ρ_j = null where κ_j = 0; λ "inf" when K does not vanish.
nlohmann::json to_json(const HandResolution& result, const ChartScript& script,
                       const std::vector<LeafRecheck>& rechecks);

// "agrees", "differs" or "" (no published value, or no (λ, m)): the script's published value
// against the result, compared only when the result is exact.
std::string published_agreement(const HandResolution& result, const ChartScript& script);

}  // namespace slt::resolve
