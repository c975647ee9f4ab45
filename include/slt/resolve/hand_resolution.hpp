// Verifying a hand resolution: every leaf in normal-crossing form, the charts covering the
// domain, and the (λ, m) they prove (docs/resolve.md; ALGORITHMS.md §1.1, §4.2-4.3).
//
// The script's steps are applied to the problem moved to its point (the prior exponent of a
// coordinate with p_i != 0 dropped, ALGORITHMS.md §1.3). Each chart carries, exactly:
//   map      the root coordinates as polynomials in the chart's coordinates (w = g(v));
//   K        K∘g;
//   jacobian the product of the Jacobian determinants of the steps, pulled back.
// A leaf is a chart with no blowup or coords under it (with translates, the rest of the chart
// away from the translated points). It is in normal-crossing form when
//   K∘g = v^κ u(v),  φ(g(v)) |det g'(v)| = |v^η| b(v)
// with u·b free of zeros on the chart's core (chart_region.hpp), except at translated points.
// Then λ = min over leaves of min_j (η_j + 1)/κ_j and m = the largest number of ties
// (Watanabe 2009, Thm 6.1 standard form).
#pragma once

#include "slt/polynomial.hpp"
#include "slt/problem.hpp"
#include "slt/rational.hpp"
#include "slt/resolve/chart_region.hpp"
#include "slt/resolve/chart_script.hpp"
#include "slt/resolve/coordinate_change.hpp"

#include <optional>
#include <string>
#include <vector>

namespace slt::resolve {

enum class LeafStatus { normal_crossing, not_normal_crossing, undecided };

struct Leaf {
    std::string path;  // the charts from the root, e.g. "y / x1=0 / x1"
    int line = 0;      // the script line of the chart (0 for the root)
    std::vector<std::string> names;
    std::vector<ChartRange> ranges;
    std::vector<CoordinateChange> chain;  // root to leaf, for an independent recheck
    std::vector<Polynomial> map;          // w = g(v)
    Polynomial pullback;                  // K∘g
    Polynomial unit;                      // u·b: the part that must not vanish
    std::vector<std::int64_t> kappa;
    std::vector<Rational> eta;
    std::vector<std::optional<Rational>> rho;  // empty where κ_j = 0
    // False for a bounded coordinate whose hyperplane {v_j = 0} meets the core only at a
    // translated point: there the child chart decides, so ρ_j does not count for this leaf.
    std::vector<bool> attained;
    LeafStatus status = LeafStatus::undecided;
    std::string detail;  // how the unit was checked, or where it fails

    // (min_j ρ_j, #argmin) over the attained j; nullopt when there is none (K does not vanish
    // on the leaf).
    std::optional<std::pair<Rational, int>> pair() const;
};

// Something the script does not prove: a missing chart, a leaf not in normal-crossing form,
// an uncovered zero of a unit, a coordinate change that is not invertible.
struct Gap {
    std::string path;
    int line = 0;
    std::string what;
};

enum class ResolutionCertainty { exact, upper_bound, incomplete };

struct HandResolution {
    Problem problem;  // moved to its point
    std::vector<Leaf> leaves;
    std::vector<Gap> gaps;
    bool complete = false;  // every leaf verified and every chart present

    bool infinite = false;  // no leaf has κ != 0: K does not vanish (λ = ∞, m = 0)
    Rational lambda;
    int multiplicity = 0;
    // exact: complete. upper_bound: the verified leaves give (λ, m) over part of the domain,
    // which bounds the true pair from above in the pair order. incomplete: no verified leaf.
    ResolutionCertainty certainty = ResolutionCertainty::incomplete;
};

// Applies the steps to the problem and checks every leaf and every blow-up. Throws InputError
// (with the script line) when a step cannot be applied as written: an unknown coordinate, a
// chart that is not a chart of its blow-up, a translation off the chart's range.
HandResolution verify_hand_resolution(const Problem& problem, const std::vector<ScriptStep>& steps,
                                      const std::string& source);

const char* to_string(LeafStatus status);
const char* to_string(ResolutionCertainty certainty);

}  // namespace slt::resolve
