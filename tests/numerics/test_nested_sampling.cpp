// Nested sampling against exact volume functions (ALGORITHMS.md §1.2, §6.3). Tolerances: the
// Beta-shrinkage sd sqrt(k)/N of log X_k, or 4 SE of the slope estimator.
#include "test_numerics_helpers.hpp"

#include "slt/error.hpp"
#include "slt/numerics/nested_sampling.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace slt::numerics;
using namespace slt::numerics::testing;

namespace {

NestedSamplingSettings quick(int m) {
    NestedSamplingSettings settings;
    settings.live_points = 300;
    settings.epsilon_min = 1e-10;
    settings.runs = 4;
    settings.m = m;
    settings.seed = 3;
    return settings;
}

}  // namespace

TEST_CASE("nested sampling: x^2 y^2 on [0,1]^2 follows V = √ε (1 + ½ log 1/ε)", "[numerics]") {
    const auto p = problem("x^2*y^2", "+,+");
    const CompiledLoss loss(p);
    const VolumeEstimate volume = nested_sampling_volume(loss, domain_from_problem(p, 1), quick(2));
    for (const NestedSamplingRun& run : volume.runs) {
        for (std::size_t k = 299; k < run.epsilon.size(); k += 1000) {
            const double e = run.epsilon[k];
            const double exact = std::log(std::sqrt(e) * (1 + 0.5 * std::log(1 / e)));
            INFO("ε = " << e << ", log V = " << run.log_volume[k] << ", exact " << exact);
            CHECK(std::fabs(run.log_volume[k] - exact) <= 4 * std::sqrt(double(k + 1)) / 300);
        }
    }
}

TEST_CASE("nested sampling: the volume slope of x^4 on [0,1] is λ = 1/4", "[numerics]") {
    // V(ε) = ε^{1/4} exactly, so the slope has no bias.
    const auto p = problem("x^4", "+");
    const CompiledLoss loss(p);
    const VolumeEstimate volume = nested_sampling_volume(loss, domain_from_problem(p, 1), quick(1));
    INFO("λ = " << volume.lambda << " ± " << volume.standard_error);
    CHECK(std::fabs(volume.lambda - 0.25) <= 4 * volume.standard_error);
}

TEST_CASE("nested sampling: bad settings are input errors", "[numerics]") {
    const auto p = problem("x^2");
    const CompiledLoss loss(p);
    NestedSamplingSettings settings = quick(1);
    settings.live_points = 5;
    CHECK_THROWS_AS(nested_sampling_volume(loss, domain_from_problem(p, 1), settings),
                    slt::InputError);
}
