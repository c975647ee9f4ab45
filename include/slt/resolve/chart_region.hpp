// The region of a chart of a hand resolution, and the check that a polynomial is a unit on it.
//
// Every coordinate of a chart has a range (docs/resolve.md, ALGORITHMS.md §4.3):
//   small    a neighbourhood of 0: [0, ε], [-ε, 0] or [-ε, ε] for ε as small as needed;
//   bounded  [0, 1], [-1, 0] or [-1, 1]: the ratio coordinates of a blow-up chart, which takes
//            the region |w_i| >= |w_j|.
// The region shrinks, as ε -> 0, to its *core*: small coordinates 0, bounded coordinates in
// their intervals, a compact box. A polynomial that has no zero on the core has none on the
// region for ε small enough (compactness), so "unit on the chart" is decided on the core.
#pragma once

#include "slt/polynomial.hpp"
#include "slt/rational.hpp"

#include <optional>
#include <string>
#include <vector>

namespace slt::resolve {

enum class RangeKind { small, bounded };

struct ChartRange {
    RangeKind kind = RangeKind::small;
    int sign = 0;  // +1: only >= 0, -1: only <= 0, 0: both signs

    Rational lower() const;  // bounded: -1 or 0; small: 0 (the core value)
    Rational upper() const;  // bounded: 0 or 1; small: 0
    // "[-ε, ε]", "[0, 1]", ... for reports.
    std::string to_string() const;
};

// A point of the core where one or more bounded coordinates are fixed by a translated child
// chart (the other coordinates are not fixed).
using CorePoint = std::vector<std::optional<Rational>>;

enum class UnitStatus { unit, vanishes, undecided };

struct UnitCheck {
    UnitStatus status = UnitStatus::undecided;
    std::string detail;             // how it was decided, or where it vanishes
    std::vector<CorePoint> zeros;   // exact zeros found on the core that no child covers
    std::vector<std::size_t> used;  // indices of `covered` points that are zeros of the unit
};

// Decides whether `unit` has no zero on the core of the region, except at the points
// `covered` (neighbourhoods taken by translated children, which are checked on their own).
//   core of dimension 0: unit(0) != 0;
//   dimension 1: the real roots on the interval, exactly (Sturm), each matched with a child;
//   dimension >= 2: Bernstein subdivision on the box when there are no children, otherwise
//                   undecided (named in `detail`).
// Never reports `unit` unless it is proved.
UnitCheck check_unit_on_core(const Polynomial& unit, const std::vector<ChartRange>& ranges,
                             const std::vector<std::string>& names,
                             const std::vector<CorePoint>& covered);

// "y1 = 1, x = 0" style text of a core point (small coordinates are 0).
std::string core_point_to_string(const CorePoint& point, const std::vector<ChartRange>& ranges,
                                 const std::vector<std::string>& names);

}  // namespace slt::resolve
