// Test helper: the RLCT of K at the origin over a full neighbourhood, no prior, with a time
// limit so that a regression shows as an upper bound instead of a hang.
#pragma once

#include "slt/rlct.hpp"

#include <string>
#include <vector>

namespace slt::testing {

inline RlctResult neighbourhood_rlct(const Polynomial& k, double time_limit_seconds) {
    const auto d = static_cast<std::size_t>(k.num_vars());
    const std::vector<std::string> names{"x", "y", "z", "w"};
    Problem problem;
    for (std::size_t j = 0; j < d; ++j)
        problem.vars.push_back(j < names.size() ? names[j] : "w" + std::to_string(j + 1));
    problem.generators = {k};
    problem.prior_exponents.assign(d, Rational(0));
    problem.point.assign(d, Rational(0));
    problem.orthant.assign(d, CoordinateRange::free);
    RlctOptions options;
    options.time_limit_seconds = time_limit_seconds;
    return compute_rlct(problem, options);
}

}  // namespace slt::testing
