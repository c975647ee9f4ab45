#include "slt/tau_distance.hpp"

#include "detail/cdd.hpp"

#include <cassert>
#include <stdexcept>

namespace slt {

namespace {

Rational dot(const std::vector<std::int64_t>& a, const std::vector<Rational>& x) {
    Rational sum(0);
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += Rational(a[i]) * x[i];
    return sum;
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
    if (!optimum || optimum->sign() <= 0)
        throw std::runtime_error("the τ-distance LP has no optimum");

    TauDistance result;
    result.distance = Rational(1) / *optimum;
    if (!with_multiplicity)
        return result;

    // Normal cone of the smallest face through p = l_τ τ, in a: a_i >= 0 and <a, α_k - p> >= 0.
    std::vector<detail::AffineRow> cone;
    for (std::size_t i = 0; i < d; ++i) {
        detail::AffineRow row(d + 1, Rational(0));
        row[i + 1] = Rational(1);
        cone.push_back(row);
    }
    for (const auto& alpha : points) {
        detail::AffineRow row{Rational(0)};
        for (std::size_t i = 0; i < d; ++i)
            row.push_back(Rational(alpha[i]) - result.distance * tau[i]);
        cone.push_back(row);
    }

    // dim(cone) = d - rank of its implicit equalities; θ = dim(cone).
    std::vector<std::vector<Rational>> equalities;
    for (std::size_t r : detail::implicit_equalities(cone)) {
        equalities.push_back(std::vector<Rational>(cone[r].begin() + 1, cone[r].end()));
    }
    result.multiplicity = static_cast<int>(d) - rational_rank(equalities, static_cast<int>(d));
    return result;
}

}  // namespace slt
