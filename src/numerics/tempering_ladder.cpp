#include "slt/numerics/tempering_ladder.hpp"

#include "slt/error.hpp"

#include <cmath>
#include <string>

namespace slt::numerics {

TemperingLadder TemperingLadder::log_spaced(double t_min, double t_max, int per_decade) {
    if (!(t_min > 0) || !(t_max > t_min)) {
        throw InputError(
            "the t range [" + std::to_string(t_min) + ", " + std::to_string(t_max) + "] is empty",
            "--t-min/--t-max", "give 0 < t-min < t-max, e.g. 1e2 and 1e10");
    }
    if (per_decade < 1) {
        throw InputError("rungs per decade must be at least 1", "--per-decade",
                         "use 4 (quarter decades, ALGORITHMS.md §6.6)");
    }
    TemperingLadder ladder;
    const double first = std::log10(t_min);
    const double last = std::log10(t_max);
    const int steps = static_cast<int>(std::ceil((last - first) * per_decade - 1e-9));
    for (int k = 0; k <= steps; ++k) {
        ladder.t.push_back(std::pow(10.0, std::min(first + double(k) / per_decade, last)));
    }
    return ladder;
}

}  // namespace slt::numerics
