// An independent check of a resolution tree (ALGORITHMS.md §4.5): every node is re-derived
// from its parent by exact polynomial substitution, without the engine's exponent arithmetic.
#pragma once

#include "slt/problem.hpp"
#include "slt/rlct.hpp"

#include <string>
#include <vector>

namespace slt {

// For every non-root node with parent generators f_i and map w = s ⊙ v^A, then v_l = c_l ± u_l
// for the translated coordinates l: substitutes into f_i, takes N_j = the smallest exponent of
// v_j over all generators, and checks f_i∘map = g_i · Π_l (c_l ± u_l)^{N_l} exactly (g_i the
// node's generators), the exponents η_j = <a_j, h> + |a_j| - 1 (prior times Jacobian of
// v ↦ v^A) and η_l = 0, det A != 0, and the coordinate ranges. Nodes over a number field are
// re-derived the same way over their field (unimodular chart, the point's field, v_2 = root),
// the first of them checked to vanish at its point; the q-adic node before them is not
// re-derived. Returns one line per discrepancy; empty when the tree checks out.
std::vector<std::string> check_resolution_tree(const std::vector<ResolutionNode>& tree);

}  // namespace slt
