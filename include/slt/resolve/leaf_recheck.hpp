// An independent check of one leaf of a hand resolution (ALGORITHMS.md §4.5: "an independent
// checker can verify, with exact polynomial arithmetic, that the composed map pulls K back to
// v^κ · (unit)").
//
// verify_hand_resolution pulls K, the Jacobian and the map back one step at a time and
// multiplies the steps' Jacobian determinants (chain rule). This check does it the other way:
// it composes the whole chain of steps into one map g (innermost step first), substitutes g
// into the original K and prior once, and takes the determinant of the d×d Jacobian matrix of
// g. Then it factors K∘g = v^κ u and φ∘g |det g'| = v^η b again and compares.
#pragma once

#include "slt/problem.hpp"
#include "slt/resolve/hand_resolution.hpp"

#include <string>

namespace slt::resolve {

struct LeafRecheck {
    bool agrees = false;
    std::string detail;  // what differs, or "K∘g, κ, η and the unit agree"
};

// `problem` is the problem moved to its point (HandResolution::problem). The leaf must come
// from verify_hand_resolution on that problem.
LeafRecheck recheck_leaf(const Problem& problem, const Leaf& leaf);

}  // namespace slt::resolve
