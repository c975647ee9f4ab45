// The τ-distance of a Newton polyhedron and its multiplicity (ALGORITHMS.md §2.2):
//   l_τ = min{ t >= 0 : t·τ ∈ Γ+ },   θ_τ = codim of the smallest face containing l_τ·τ.
// θ is the rank of the active facet normals, not their count (Lin's M2 notes; §8 pitfall 4).
#pragma once

#include "slt/newton_polyhedron.hpp"
#include "slt/rational.hpp"

#include <optional>
#include <vector>

namespace slt {

struct TauDistance {
    Rational distance;               // l_τ
    int multiplicity = 0;            // θ_τ; 0 when not computed
    std::vector<int> active_facets;  // facets through l_τ·τ (hull method only)
};

// From the facets: l_τ = max over facets with N_F > 0 of N_F / <a_F, τ>.
// Precondition: τ > 0 componentwise, and the polyhedron does not contain the origin.
TauDistance tau_distance(const NewtonPolyhedron& polyhedron, const std::vector<Rational>& tau);

// The same quantities without a hull, by exact linear programming over the support
// (1/l_τ = min <a, τ> over a >= 0 with <a, α> >= 1 on the support), and θ as the dimension of the
// normal cone {a >= 0 : <a, α_k - l_τ τ> >= 0 for all k} from its implicit equalities.
// Serves problems too large for face enumeration, and as an independent check of the hull.
// With `with_multiplicity` false, θ is left 0; it is also 0 when the hit point is not in the
// relative interior of the face exposed by the optimum and d > 64 (too costly).
TauDistance tau_distance_by_lp(const std::vector<ExpVec>& support, const std::vector<Rational>& tau,
                               bool with_multiplicity);

}  // namespace slt
