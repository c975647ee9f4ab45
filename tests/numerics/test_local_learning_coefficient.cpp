// The local learning coefficient against closed forms: for K = x² with the tether at 0 the
// localised target is Gaussian with precision a = 2t + γ, so
//   MALA (exact):           t E[K] = t / a
//   SGLD (unadjusted, ε):   t E[K] = t / (a (1 − ε a / 4))   (stationary variance of the AR(1)
//                           recursion x' = (1 − εa/2) x + sqrt(ε) ξ),
// which pins down both the estimator and the O(ε) bias of §6.4 item 2. Tolerances: 4 SE.
#include "test_numerics_helpers.hpp"

#include "slt/error.hpp"
#include "slt/numerics/local_learning_coefficient.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace slt::numerics;
using namespace slt::numerics::testing;

namespace {

LlcSettings quick(LlcSampler sampler, double step_size) {
    LlcSettings settings;
    settings.nbeta = {1e2, 1e4};
    settings.gamma = 50;
    settings.sampler = sampler;
    settings.step_size = step_size;
    settings.chains = 4;
    settings.draws = 20000;
    settings.burn_in = 1000;
    settings.seed = 11;
    return settings;
}

}  // namespace

TEST_CASE("LLC by MALA on x^2 matches t/(2t + γ)", "[numerics]") {
    const CompiledLoss loss(problem("x^2"));
    const LlcReport report = local_learning_coefficient(loss, quick(LlcSampler::mala, 0));
    for (const LlcEstimate& e : report.estimates) {
        const double exact = e.nbeta / (2 * e.nbeta + 50);
        INFO("nβ = " << e.nbeta << ": " << e.lambda << " ± " << e.standard_error);
        CHECK(std::fabs(e.lambda - exact) <= 4 * e.standard_error);
        CHECK(e.acceptance > 0.3);
    }
}

TEST_CASE("LLC by SGLD on x^2 matches the unadjusted stationary law", "[numerics]") {
    const CompiledLoss loss(problem("x^2"));
    for (double t : {1e2, 1e4}) {
        LlcSettings settings = quick(LlcSampler::sgld, 0.5 / (2 * t + 50));
        settings.nbeta = {t};
        const LlcEstimate e = local_learning_coefficient(loss, settings).estimates.front();
        const double a = 2 * t + 50;
        const double exact = t / (a * (1 - settings.step_size * a / 4));
        INFO("nβ = " << t << ": " << e.lambda << " ± " << e.standard_error << " vs " << exact);
        CHECK(std::fabs(e.lambda - exact) <= 4 * e.standard_error);
        // The O(ε) bias (here +14%) is far outside the error bars of the exact answer.
        CHECK(std::fabs(e.lambda - t / a) > 4 * e.standard_error);
    }
}

TEST_CASE("LLC: a centre that is not a minimum is flagged", "[numerics]") {
    const CompiledLoss loss(problem("x^2"));
    LlcSettings settings = quick(LlcSampler::mala, 0);
    settings.nbeta = {1e2};
    settings.center = {0.3};
    const LlcReport report = local_learning_coefficient(loss, settings);
    CHECK(report.estimates.front().lambda < 0);
    CHECK_FALSE(report.warnings.empty());
}

TEST_CASE("LLC: bad settings are input errors", "[numerics]") {
    const CompiledLoss loss(problem("x^2 + y^2"));
    LlcSettings settings = quick(LlcSampler::mala, 0);
    settings.center = {0.0};
    CHECK_THROWS_AS(local_learning_coefficient(loss, settings), slt::InputError);
    settings.center = {};
    settings.gamma = 0;
    CHECK_THROWS_AS(local_learning_coefficient(loss, settings), slt::InputError);
}
