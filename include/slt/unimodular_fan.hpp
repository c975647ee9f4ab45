// A smooth toric resolution of a Newton polygon in two variables: the normal fan refined into
// unimodular cones (the Hirzebruch–Jung subdivision). Each cone (a_1, a_2) is the chart
// w = v^A on v ∈ [0, ∞)², and the charts together cover a neighbourhood of the origin's fibre;
// unlike the (0,1]-box charts of toric_charts.hpp, no chart needs a root of a coordinate, so a
// bad point with coordinates in a field keeps them in that field (field_resolution.cpp).
#pragma once

#include "slt/newton_polyhedron.hpp"

#include <cstdint>
#include <vector>

namespace slt {

using Rays = std::vector<std::vector<std::int64_t>>;

// The charts as pairs of rays, from (1,0) to (0,1), consecutive ones sharing a ray; every pair
// has determinant 1. Precondition: a polyhedron in two variables.
std::vector<Rays> unimodular_charts(const NewtonPolyhedron& polyhedron);

}  // namespace slt
