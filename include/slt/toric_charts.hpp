// Toric charts from a simplicial refinement of the normal fan of Γ+ (ALGORITHMS.md §3).
//
// The normal fan has support R^d_{>=0} (not R^d: §8 pitfall 6); its maximal cones are the
// normal cones of the vertices. Each is triangulated with its own rays by pulling in one
// global order of the facets, which yields a fan. A simplicial cone with rays a_1..a_d (the
// columns of A) gives the chart w = v^A, v ∈ (0,1]^d, and the cones tile the positive orthant
// up to null sets (§3.4), so no unimodular refinement is needed.
#pragma once

#include "slt/newton_polyhedron.hpp"
#include "slt/rlct.hpp"

#include <cstddef>
#include <vector>

namespace slt {

// The maximal simplicial cones, each as d facet indices (columns in facet order).
// Throws LimitExceeded past `max_cones`.
std::vector<std::vector<int>> simplicial_normal_cones(const NewtonPolyhedron& polyhedron,
                                                      std::size_t max_cones);

// The chart of one simplicial cone: κ_j = exponent_scale · N(a_j) (scale 2 in the ideal form,
// since Γ+(Σ f_i²) = 2 Γ+(I)), η_j = <a_j, τ> - 1, ρ_j = <a_j, τ>/κ_j (§3.3).
ToricChart make_chart(const NewtonPolyhedron& polyhedron, const std::vector<int>& cone,
                      const std::vector<Rational>& tau, int exponent_scale);

}  // namespace slt
