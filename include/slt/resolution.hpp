// Exact resolution of degenerate problems by toric charts, translations and the block rule
// (ALGORITHMS.md §4.1, §4.2, §4.4, §4.6).
//
// On each orthant where a compact face is degenerate, every simplicial chart of the normal fan
// is a normal-crossing leaf away from its bad points, contributing (min_j ρ_j, #ties). The
// bad points lie on the exceptional strata:
//   - on a one-dimensional stratum (a degenerate edge) they are the roots in (0,1] of a
//     univariate polynomial: a rational root is translated to and solved recursively, an
//     irrational one in q-adic coordinates, and, in two variables when that is degenerate,
//     over the number field Q(c) (field_resolution.cpp);
//   - on a two-dimensional stratum (a degenerate 2-face) they form curves and points: the
//     finitely many special points (singular, crossing, or common zeros of several
//     generators) are translated to, and each curve with a smooth point in the chart
//     contributes its block pair (plane_bad_set.hpp).
// A root at 1 lies on the boundary shared with the next chart, and each chart then sees a
// half-neighbourhood. The answer is the minimum in the pair order over all orthants, charts
// and points; it is exact when every part is.
//
// Scope: complete in two variables, for rational and algebraic bad points (the Newton
// algorithm of Cassou-Noguès–Veys terminates there). Exact in more variables when every bad
// set met lies on strata of dimension <= 2 and is decided exactly. Otherwise the gaps are named
// (which node, which test) and the result is an upper bound; after the first gap no further points
// are explored, since the answer can no longer be exact.
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
    std::vector<std::string> gaps;  // why not exact: the first few unresolved parts
    int unlisted_gaps = 0;          // and how many more
    // Bad points left unexplored because the answer was already only an upper bound.
    int unexplored = 0;
};

// Resolves the local problem at the origin (prior exponents are the η of the node, orthant
// its domain). Appends the nodes of the tree to `tree`. Throws LimitExceeded when the depth,
// node or time limits of `options` are reached.
ResolutionOutcome resolve_at_origin(const Problem& problem, const RlctOptions& options,
                                    std::vector<ResolutionNode>& tree);

// The same local pair in two variables by a second, independent strategy, for cross-checks:
// K (the ideal form as K = Σ f_i²) factored over Q, then unimodular toric charts with the bad
// points on (0, ∞), over Q and the number fields its bad points need (field_resolution.cpp).
// No simplicial (0,1]-box charts, q-adic coordinates, block rule or eliminations are used.
// Precondition: two variables, the point at the origin.
ResolutionOutcome resolve_plane_by_unimodular_charts(const Problem& problem,
                                                     const RlctOptions& options,
                                                     std::vector<ResolutionNode>& tree);

}  // namespace slt
