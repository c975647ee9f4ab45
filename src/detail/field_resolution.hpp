// The resolution of a local problem in two variables over a real number field Q(c): what the
// resolver does at an irrational bad point whose q-adic Newton polygon is degenerate
// (ALGORITHMS.md §4.2, "translate again"). Internal to the library.
//
// At the point, K = w^M · Π g_k^{e_k} · unit, the g_k polynomials over Q(c) vanishing at 0
// (the factors over Q of K's local form, translated to the point; the unit factors dropped).
// The same steps as over Q follow: on every orthant and every chart of the Newton polygon, the
// chart is a normal-crossing leaf away from the zeros of the strict transform on its exceptional
// strata; those zeros, found exactly in (0, 1] by Sturm sequences and norms over Q(c), are
// translated to and solved again. A single vanishing factor that is smooth along a free
// coordinate ends a branch (the smooth strict transform of §4.4, easy case 1), which is what
// makes the recursion terminate in two variables. A zero outside Q(c) is a named gap.
#pragma once

#include "local_pair.hpp"
#include "slt/field_problem.hpp"
#include "slt/problem.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace slt::detail {

using slt::FieldProblem;

// What the resolver shares with its parts: limits, the tree, the gaps found so far.
struct ResolutionContext {
    const RlctOptions& options;
    std::vector<ResolutionNode>& tree;
    std::chrono::steady_clock::time_point deadline;
    ResolutionOutcome& outcome;
    Rational pole_shift;  // 1/2 per elimination above the node
};

// The local pair of `problem` (two coordinates), with its nodes appended to the tree below
// `parent`. Exact unless a gap was noted in the context's outcome.
Pair resolve_over_field(const FieldProblem& problem, int parent, int depth,
                        const std::string& origin, ResolutionContext& context);

}  // namespace slt::detail
