// The charts of a (weighted) blow-up along a coordinate subspace, and their regions
// (ALGORITHMS.md §4.3; docs/resolve.md).
//
// Blowing up {w_S = 0} with weights ω, chart i (i in S) with sign s reads
//   w_i = s·v_i^{ω_i},  w_j = v_i^{ω_j} v_j (j in S, j != i),  w_k = v_k (k not in S),
// and covers the region |w_i|^{1/ω_i} >= |w_j|^{1/ω_j}: v_i stays near 0 (small) and every
// v_j lies in [-1, 1] (bounded). An odd ω_i covers both signs of w_i with s = +1; an even ω_i
// needs s = +1 and s = -1 (v_i >= 0 in both) unless w_i is one-sided.
#pragma once

#include "slt/resolve/chart_region.hpp"
#include "slt/resolve/coordinate_change.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace slt::resolve {

struct BlowupCentre {
    std::vector<int> coordinates;       // positions in the chart's coordinates
    std::vector<std::int64_t> weights;  // one per centre coordinate
};

// Chart `main` (an index into centre.coordinates) with sign +1 or -1.
struct BlowupChartId {
    std::size_t main = 0;
    int sign = 1;
    bool operator==(const BlowupChartId& other) const {
        return main == other.main && sign == other.sign;
    }
};

// The centre of a blowup step in the chart's coordinates. Throws InputError when a name is
// not a coordinate or a coordinate is not small (translate to the point first).
BlowupCentre centre_of(const ScriptStep& blowup, const std::vector<std::string>& names,
                       const std::vector<ChartRange>& ranges, const std::string& source);

// The charts a blow-up needs to cover the parent region.
std::vector<BlowupChartId> required_charts(const BlowupCentre& centre,
                                           const std::vector<ChartRange>& ranges);

// Which chart of the blow-up `change` is. Throws InputError (naming the expected form) when it
// is none of them.
BlowupChartId identify_chart(const CoordinateChange& change, const BlowupCentre& centre,
                             const std::string& at);

// The ranges of the chart's coordinates. Throws InputError when the region is not a box
// (a one-sided w_j with a two-sided odd-weight v_i), which is not supported.
std::vector<ChartRange> chart_ranges(const BlowupCentre& centre, const BlowupChartId& id,
                                     const std::vector<ChartRange>& parent,
                                     const std::vector<std::string>& names, const std::string& at);

// The chart as a script line, e.g. "chart y: x = y*x1" or "chart y-: x = y^3*x1, y = -y^2".
std::string expected_chart_line(const BlowupCentre& centre, const BlowupChartId& id,
                                const std::vector<std::string>& names);

}  // namespace slt::resolve
