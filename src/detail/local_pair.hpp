// The pieces every part of the resolution shares: a local pair (λ, m) in the pair order, the
// record of a gap that makes the answer an upper bound, and the names used in the tree.
// Internal to the library.
#pragma once

#include "slt/error.hpp"
#include "slt/newton_polyhedron.hpp"
#include "slt/resolution.hpp"
#include "slt/rlct.hpp"
#include "slt/toric_charts.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace slt::detail {

// A pair (λ, m) in the pair order; λ = ∞ when `infinite`.
struct Pair {
    bool infinite = true;
    Rational lambda;
    int multiplicity = 0;
};

// (λ1, m1) < (λ2, m2) iff λ1 < λ2, or λ1 = λ2 and m1 > m2 (DESIGN.md).
inline Pair smaller(const Pair& a, const Pair& b) {
    if (a.infinite)
        return b;
    if (b.infinite)
        return a;
    return pair_less(b.lambda, b.multiplicity, a.lambda, a.multiplicity) ? b : a;
}

// Gaps beyond this many are counted, not listed: one is enough to make the answer a bound.
constexpr std::size_t kMaxGapsListed = 6;

inline void note_gap(ResolutionOutcome& outcome, const std::string& gap) {
    outcome.exact = false;
    if (outcome.gaps.size() < kMaxGapsListed) {
        outcome.gaps.push_back(gap);
    } else {
        ++outcome.unlisted_gaps;
    }
}

// "+-+": the signs of an orthant, for the names of nodes and gaps.
inline std::string signs_text(const std::vector<int>& signs) {
    std::string text;
    for (int s : signs)
        text += s > 0 ? '+' : '-';
    return text;
}

// The names v1..vd of a chart's coordinates.
inline std::vector<std::string> chart_vars(int d) {
    std::vector<std::string> vars;
    for (int j = 1; j <= d; ++j)
        vars.push_back("v" + std::to_string(j));
    return vars;
}

// The one-dimensional stratum {v_j = 0, j != l} of a chart belongs to `edge`: every other ray
// of the cone is the normal of a facet through the edge, and ray l is not.
inline bool stratum_of_edge(const NewtonFace& edge, const std::vector<int>& cone, int l) {
    const auto has = [&](int facet) {
        return std::binary_search(edge.facet_ids.begin(), edge.facet_ids.end(), facet);
    };
    for (int j = 0; j < static_cast<int>(cone.size()); ++j) {
        if (j != l && !has(cone[j]))
            return false;
    }
    return !has(cone[l]);
}

// A chart is a normal-crossing leaf away from its bad points: (min_j ρ_j, #ties) (§3.3).
inline Pair chart_pair(const ToricChart& chart) {
    Pair pair;
    for (const auto& rho : chart.rho) {
        if (!rho)
            continue;
        if (pair.infinite || *rho < pair.lambda) {
            pair = Pair{false, *rho, 1};
        } else if (*rho == pair.lambda) {
            ++pair.multiplicity;
        }
    }
    return pair;
}

// K = v^M·g^e·unit with g a coordinate along a full line and e odd changes sign there: the
// input was not a nonnegative K (its vertex and face checks cannot see this; the resolution
// can).
[[noreturn]] inline void throw_sign_change(int power) {
    throw InputError("K is not >= 0 near the point: at a point of its resolution K = v^M·g^" +
                         std::to_string(power) +
                         "·unit with g a coordinate along a full line, so K changes sign there",
                     "POLY",
                     "K must be a nonnegative function (a KL divergence); if K = f^2 for a "
                     "sign-changing f, give f in the ideal form (--ideal), or restrict the domain "
                     "with --orthant");
}

}  // namespace slt::detail
