// Sums in disjoint variables (ALGORITHMS.md §1.4, "Sum in disjoint variables"; Lin 2011
// Prop 3.7): for K = K_1(w_A) + K_2(w_B) on a product domain with a product prior,
// λ = λ_1 + λ_2 and m = m_1 + m_2 − 1. A problem such as F(x, y) + z² is then as exact as its
// parts, whatever the resolution of the whole would need.
#pragma once

#include "slt/problem.hpp"

#include <vector>

namespace slt {

// The groups of coordinates of a problem at the origin that no term of K (function form) or no
// generator (ideal form) links, in increasing order; a single group when K does not split.
std::vector<std::vector<int>> disjoint_variable_groups(const Problem& local);

// The part of the problem in the coordinates of `group`: its terms or generators, with the
// group's names, prior exponents and ranges, at the origin.
Problem restricted_to(const Problem& local, const std::vector<int>& group);

}  // namespace slt
