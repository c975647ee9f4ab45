// Certified absence of common zeros on the closed unit cube, by exact Bernstein expansion
// and subdivision (ALGORITHMS.md §2.5, step 3, k >= 2; §3.4).
//
// On a box, p = Σ b_I B_I with Bernstein polynomials B_I >= 0 summing to 1, so p > 0 there
// when every b_I > 0 (and p < 0 when every b_I < 0). A box is settled when one polynomial of
// the system has one-signed coefficients; otherwise it is halved (de Casteljau) until the
// depth or box limit. Corner coefficients are exact values, so a common zero at a corner is
// found exactly.
#pragma once

#include "slt/polynomial.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace slt {

struct CubeCertificate {
    bool certified = false;                            // no common zero on [0,1]^k
    std::size_t boxes = 0;                             // boxes examined
    std::optional<std::vector<Rational>> common_zero;  // an exact common zero, if one was met
    bool negative_box = false;  // with positive_only: a box where the polynomial is < 0
    std::string detail;         // why it stopped when not certified
};

// Precondition: every polynomial is non-zero and has the same number of variables k >= 1.
// With `positive_only` (function form, one polynomial K̃ >= 0 expected), only positive
// coefficients settle a box, and a box with all coefficients negative is reported.
CubeCertificate certify_no_common_zero_on_cube(const std::vector<Polynomial>& system, int max_depth,
                                               std::size_t max_boxes, bool positive_only = false);

}  // namespace slt
