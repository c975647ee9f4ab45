#include "slt/tau_distance.hpp"

#include "detail/cdd.hpp"

#include <cassert>
#include <stdexcept>

namespace slt {

namespace {

constexpr std::size_t kMaxVariablesForImplicitEqualities = 64;

Rational dot(const std::vector<std::int64_t>& a, const std::vector<Rational>& x) {
    Rational sum(0);
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += Rational(a[i]) * x[i];
    return sum;
}

// The face G* of Γ+ exposed by an optimal a*: the support points with <a*, α> = 1 and the
// rays e_i with a*_i = 0. It contains p = l_τ τ.
struct ExposedFace {
    std::vector<ExpVec> points;
    std::vector<std::size_t> rays;
};

ExposedFace exposed_face(const std::vector<ExpVec>& points, const std::vector<Rational>& a_star) {
    ExposedFace face;
    for (const auto& alpha : points) {
        Rational value(0);
        for (std::size_t i = 0; i < alpha.size(); ++i)
            value += Rational(alpha[i]) * a_star[i];
        if (value == Rational(1))
            face.points.push_back(alpha);
    }
    for (std::size_t i = 0; i < a_star.size(); ++i) {
        if (a_star[i].is_zero())
            face.rays.push_back(i);
    }
    return face;
}

// True when p is a combination of all generators of the face with positive weights, i.e. p
// lies in its relative interior: max ε subject to p = Σ μ_v v + Σ ρ_i e_i, Σ μ_v = 1,
// μ, ρ >= ε, ε <= 1 has ε > 0.
bool in_relative_interior(const ExposedFace& face, const std::vector<Rational>& p) {
    const std::size_t d = p.size(), nv = face.points.size(), nr = face.rays.size();
    const std::size_t nvars = nv + nr + 1;  // (μ, ρ, ε)
    std::vector<detail::AffineRow> rows;
    std::vector<std::size_t> equalities;

    for (std::size_t i = 0; i < d; ++i) {
        detail::AffineRow row(nvars + 1, Rational(0));
        row[0] = -p[i];
        for (std::size_t v = 0; v < nv; ++v)
            row[1 + v] = Rational(face.points[v][i]);
        for (std::size_t r = 0; r < nr; ++r) {
            if (face.rays[r] == i)
                row[1 + nv + r] = Rational(1);
        }
        equalities.push_back(rows.size());
        rows.push_back(row);
    }
    detail::AffineRow sum(nvars + 1, Rational(0));
    sum[0] = Rational(-1);
    for (std::size_t v = 0; v < nv; ++v)
        sum[1 + v] = Rational(1);
    equalities.push_back(rows.size());
    rows.push_back(sum);

    for (std::size_t k = 0; k < nv + nr; ++k) {
        detail::AffineRow row(nvars + 1, Rational(0));
        row[1 + k] = Rational(1);
        row[nvars] = Rational(-1);
        rows.push_back(row);
    }
    detail::AffineRow cap(nvars + 1, Rational(0));
    cap[0] = Rational(1);
    cap[nvars] = Rational(-1);
    rows.push_back(cap);

    std::vector<Rational> objective(nvars, Rational(0));
    objective[nvars - 1] = Rational(-1);
    auto solution = detail::lp_minimum(rows, equalities, objective);
    return solution && solution->value.sign() < 0;
}

// Γ+ = α + R^d_{>=0} for a single minimal point α: l_τ = max_i α_i/τ_i and θ = the number
// of coordinates attaining it (the monomial formula, Watanabe 2009 Thm 6.1).
TauDistance of_monomial(const ExpVec& alpha, const std::vector<Rational>& tau) {
    TauDistance result;
    for (std::size_t i = 0; i < alpha.size(); ++i) {
        const Rational ratio = Rational(alpha[i]) / tau[i];
        if (ratio > result.distance) {
            result.distance = ratio;
            result.multiplicity = 1;
        } else if (ratio == result.distance && alpha[i] > 0) {
            ++result.multiplicity;
        }
    }
    return result;
}

// θ = codim of the smallest face G containing p = l_τ τ. Usually G is the face G* exposed by
// the optimal a*, and then θ = d - dim G* by a rank; otherwise θ is the dimension of the
// normal cone of G, from its implicit equalities (slower).
int multiplicity_at(const std::vector<ExpVec>& points, const std::vector<Rational>& tau,
                    const Rational& distance, const std::vector<Rational>& a_star) {
    const std::size_t d = tau.size();
    std::vector<Rational> p;
    for (const auto& t : tau)
        p.push_back(distance * t);

    const ExposedFace face = exposed_face(points, a_star);
    if (in_relative_interior(face, p)) {
        std::vector<std::vector<Rational>> directions;
        for (const auto& v : face.points) {
            std::vector<Rational> diff;
            for (std::size_t i = 0; i < d; ++i)
                diff.emplace_back(v[i] - face.points[0][i]);
            directions.push_back(diff);
        }
        for (std::size_t r : face.rays) {
            std::vector<Rational> e(d, Rational(0));
            e[r] = Rational(1);
            directions.push_back(e);
        }
        return static_cast<int>(d) - rational_rank(directions, static_cast<int>(d));
    }

    // The implicit equalities cost one exact LP per row: too slow for large problems, where
    // θ is left unknown (0) and the caller reports an upper bound.
    if (d > kMaxVariablesForImplicitEqualities)
        return 0;

    // The normal cone {a >= 0 : <a, α_k - p> >= 0}; rows strict at a* are never implicit
    // equalities, and the cone near a* (so its span) is cut out by the tight rows.
    std::vector<detail::AffineRow> cone;
    for (std::size_t r : face.rays) {
        detail::AffineRow row(d + 1, Rational(0));
        row[r + 1] = Rational(1);
        cone.push_back(row);
    }
    for (const auto& alpha : face.points) {
        detail::AffineRow row{Rational(0)};
        for (std::size_t i = 0; i < d; ++i)
            row.push_back(Rational(alpha[i]) - p[i]);
        cone.push_back(row);
    }
    std::vector<std::vector<Rational>> equalities;
    for (std::size_t r : detail::implicit_equalities_of_cone(cone)) {
        equalities.push_back(std::vector<Rational>(cone[r].begin() + 1, cone[r].end()));
    }
    return static_cast<int>(d) - rational_rank(equalities, static_cast<int>(d));
}

}  // namespace

TauDistance tau_distance(const NewtonPolyhedron& polyhedron, const std::vector<Rational>& tau) {
    TauDistance result;
    const auto& facets = polyhedron.facets();

    // l_τ·τ lies on the boundary: the largest N_F/<a_F,τ> over facets with N_F > 0.
    bool found = false;
    for (const auto& facet : facets) {
        if (facet.offset <= 0)
            continue;
        Rational ratio = Rational(facet.offset) / dot(facet.normal, tau);
        if (!found || ratio > result.distance)
            result.distance = ratio;
        found = true;
    }
    assert(found && "the origin is not in Γ+, so some facet has N_F > 0");

    std::vector<std::vector<std::int64_t>> active_normals;
    for (int f = 0; f < static_cast<int>(facets.size()); ++f) {
        if (facets[f].offset <= 0)
            continue;
        if (Rational(facets[f].offset) == result.distance * dot(facets[f].normal, tau)) {
            result.active_facets.push_back(f);
            active_normals.push_back(facets[f].normal);
        }
    }
    result.multiplicity = rank_of(active_normals, polyhedron.ambient_dimension());
    return result;
}

TauDistance tau_distance_by_lp(const std::vector<ExpVec>& support, const std::vector<Rational>& tau,
                               bool with_multiplicity) {
    const auto points = minimal_points(support);
    if (points.size() == 1)
        return of_monomial(points.front(), tau);
    const std::size_t d = tau.size();

    // The dual form (few variables, many rows, which suits cddlib's dual simplex):
    // 1/l_τ = min { <a, τ> : a >= 0, <a, α_k> >= 1 for all k } (ALGORITHMS.md §2.2).
    std::vector<detail::AffineRow> rows;
    for (const auto& alpha : points) {
        detail::AffineRow row{Rational(-1)};
        for (std::size_t i = 0; i < d; ++i)
            row.push_back(Rational(alpha[i]));
        rows.push_back(row);
    }
    for (std::size_t i = 0; i < d; ++i) {
        detail::AffineRow row(d + 1, Rational(0));
        row[i + 1] = Rational(1);
        rows.push_back(row);
    }
    auto optimum = detail::lp_minimum(rows, {}, tau);
    if (!optimum || optimum->value.sign() <= 0) {
        throw std::runtime_error("the τ-distance LP has no optimum");
    }

    TauDistance result;
    result.distance = Rational(1) / optimum->value;
    if (!with_multiplicity)
        return result;

    result.multiplicity = multiplicity_at(points, tau, result.distance, optimum->point);
    return result;
}

}  // namespace slt
