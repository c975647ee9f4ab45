#include "slt/toric_charts.hpp"

#include "slt/error.hpp"

#include <algorithm>
#include <map>

namespace slt {

namespace {

// Pulling triangulation of the normal cone of one face, memoised by face index.
class PullingTriangulation {
  public:
    PullingTriangulation(const NewtonPolyhedron& polyhedron, std::size_t max_cones)
        : polyhedron_(polyhedron), max_cones_(max_cones) {}

    const std::vector<std::vector<int>>& of_face(int face_id) {
        auto it = memo_.find(face_id);
        if (it != memo_.end())
            return it->second;

        const NewtonFace& face = polyhedron_.faces()[face_id];
        const auto& rays = face.facet_ids;  // ascending: the global pulling order
        const int codimension = polyhedron_.ambient_dimension() - face.dimension;
        std::vector<std::vector<int>> cones;

        if (static_cast<int>(rays.size()) == codimension) {
            cones.push_back(rays);
        } else {
            // Cone over every facet N_G' of N_G that does not contain the first ray.
            const int first = rays.front();
            for (int cover : polyhedron_.covering_faces(face_id)) {
                const auto& cover_rays = polyhedron_.faces()[cover].facet_ids;
                if (std::binary_search(cover_rays.begin(), cover_rays.end(), first))
                    continue;
                for (auto cone : of_face(cover)) {
                    cone.insert(cone.begin(), first);
                    cones.push_back(std::move(cone));
                }
                if (cones.size() > max_cones_) {
                    throw LimitExceeded("the simplicial refinement exceeds " +
                                        std::to_string(max_cones_) + " cones");
                }
            }
        }
        return memo_.emplace(face_id, std::move(cones)).first->second;
    }

  private:
    const NewtonPolyhedron& polyhedron_;
    std::size_t max_cones_;
    std::map<int, std::vector<std::vector<int>>> memo_;
};

Rational dot(const std::vector<std::int64_t>& a, const std::vector<Rational>& x) {
    Rational sum(0);
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += Rational(a[i]) * x[i];
    return sum;
}

}  // namespace

std::vector<std::vector<int>> simplicial_normal_cones(const NewtonPolyhedron& polyhedron,
                                                      std::size_t max_cones) {
    PullingTriangulation triangulation(polyhedron, max_cones);
    std::vector<std::vector<int>> all;
    for (int v = 0; v < static_cast<int>(polyhedron.vertices().size()); ++v) {
        for (const auto& cone : triangulation.of_face(polyhedron.vertex_face(v))) {
            all.push_back(cone);
        }
        if (all.size() > max_cones) {
            throw LimitExceeded("the simplicial refinement exceeds " + std::to_string(max_cones) +
                                " cones");
        }
    }
    return all;
}

ToricChart make_chart(const NewtonPolyhedron& polyhedron, const std::vector<int>& cone,
                      const std::vector<Rational>& tau, int exponent_scale) {
    ToricChart chart;
    for (int f : cone) {
        const Facet& facet = polyhedron.facets()[f];
        chart.rays.push_back(facet.normal);
        chart.kappa.push_back(exponent_scale * facet.offset);

        Rational weight = dot(facet.normal, tau);
        chart.eta.push_back(weight - Rational(1));
        if (facet.offset > 0) {
            chart.rho.push_back(weight / Rational(exponent_scale * facet.offset));
        } else {
            chart.rho.push_back(std::nullopt);
        }
    }
    chart.determinant = std::abs(determinant_of_columns(chart.rays));
    chart.signs.assign(tau.size(), 1);
    return chart;
}

}  // namespace slt
