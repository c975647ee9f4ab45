// Elimination of a coordinate in which a generator is linear with a unit coefficient
// (adapted coordinates, ALGORITHMS.md §4.6).
//
// If f_i = u(w')·w_l + r(w') with u(0) != 0, w' the other coordinates, w_l a full line with
// prior exponent 0, then y = f_i replaces w_l as a coordinate (Jacobian u, a unit). Modulo y
// every other generator becomes g_k(w_l = -r/u), and after multiplying by the unit u^{deg} a
// polynomial in w'. So the ideal is <y> + <g'_k(w')> in separate coordinates, and
//   λ = 1/2 + λ(<g'_k>),  m = m(<g'_k>)   (or (1/2, 1) when every g'_k vanishes),
// since K ≍ y² + Σ g'_k² and the zeta function of a sum in separate coordinates has its poles
// added (Watanabe 2009, Remark 7.2; Lin 2011, Prop. 3.7). Reduced rank regression at a true
// parameter of positive rank is the typical case: its generators have linear parts there.
#pragma once

#include "slt/problem.hpp"

#include <optional>

namespace slt {

struct Elimination {
    int coordinate = -1;  // l, the eliminated coordinate of the parent
    int generator = -1;   // i, the generator used as the new coordinate
    Problem rest;         // the ideal <g'_k> in the other coordinates
};

// The first such elimination in the ideal form, if any. Throws LimitExceeded when the
// substitution exceeds the polynomial size limits.
std::optional<Elimination> eliminate_linear_coordinate(const Problem& problem);

// The rank of the linear parts of the generators: at most this many coordinates can be
// eliminated in a row, since each elimination uses up one independent linear part.
int linear_part_rank(const Problem& problem);

// g(w_l = -r/u)·u^{deg_l g} with w_l dropped from the variables (the map of the elimination).
Polynomial substitute_eliminated(const Polynomial& g, int coordinate, const Polynomial& u,
                                 const Polynomial& r);

}  // namespace slt
