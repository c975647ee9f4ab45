// A thin exact interface to cddlib in GMP mode (GMPRATIONAL): convex hulls and linear
// programs over Q. All cddlib types stay inside cdd.cpp.
//
// cddlib keeps global state (dd_set_global_constants), so these functions are not
// thread-safe; the engine calls them from one thread.
#pragma once

#include "slt/polynomial.hpp"
#include "slt/rational.hpp"

#include <optional>
#include <vector>

namespace slt::detail {

// A row b + <a, x> >= 0 (or = 0), stored as {b, a_1, ..., a_d}.
using AffineRow = std::vector<Rational>;

struct HullOutput {
    std::vector<AffineRow> inequalities;  // irredundant facets of the polyhedron
    std::vector<std::vector<Rational>> vertices;
};

// The polyhedron conv(points) + cone(rays) in R^d, as facets and vertices.
// Throws std::runtime_error if cddlib reports an error.
HullOutput convex_hull(const std::vector<ExpVec>& points, const std::vector<ExpVec>& rays, int d);

struct LpSolution {
    Rational value;
    std::vector<Rational> point;
};

// Minimises <objective, x> subject to rows b + <a, x> >= 0 (rows listed in `equalities`
// hold with equality). Returns the optimum and an optimal point, or nothing if the LP is
// infeasible or unbounded.
std::optional<LpSolution> lp_minimum(const std::vector<AffineRow>& rows,
                                     const std::vector<std::size_t>& equalities,
                                     const std::vector<Rational>& objective);

// The rows of the cone {x : <a_k, x> >= 0} (rows given as {0, a_k}) that hold with equality
// on the whole cone (cddlib's dd_ImplicitLinearityRows: one LP per undecided row).
std::vector<std::size_t> implicit_equalities_of_cone(const std::vector<AffineRow>& rows);

}  // namespace slt::detail
