// Exact real zeros on a two-dimensional stratum of a chart, in the box (0,1]² of its two free
// coordinates a and b (ALGORITHMS.md §4.1, §4.4).
//
// A degenerate two-dimensional face leaves, on its stratum, a bad set that is a union of
// curves and isolated points. The resolution needs two exact answers about it: the finitely
// many special points (where a curve is singular, two curves meet, or several generators
// vanish together), each to be translated to and recursed on; and whether a curve has a
// smooth point in the box at all, where the block rule gives its contribution. Both are
// decided with resultants, gcds and Sturm sequences over Q and over number fields: no floating
// point decides anything. What cannot be decided (a curve of common zeros of several
// generators) is reported, never guessed.
#pragma once

#include "slt/field_roots.hpp"
#include "slt/polynomial.hpp"

#include <memory>
#include <string>
#include <vector>

namespace slt {

// A point of the box with rational coordinates (a, b).
struct PlanePoint {
    Rational a;
    Rational b;
    friend bool operator==(const PlanePoint& x, const PlanePoint& y) {
        return x.a == y.a && x.b == y.b;
    }
};

// A point of the box with a coordinate outside Q: (a, b) in the real number field `field`.
struct AlgebraicPlanePoint {
    std::shared_ptr<const NumberField> field;
    FieldElement a;
    FieldElement b;
};

// The common zeros of a system in (0,1]²: every one of them when `complete`, otherwise
// `reason` says what could not be found exactly.
struct PlaneZeros {
    std::vector<PlanePoint> points;
    std::vector<AlgebraicPlanePoint> algebraic;  // those with an irrational coordinate
    bool complete = true;
    std::string reason;
};

// The common real zeros in (0,1]² of polynomials in which only the variables a and b occur.
// Complete when the zero set is finite: a root a_0 of an eliminant, then the common roots
// in b of the system at a = a_0 over Q(a_0) (field_roots.hpp) or an extension of it.
PlaneZeros common_zeros_in_box(const std::vector<Polynomial>& system, int a, int b);

// The singular points of the curve {h = 0} in (0,1]²: the common zeros of h, ∂h/∂a, ∂h/∂b.
PlaneZeros singular_points_in_box(const Polynomial& h, int a, int b);

enum class CurvePresence { absent, present, undecided };

// Whether the curve {h = 0} (only a and b occur in h) has a point in (0,1]² at which it is
// smooth, given all its singular points there. Decided by counting the roots of h on a
// line between any two consecutive critical values of each coordinate (a cylindrical
// decomposition of the box), and on the sides a = 1 and b = 1.
CurvePresence smooth_point_in_box(const Polynomial& h, int a, int b,
                                  const std::vector<PlanePoint>& singular);

}  // namespace slt
