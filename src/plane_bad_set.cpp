#include "slt/plane_bad_set.hpp"

#include "slt/factorization.hpp"

#include <algorithm>

namespace slt {

namespace {

// p on the stratum: the terms free of every coordinate other than a and b.
Polynomial on_stratum(const Polynomial& p, int a, int b) {
    std::vector<Term> terms;
    for (const auto& term : p.terms()) {
        bool kept = true;
        for (int j = 0; j < p.num_vars(); ++j) {
            if (j != a && j != b && term.exponents[j] != 0)
                kept = false;
        }
        if (kept)
            terms.push_back(term);
    }
    return Polynomial::from_terms(p.num_vars(), terms);
}

void add_points(std::vector<PlanePoint>& points, const std::vector<PlanePoint>& more) {
    for (const auto& p : more) {
        if (std::find(points.begin(), points.end(), p) == points.end())
            points.push_back(p);
    }
}

// The same point may come twice, in different fields (a singular point that is also a
// crossing): it is then solved twice, which changes nothing in the minimum.
void add_algebraic(std::vector<AlgebraicPlanePoint>& points,
                   const std::vector<AlgebraicPlanePoint>& more) {
    points.insert(points.end(), more.begin(), more.end());
}

PlaneBadSet undecided(const std::string& reason) {
    PlaneBadSet bad;
    bad.complete = false;
    bad.reason = reason;
    return bad;
}

}  // namespace

PlaneBadSet plane_bad_set(const std::vector<Polynomial>& transforms, int a, int b) {
    Polynomial common = transforms.front();
    for (const auto& f : transforms)
        common = gcd(common, f);

    PlaneBadSet bad;
    std::vector<Polynomial> cofactors;
    for (const auto& f : transforms)
        cofactors.push_back(on_stratum(*divide_exactly(f, common), a, b));
    const PlaneZeros together = common_zeros_in_box(cofactors, a, b);
    if (!together.complete)
        return undecided("common zeros of the generators: " + together.reason);
    add_points(bad.special_points, together.points);
    add_algebraic(bad.algebraic_points, together.algebraic);

    // The factors g_k of the gcd that vanish somewhere on the stratum, restricted to it.
    std::vector<std::pair<Polynomial, int>> curves;
    if (!common.is_constant()) {
        for (const auto& [g, e] : factor(common).factors) {
            const Polynomial h = on_stratum(g, a, b);
            if (h.is_zero())
                return undecided("a factor of the generators vanishes on the whole stratum");
            if (h.is_constant())
                continue;
            const PlaneZeros singular = singular_points_in_box(h, a, b);
            if (!singular.complete)
                return undecided("singular points of a curve: " + singular.reason);
            add_points(bad.special_points, singular.points);
            add_algebraic(bad.algebraic_points, singular.algebraic);
            curves.push_back({h, e});
        }
    }
    for (std::size_t k = 0; k < curves.size(); ++k) {
        for (std::size_t l = k + 1; l < curves.size(); ++l) {
            const PlaneZeros meet = common_zeros_in_box({curves[k].first, curves[l].first}, a, b);
            if (!meet.complete)
                return undecided("where two curves meet: " + meet.reason);
            add_points(bad.special_points, meet.points);
            add_algebraic(bad.algebraic_points, meet.algebraic);
        }
    }

    for (const auto& [h, e] : curves) {
        switch (smooth_point_in_box(h, a, b, bad.special_points)) {
            case CurvePresence::present:
                bad.block_exponents.push_back(e);
                break;
            case CurvePresence::absent:
                break;
            case CurvePresence::undecided:
                return undecided("whether a curve of bad points meets the chart");
        }
    }
    return bad;
}

}  // namespace slt
