// Exact ranks and small integer-matrix helpers over FLINT.
#pragma once

#include "slt/rational.hpp"

#include <cstdint>
#include <vector>

namespace slt {

// Rank over Q of integer vectors of length d.
int rank_of(const std::vector<std::vector<std::int64_t>>& vectors, int d);

// Rank over Q of rational vectors of length d.
int rational_rank(const std::vector<std::vector<Rational>>& vectors, int d);

// Determinant of the square integer matrix whose columns are `columns`. Throws LimitExceeded
// if it does not fit in 62 bits.
std::int64_t determinant_of_columns(const std::vector<std::vector<std::int64_t>>& columns);

}  // namespace slt
