// The bad set of a toric chart on the two-dimensional stratum of a degenerate face, split
// for the block rule (ALGORITHMS.md §4.4).
//
// With G the gcd of the strict transforms f̃_i and G = c·Π g_k^{e_k} over Q, the ideal near a
// point p of the stratum {v_J = 0} is <G>·<f̃_i/G>. Away from the common zeros of the
// cofactors f̃_i/G, of two factors g_k, and from the singular points of one g_k restricted to
// the stratum, exactly one g_k vanishes at p and ∂g_k/∂v_{a,b}(p) != 0: then g_k is a local
// coordinate transversal to the exceptional divisors through p (the free coordinates are
// units there), the ideal is <g_k^{e_k}>, and the point contributes the block pair
// min{ρ_j (j ∈ J); 1/(scale·e_k)} (Watanabe 2009, Thm 6.1 in the coordinates (v_J, g_k, ...)).
// The other points, finitely many, are the special points to be translated to.
#pragma once

#include "slt/plane_zeros.hpp"
#include "slt/polynomial.hpp"

#include <string>
#include <vector>

namespace slt {

struct PlaneBadSet {
    std::vector<PlanePoint> special_points;             // in (0,1]², rational
    std::vector<AlgebraicPlanePoint> algebraic_points;  // in (0,1]², with an irrational coordinate
    // The exponent e_k of every factor whose curve has a smooth non-special point in (0,1]².
    std::vector<int> block_exponents;
    bool complete = true;  // false: `reason` names what could not be decided exactly
    std::string reason;
};

// The bad set in (0,1]² of the free coordinates a, b, on the stratum where every other
// coordinate is 0, of the strict transforms of one chart.
PlaneBadSet plane_bad_set(const std::vector<Polynomial>& transforms, int a, int b);

}  // namespace slt
