#include "slt/newton_polyhedron.hpp"

#include "detail/cdd.hpp"
#include "slt/error.hpp"

#include <algorithm>
#include <cassert>
#include <map>
#include <optional>
#include <set>

namespace slt {

namespace {

// A primitive integer facet {<a, x> >= N} from cddlib's rational row b + <a, x> >= 0.
// Returns nothing for the trivial row (a = 0).
std::optional<Facet> facet_from_row(const detail::AffineRow& row) {
    const std::size_t d = row.size() - 1;
    fmpz_t scale, g, value;
    fmpz_init_set_ui(scale, 1);
    fmpz_init(g);
    fmpz_init(value);
    for (const auto& entry : row)
        fmpz_lcm(scale, scale, fmpq_denref(entry.get()));

    std::vector<Rational> scaled;
    for (const auto& entry : row)
        scaled.push_back(entry * Rational::from_fmpz(scale));
    for (std::size_t j = 1; j <= d; ++j)
        fmpz_gcd(g, g, fmpq_numref(scaled[j].get()));

    std::optional<Facet> facet;
    if (!fmpz_is_zero(g)) {
        facet = Facet{};
        for (std::size_t j = 0; j <= d; ++j) {
            fmpz_divexact(value, fmpq_numref(scaled[j].get()), g);
            if (!fmpz_fits_si(value) || fmpz_bits(value) > 62) {
                fmpz_clear(scale);
                fmpz_clear(g);
                fmpz_clear(value);
                throw LimitExceeded("a facet normal of the Newton polyhedron exceeds 62 bits");
            }
            if (j == 0) {
                facet->offset = -fmpz_get_si(value);
            } else {
                facet->normal.push_back(fmpz_get_si(value));
            }
        }
    }
    fmpz_clear(scale);
    fmpz_clear(g);
    fmpz_clear(value);
    return facet;
}

ExpVec to_exponents(const std::vector<Rational>& point) {
    ExpVec exponents;
    for (const auto& x : point) {
        assert(x.is_integer());
        exponents.push_back(fmpz_get_si(fmpq_numref(x.get())));
    }
    return exponents;
}

// Generator sets (vertices, then the rays e_1..e_d) as sorted index lists.
using GeneratorSet = std::vector<int>;

GeneratorSet intersect(const GeneratorSet& a, const GeneratorSet& b) {
    GeneratorSet out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

bool includes(const GeneratorSet& big, const GeneratorSet& small) {
    return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

}  // namespace

std::vector<ExpVec> minimal_points(std::vector<ExpVec> points) {
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());

    std::vector<ExpVec> minimal;
    for (const auto& beta : points) {
        bool dominated = std::any_of(points.begin(), points.end(), [&](const ExpVec& alpha) {
            if (alpha == beta)
                return false;
            for (std::size_t i = 0; i < alpha.size(); ++i) {
                if (alpha[i] > beta[i])
                    return false;
            }
            return true;
        });
        if (!dominated)
            minimal.push_back(beta);
    }
    return minimal;
}

NewtonPolyhedron NewtonPolyhedron::from_support(const std::vector<ExpVec>& support, int d) {
    assert(!support.empty());
    NewtonPolyhedron result;
    result.d_ = d;

    std::vector<ExpVec> rays;
    for (int i = 0; i < d; ++i) {
        ExpVec e(d, 0);
        e[i] = 1;
        rays.push_back(e);
    }
    auto hull = detail::convex_hull(minimal_points(support), rays, d);

    for (const auto& row : hull.inequalities) {
        if (auto facet = facet_from_row(row))
            result.facets_.push_back(*facet);
    }

    // cddlib echoes a V-representation input, redundant points included: keep the points
    // where the facets through them have full rank.
    for (const auto& v : hull.vertices) {
        ExpVec point = to_exponents(v);
        std::vector<std::vector<std::int64_t>> tight;
        for (int f = 0; f < static_cast<int>(result.facets_.size()); ++f) {
            if (result.slack(f, point) == 0)
                tight.push_back(result.facets_[f].normal);
        }
        if (rank_of(tight, d) == d)
            result.vertices_.push_back(point);
    }
    std::sort(result.vertices_.begin(), result.vertices_.end());
    return result;
}

std::int64_t NewtonPolyhedron::slack(int facet_id, const ExpVec& x) const {
    const Facet& f = facets_[facet_id];
    std::int64_t value = -f.offset;
    for (int i = 0; i < d_; ++i)
        value += f.normal[i] * x[i];
    return value;
}

const std::vector<NewtonFace>& NewtonPolyhedron::faces() const {
    if (faces_ready_)
        return faces_;
    const int num_vertices = static_cast<int>(vertices_.size());

    // Generators on each facet: vertices with zero slack, rays e_j with a_j = 0.
    std::vector<GeneratorSet> facet_generators;
    for (int f = 0; f < static_cast<int>(facets_.size()); ++f) {
        GeneratorSet gens;
        for (int v = 0; v < num_vertices; ++v) {
            if (slack(f, vertices_[v]) == 0)
                gens.push_back(v);
        }
        for (int j = 0; j < d_; ++j) {
            if (facets_[f].normal[j] == 0)
                gens.push_back(num_vertices + j);
        }
        facet_generators.push_back(gens);
    }

    // Every face is an intersection of facets; a non-empty face contains a vertex.
    std::set<GeneratorSet> found(facet_generators.begin(), facet_generators.end());
    std::vector<GeneratorSet> frontier(found.begin(), found.end());
    while (!frontier.empty()) {
        std::vector<GeneratorSet> next;
        for (const auto& face : frontier) {
            for (const auto& facet : facet_generators) {
                if (includes(facet, face))
                    continue;
                GeneratorSet smaller = intersect(face, facet);
                if (smaller.empty() || smaller.front() >= num_vertices)
                    continue;
                if (found.insert(smaller).second)
                    next.push_back(smaller);
            }
        }
        frontier = std::move(next);
    }

    for (const auto& gens : found) {
        NewtonFace face;
        std::vector<std::vector<std::int64_t>> normals;
        for (int f = 0; f < static_cast<int>(facets_.size()); ++f) {
            if (includes(facet_generators[f], gens)) {
                face.facet_ids.push_back(f);
                normals.push_back(facets_[f].normal);
            }
        }
        for (int g : gens) {
            if (g < num_vertices)
                face.vertex_ids.push_back(g);
        }
        face.compact = gens.back() < num_vertices;
        face.dimension = d_ - rank_of(normals, d_);
        faces_.push_back(face);
    }
    std::sort(faces_.begin(), faces_.end(), [](const NewtonFace& a, const NewtonFace& b) {
        return std::tie(a.dimension, a.vertex_ids, a.facet_ids) <
               std::tie(b.dimension, b.vertex_ids, b.facet_ids);
    });
    faces_ready_ = true;
    return faces_;
}

std::vector<int> NewtonPolyhedron::covering_faces(int face_id) const {
    const auto& all = faces();
    const NewtonFace& face = all[face_id];
    std::vector<int> covers;
    for (int g = 0; g < static_cast<int>(all.size()); ++g) {
        const NewtonFace& other = all[g];
        if (other.dimension != face.dimension + 1)
            continue;
        // G ⊂ G' iff every facet containing G' contains G.
        if (std::includes(face.facet_ids.begin(), face.facet_ids.end(), other.facet_ids.begin(),
                          other.facet_ids.end())) {
            covers.push_back(g);
        }
    }
    return covers;
}

int NewtonPolyhedron::vertex_face(int vertex_id) const {
    const auto& all = faces();
    for (int g = 0; g < static_cast<int>(all.size()); ++g) {
        if (all[g].dimension == 0 && all[g].vertex_ids == std::vector<int>{vertex_id})
            return g;
    }
    assert(false && "every vertex is a face");
    return -1;
}

}  // namespace slt
