// The diagonal preconditioner of MALA (scale_adaptation.hpp) against exact sample moments and
// the closed-form posterior of a separable K.
#include "test_numerics_helpers.hpp"

#include "slt/numerics/estimate.hpp"
#include "slt/numerics/scale_adaptation.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace slt;
using namespace slt::numerics;
using namespace slt::numerics::testing;

namespace {

// Under exp(-t x^{2k}) on [-1, 1]: E x² = t^{-1/k} Γ(3/2k)/Γ(1/2k), up to O(e^{-t}).
double posterior_sd(double t, int k) {
    return std::sqrt(std::pow(t, -1.0 / k) * std::tgamma(1.5 / k) / std::tgamma(0.5 / k));
}

}  // namespace

TEST_CASE("scale windows double, stay inside the burn-in and end at 90%", "[numerics]") {
    CHECK(scale_window_ends(kMinBurnIn - 1).empty());
    for (long burn_in : {200L, 1000L, 5000L, 12345L}) {
        const std::vector<long> ends = scale_window_ends(burn_in);
        REQUIRE(!ends.empty());
        CHECK(ends.front() > burn_in * 15 / 100);
        CHECK(ends.back() == burn_in * 90 / 100);
        for (std::size_t i = 1; i < ends.size(); ++i) {
            CHECK(ends[i] > ends[i - 1]);
            // Each window is at least as long as the previous one (the last is stretched).
            if (i >= 2)
                CHECK(ends[i] - ends[i - 1] >= ends[i - 1] - ends[i - 2]);
        }
    }
}

TEST_CASE("the scale estimator is the shrunk sample standard deviation", "[numerics]") {
    ScaleEstimator estimator(2);
    const std::vector<std::vector<double>> draws = {{1, 10}, {2, 10}, {3, 10}, {6, 10}};
    for (const auto& w : draws)
        estimator.add(w);
    // Sample variances (n - 1 = 3): 14/3 and 0; n = 4, shrinkage k = 5 towards (1e-3 · 2)².
    const std::vector<double> scale = estimator.scale({2.0, 2.0});
    const double floor = 4e-6;
    CHECK(scale[0] == Approx(std::sqrt((4 * 14.0 / 3 + 5 * floor) / 9)).epsilon(1e-14));
    CHECK(scale[1] == Approx(std::sqrt(5 * floor / 9)).epsilon(1e-14));
    estimator.reset();
    CHECK(estimator.count() == 0);
    CHECK(estimator.scale({3.0, 4.0}) == std::vector<double>{3.0, 4.0});
}

TEST_CASE("rescaling ε keeps the geometric mean of the proposal widths", "[numerics]") {
    const std::vector<double> before = {1.0, 1.0};
    const std::vector<double> after = {0.01, 1.0};
    // Geometric mean of s goes from 1 to 0.1, so ε must grow by 1/0.1² = 100.
    CHECK(rescaled_step_size(0.5, before, after) == Approx(50.0).epsilon(1e-12));
}

TEST_CASE("x^2 + y^4 + z^6 on [-1,1]^3: per-coordinate scales; λ_eff and t² Var K = 11/12",
          "[numerics]") {
    EstimateSettings settings;
    settings.sampler.ladder = TemperingLadder::log_spaced(1e2, 1e8, 4);
    settings.sampler.replicas = 4;
    settings.sampler.sweeps = 8000;
    settings.sampler.burn_in = 2000;
    settings.sampler.seed = 41;
    settings.quadrature = false;
    settings.volume = false;
    settings.prior_samples = 1000;
    const Problem p = problem("x^2 + y^4 + z^6");
    const ParallelTemperingRun run =
        run_parallel_tempering(CompiledLoss(p), domain_from_problem(p, 1.0), settings.sampler);
    const std::vector<RungEstimate> rungs = rung_estimates(run);

    // Separable K: Z is a product of one-dimensional integrals Γ(1/2k) t^{-1/2k}/k + O(e^{-t}),
    // so λ_eff = t² Var K = 1/2 + 1/4 + 1/6 exactly at every rung (the law of tK is a sum of
    // independent Gamma(1/2k) variables).
    const double exact = 11.0 / 12;
    for (std::size_t k = 0; k < rungs.size(); ++k) {
        const RungEstimate& rung = rungs[k];
        INFO("t = " << rung.t << ": λ_eff " << rung.lambda_eff.value << " ± "
                    << rung.lambda_eff.standard_error << ", t² Var K " << rung.imai.value << " ± "
                    << rung.imai.standard_error);
        CHECK(std::fabs(rung.lambda_eff.value - exact) <= 4.5 * rung.lambda_eff.standard_error);
        CHECK(std::fabs(rung.imai.value - exact) <= 4.5 * rung.imai.standard_error);

        // The scales need only the right order of magnitude (ε absorbs a common factor); a
        // factor 2 in one coordinate costs at most a factor 4 in its mixing time. The exact
        // widths differ by a factor up to 400 here.
        const std::vector<double>& scale = run.rungs[k].scale;
        for (int j = 0; j < 3; ++j) {
            const double ratio = scale[j] / posterior_sd(rung.t, j + 1);
            INFO("coordinate " << j << ": adapted " << scale[j] << ", exact sd "
                               << posterior_sd(rung.t, j + 1));
            CHECK(ratio > 0.5);
            CHECK(ratio < 2.0);
        }
    }
}
