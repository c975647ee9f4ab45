// Parallel tempering against the closed-form oracles of ALGORITHMS.md §1.2 and §6.6, with
// tolerances from the estimators' own standard errors.
#include "test_numerics_helpers.hpp"

#include "slt/numerics/estimate.hpp"
#include "slt/numerics/quadrature.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace slt;
using namespace slt::numerics;
using namespace slt::numerics::testing;

namespace {

EstimateSettings quick_settings(double t_max, long sweeps, std::uint64_t seed) {
    EstimateSettings settings;
    settings.sampler.ladder = TemperingLadder::log_spaced(1e2, t_max, 4);
    settings.sampler.replicas = 4;
    settings.sampler.sweeps = sweeps;
    settings.sampler.burn_in = sweeps / 4;
    settings.sampler.seed = seed;
    settings.prior_samples = 400000;
    settings.quadrature = false;
    return settings;
}

// Rungs are tested jointly, so each gets a Bonferroni-style 4.5 SE (two-sided p ≈ 7e-6).
constexpr double kRungSigmas = 4.5;

}  // namespace

TEST_CASE("x^2 y^2 on [0,1]^2: λ_eff(t) matches 1/2 - 1/(log t + 1.9635) at every rung",
          "[numerics]") {
    const EstimateReport report =
        estimate(problem("x^2*y^2", "+,+"), quick_settings(1e8, 20000, 17));
    for (const auto& rung : report.rungs) {
        INFO("t = " << rung.t << ", λ_eff = " << rung.lambda_eff.value << " ± "
                    << rung.lambda_eff.standard_error);
        CHECK(std::fabs(rung.lambda_eff.value - xy_lambda_eff(rung.t)) <=
              kRungSigmas * rung.lambda_eff.standard_error);
    }
}

TEST_CASE("x^2 y^4 on [0,1]^2: λ_eff and F(t) match the monomial oracle", "[numerics]") {
    const EstimateReport report =
        estimate(problem("x^2*y^4", "+,+"), quick_settings(1e8, 20000, 23));
    for (const auto& rung : report.rungs) {
        INFO("t = " << rung.t);
        CHECK(std::fabs(rung.lambda_eff.value - x2y4_lambda_eff(rung.t)) <=
              kRungSigmas * rung.lambda_eff.standard_error);
    }
    // F(t0) from the prior and F by thermodynamic integration at the top of the ladder.
    const double t0 = report.thermodynamic.t.front();
    CHECK(std::fabs(report.first_free_energy.value + std::log(x2y4_z(t0))) <=
          4 * report.first_free_energy.standard_error);
    const Estimate top = report.thermodynamic.free_energy.back();
    const double t_top = report.thermodynamic.t.back();
    CHECK(std::fabs(top.value + std::log(x2y4_z(t_top))) <=
          4 * top.standard_error + report.thermodynamic.discretization_error);
}

TEST_CASE("x^2 y^2: the fit gives λ = 1/2 and m = 2 within its standard error", "[.slow]") {
    const EstimateReport report =
        estimate(problem("x^2*y^2", "+,+"), quick_settings(1e12, 100000, 29));
    INFO("λ = " << report.fit.lambda << " ± " << report.fit.lambda_se << ", m = " << report.fit.m
                << ", next pole " << report.fit.next_pole << " δ = " << report.fit.delta);
    CHECK(report.fit.m == 2);
    CHECK(std::fabs(report.fit.lambda - 0.5) <= 4 * report.fit.lambda_se);
    CHECK(report.fit.lambda_se <= 0.02);
}

TEST_CASE("quadrature reproduces the x^2 y^2 oracle", "[numerics]") {
    const Problem p = problem("x^2*y^2", "+,+");
    const CompiledLoss loss(p);
    const Domain domain = domain_from_problem(p, 1.0);
    for (double t : {1e2, 1e4, 1e6, 1e8}) {
        const QuadratureResult q = quadrature_lambda_eff(loss, domain, t);
        // The §1.2 formula holds up to O(e^{-t}); tanh-sinh was asked for 1e-10 per piece.
        CHECK(q.lambda_eff == Approx(xy_lambda_eff(t)).epsilon(1e-7));
        CHECK(std::log(q.z) == Approx(-xy_free_energy(t)).epsilon(1e-7));
    }
}

TEST_CASE("quadrature and Monte Carlo agree in two dimensions", "[numerics]") {
    const Problem p = problem("x^4 - 2*x^2*y^3 + y^6");  // (x^2 - y^3)^2 on [-1,1]^2
    const CompiledLoss loss(p);
    const Domain domain = domain_from_problem(p, 1.0);
    const EstimateReport report = estimate(p, quick_settings(1e6, 20000, 31));
    for (const auto& rung : report.rungs) {
        if (std::fmod(std::log10(rung.t) + 1e-9, 1.0) > 1e-6)
            continue;
        const QuadratureResult q = quadrature_lambda_eff(loss, domain, rung.t);
        INFO("t = " << rung.t << ": quadrature " << q.lambda_eff << ", MC " << rung.lambda_eff.value
                    << " ± " << rung.lambda_eff.standard_error);
        CHECK(std::fabs(rung.lambda_eff.value - q.lambda_eff) <=
              kRungSigmas * rung.lambda_eff.standard_error);
    }
}

TEST_CASE("runs are reproducible from the seed", "[numerics]") {
    const Problem p = problem("x^2 + y^4");
    const EstimateReport a = estimate(p, quick_settings(1e4, 500, 5));
    const EstimateReport b = estimate(p, quick_settings(1e4, 500, 5));
    for (std::size_t k = 0; k < a.rungs.size(); ++k) {
        CHECK(a.rungs[k].lambda_eff.value == b.rungs[k].lambda_eff.value);
    }
}
