// The wiring between the exact engine and the numerics (DESIGN.md "Layers": the numerics see
// only plain data): the candidate poles -μ of ζ from the charts of a resolution, for the
// exact-basis fit (ALGORITHMS.md §6.6 item 3). Header-only; used by `slt check` and the
// benchmark.
#pragma once

#include "slt/numerics/exact_basis_fit.hpp"
#include "slt/rlct.hpp"

#include <algorithm>
#include <map>
#include <vector>

namespace slt::cli {

// Every distinct ρ_j = (η_j + 1)/κ_j of the charts, with its largest number of rays in one
// chart (the largest possible order of the pole, §1.2 and §3.3); when degenerate faces were
// resolved, the ρ_j of the charts of every node of the tree. Empty unless the answer is exact:
// for an upper bound the charts need not resolve K.
inline std::vector<numerics::CandidatePole> candidate_poles(const RlctResult& result) {
    if (result.infinite || result.certainty != Certainty::exact)
        return {};
    std::map<Rational, int> order;
    for (const ToricChart& chart : result.charts) {
        std::map<Rational, int> in_chart;
        for (const auto& rho : chart.rho) {
            if (rho)
                ++in_chart[*rho];
        }
        for (const auto& [rho, count] : in_chart)
            order[rho] = std::max(order[rho], count);
    }
    for (const ResolutionNode& node : result.resolution) {
        for (const auto& [rho, count] : node.poles)
            order[rho] = std::max(order[rho], count);
    }
    std::vector<numerics::CandidatePole> poles;
    for (const auto& [rho, count] : order)
        poles.push_back({rho.to_double(), count});
    return poles;
}

}  // namespace slt::cli
