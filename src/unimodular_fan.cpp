#include "slt/unimodular_fan.hpp"

#include <algorithm>

namespace slt {

namespace {

std::int64_t determinant(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b) {
    return a[0] * b[1] - a[1] * b[0];
}

// The cone (a, b), det(a, b) = D > 0, split into unimodular cones: u = (b + k·a)/D for the
// k in [1, D) that makes it a lattice vector has det(a, u) = 1 and det(u, b) = k < D
// (the Hirzebruch–Jung subdivision). Appends a and the rays strictly between a and b.
void subdivide(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b,
               std::vector<std::vector<std::int64_t>>& rays) {
    rays.push_back(a);
    const std::int64_t det = determinant(a, b);
    if (det == 1)
        return;
    for (std::int64_t k = 1; k < det; ++k) {
        if ((b[0] + k * a[0]) % det == 0 && (b[1] + k * a[1]) % det == 0) {
            subdivide({(b[0] + k * a[0]) / det, (b[1] + k * a[1]) / det}, b, rays);
            return;
        }
    }
}

}  // namespace

// The facet normals of the polygon, in order of angle, each pair subdivided.
std::vector<Rays> unimodular_charts(const NewtonPolyhedron& polyhedron) {
    Rays normals;
    for (const auto& facet : polyhedron.facets())
        normals.push_back(facet.normal);
    std::sort(normals.begin(), normals.end(),
              [](const auto& a, const auto& b) { return determinant(a, b) > 0; });
    Rays rays;
    for (std::size_t i = 0; i + 1 < normals.size(); ++i)
        subdivide(normals[i], normals[i + 1], rays);
    rays.push_back(normals.back());

    std::vector<Rays> charts;
    for (std::size_t i = 0; i + 1 < rays.size(); ++i)
        charts.push_back({rays[i], rays[i + 1]});
    return charts;
}

}  // namespace slt
