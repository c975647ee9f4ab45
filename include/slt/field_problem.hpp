// A local problem in two variables over a real number field (field_polynomial.hpp): what a
// resolution node at an irrational bad point holds, kept in the tree so that the checker can
// re-derive it (resolution_check.hpp).
#pragma once

#include "slt/field_polynomial.hpp"
#include "slt/problem.hpp"

#include <utility>
#include <vector>

namespace slt {

// K = v^M · Π g_k^{e_k} · unit near 0, with prior |v^η| on the orthant.
struct FieldProblem {
    ExpVec monomial;                                       // M
    std::vector<std::pair<FieldPolynomial, int>> factors;  // g_k with g_k(0) = 0, and e_k
    std::vector<Rational> prior_exponents;                 // η
    std::vector<CoordinateRange> orthant;                  // positive or free
};

}  // namespace slt
