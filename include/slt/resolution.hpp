// Exact resolution of degenerate problems by toric charts and translations
// (ALGORITHMS.md §4.1, §4.2, §4.6).
//
// On each orthant where a compact face is degenerate, every simplicial chart of the normal fan
// is a normal-crossing leaf away from its bad points, contributing (min_j ρ_j, #ties). The
// bad points lie on the exceptional strata; where every degenerate face is an edge they are
// the roots in (0,1] of a univariate polynomial on a one-dimensional stratum. At a rational
// root the chart is translated and the local problem solved recursively (the point's own
// RLCT); a root at 1 lies on the boundary shared with the next chart, and each chart then sees
// a half-neighbourhood. The answer is the minimum in the pair order over all orthants,
// charts and points; it is exact when every part is.
//
// Scope: complete in two variables for rational bad points (the Newton algorithm of
// Cassou-Noguès–Veys terminates there). Irrational bad points and degenerate faces of
// dimension >= 2 are reported as gaps, and the result is then an upper bound.
#pragma once

#include "slt/problem.hpp"
#include "slt/rlct.hpp"

#include <string>
#include <vector>

namespace slt {

struct ResolutionOutcome {
    bool infinite = false;
    Rational lambda;
    int multiplicity = 0;
    bool exact = true;
    std::vector<std::string> gaps;  // why not exact, one line per unresolved part
};

// Resolves the local problem at the origin (prior exponents are the η of the node, orthant
// its domain). Appends the nodes of the tree to `tree`. Throws LimitExceeded when the depth,
// node or time limits of `options` are reached.
ResolutionOutcome resolve_at_origin(const Problem& problem, const RlctOptions& options,
                                    std::vector<ResolutionNode>& tree);

}  // namespace slt
