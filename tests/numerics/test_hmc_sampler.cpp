// HMC on the ladder (hmc_sampler.hpp) against closed forms, with tolerances from the rung SEs:
// a separable K (λ_eff = t² Var K = 11/12 at every t) and x²y⁴ on [0,1]², whose posterior
// sits on the faces w = 0 of the box, so the reflections are exercised on every rung.
#include "test_numerics_helpers.hpp"

#include "slt/error.hpp"
#include "slt/numerics/estimators.hpp"
#include "slt/numerics/parallel_tempering.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace slt;
using namespace slt::numerics;
using namespace slt::numerics::testing;

namespace {

ParallelTemperingSettings hmc_settings(double t_max, std::uint64_t seed) {
    ParallelTemperingSettings settings;
    settings.ladder = TemperingLadder::log_spaced(1e2, t_max, 4);
    settings.replicas = 4;
    settings.sweeps = 3000;
    settings.burn_in = 1000;
    settings.seed = seed;
    settings.kernel = SamplerKernel::hmc;
    settings.leapfrog_steps = 6;
    return settings;
}

std::vector<RungEstimate> run(const Problem& p, const ParallelTemperingSettings& settings) {
    return rung_estimates(
        run_parallel_tempering(CompiledLoss(p), domain_from_problem(p, 1.0), settings));
}

// As in test_tempering_oracles.cpp: 4.5 SE per rung (two-sided p ≈ 7e-6).
constexpr double kRungSigmas = 4.5;

}  // namespace

TEST_CASE("HMC: x^2 + y^4 + z^6 on [-1,1]^3 has λ_eff = t² Var K = 11/12 on every rung",
          "[numerics]") {
    const std::vector<RungEstimate> rungs = run(problem("x^2 + y^4 + z^6"), hmc_settings(1e8, 61));
    for (const RungEstimate& rung : rungs) {
        INFO("t = " << rung.t << ": λ_eff " << rung.lambda_eff.value << " ± "
                    << rung.lambda_eff.standard_error << ", acceptance " << rung.acceptance);
        CHECK(std::fabs(rung.lambda_eff.value - 11.0 / 12) <=
              kRungSigmas * rung.lambda_eff.standard_error);
        CHECK(std::fabs(rung.imai.value - 11.0 / 12) <= kRungSigmas * rung.imai.standard_error);
    }
}

TEST_CASE("HMC: x^2 y^4 on [0,1]^2 matches the monomial oracle (reflections at w = 0)",
          "[numerics]") {
    const std::vector<RungEstimate> rungs = run(problem("x^2*y^4", "+,+"), hmc_settings(1e8, 67));
    for (const RungEstimate& rung : rungs) {
        INFO("t = " << rung.t << ": λ_eff " << rung.lambda_eff.value << " ± "
                    << rung.lambda_eff.standard_error << ", acceptance " << rung.acceptance);
        CHECK(std::fabs(rung.lambda_eff.value - x2y4_lambda_eff(rung.t)) <=
              kRungSigmas * rung.lambda_eff.standard_error);
    }
}

TEST_CASE("HMC: zero leapfrog steps are an input error", "[numerics]") {
    ParallelTemperingSettings settings = hmc_settings(1e4, 1);
    settings.leapfrog_steps = 0;
    const Problem p = problem("x^2");
    CHECK_THROWS_AS(run_parallel_tempering(CompiledLoss(p), domain_from_problem(p, 1.0), settings),
                    InputError);
}
