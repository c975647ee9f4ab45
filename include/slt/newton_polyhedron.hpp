// The Newton polyhedron Γ+ = conv(supp) + R^d_{>=0} at the origin, exactly (ALGORITHMS.md §2.1).
//
// Built from the support of K (function form) or the union of the generators' supports (ideal
// form; Γ+(Σ f_i²) = 2 Γ+(I)). Facets come from cddlib's exact hull; faces are enumerated as
// intersections of facets, and a face is compact iff the sum of the normals of the facets
// containing it is componentwise positive.
#pragma once

#include "slt/linear_algebra.hpp"
#include "slt/polynomial.hpp"
#include "slt/rlct.hpp"

#include <cstdint>
#include <vector>

namespace slt {

struct NewtonFace {
    std::vector<int> vertex_ids;  // indices into NewtonPolyhedron::vertices()
    std::vector<int> facet_ids;   // the facets containing the face
    int dimension = 0;
    bool compact = false;
};

class NewtonPolyhedron {
  public:
    // Precondition: support non-empty, every point of dimension d. Throws LimitExceeded if a
    // facet normal does not fit in 62 bits.
    static NewtonPolyhedron from_support(const std::vector<ExpVec>& support, int d);

    int ambient_dimension() const { return d_; }
    const std::vector<ExpVec>& vertices() const { return vertices_; }
    const std::vector<Facet>& facets() const { return facets_; }
    // Every face of dimension 0..d-1, compact or not (computed on first use).
    const std::vector<NewtonFace>& faces() const;
    // The faces G with G ⊂ G' and dim G' = dim G + 1, as indices into faces(); for the
    // pulling triangulation of the normal fan.
    std::vector<int> covering_faces(int face_id) const;
    // The face {vertex}: index into faces().
    int vertex_face(int vertex_id) const;

    // <normal, x> - offset for facet f: 0 on the facet, > 0 elsewhere on Γ+.
    std::int64_t slack(int facet_id, const ExpVec& x) const;

  private:
    int d_ = 0;
    std::vector<ExpVec> vertices_;
    std::vector<Facet> facets_;
    mutable std::vector<NewtonFace> faces_;
    mutable bool faces_ready_ = false;
};

// Drops every point that dominates another (β >= α componentwise, β != α): Γ+ is unchanged
// (ALGORITHMS.md §2.5 step 0).
std::vector<ExpVec> minimal_points(std::vector<ExpVec> points);

}  // namespace slt
