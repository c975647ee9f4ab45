// The ladder of inverse temperatures t_k (t = nβ) shared by the sampler and the estimators.
#pragma once

#include <vector>

namespace slt::numerics {

struct TemperingLadder {
    std::vector<double> t;

    // t_k = 10^{log10_min + k/per_decade} up to t_max (ALGORITHMS.md §6.6 item 1 uses
    // 10^{2 + k/4}). Throws InputError unless 0 < t_min < t_max and per_decade >= 1.
    static TemperingLadder log_spaced(double t_min, double t_max, int per_decade);

    int size() const { return static_cast<int>(t.size()); }
};

}  // namespace slt::numerics
