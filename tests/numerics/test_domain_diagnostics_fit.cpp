#include "test_numerics_helpers.hpp"

#include "slt/numerics/diagnostics.hpp"
#include "slt/numerics/domain.hpp"
#include "slt/numerics/fit.hpp"
#include "slt/numerics/rng.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace slt::numerics;

TEST_CASE("prior draws on a box have the exact mean of |w|^h", "[numerics]") {
    // On [-1, 2] with |w|^2: E[w] = (∫_{-1}^{2} w |w|^2) / (∫ |w|^2) = (16/4 - 1/4)/(8/3 + 1/3).
    const Domain domain({-1.0}, {2.0}, {2.0});
    CHECK(domain.prior_mass() == Approx(3.0));
    const double mean = (4.0 - 0.25) / 3.0;
    const double second = (32.0 / 5 + 1.0 / 5) / 3.0;
    const double sd = std::sqrt(second - mean * mean);
    Rng rng(3);
    const int n = 200000;
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        double w;
        domain.sample_prior(rng, &w);
        sum += w;
    }
    CHECK(std::fabs(sum / n - mean) <= 4 * sd / std::sqrt(double(n)));
}

TEST_CASE("ESS of an AR(1) chain matches N (1-ρ)/(1+ρ)", "[numerics]") {
    const double rho = 0.9;
    const int n = 100000;
    Chains chains(4, std::vector<double>(n));
    Rng rng(5);
    for (auto& chain : chains) {
        double x = rng.normal() / std::sqrt(1 - rho * rho);
        for (double& v : chain) {
            x = rho * x + rng.normal();
            v = x;
        }
    }
    const double expected = 4.0 * n * (1 - rho) / (1 + rho);
    // The ESS estimate's relative sd is about sqrt(2 τ / N_total) with τ = (1+ρ)/(1-ρ).
    const double relative_sd = std::sqrt(2 * (1 + rho) / (1 - rho) / (4.0 * n));
    CHECK(std::fabs(effective_sample_size(chains) / expected - 1) <= 5 * relative_sd + 0.02);
    CHECK(split_rhat(chains) < 1.01);
}

TEST_CASE("split-R̂ flags chains stuck at different levels", "[numerics]") {
    Chains chains(4, std::vector<double>(1000));
    Rng rng(9);
    for (std::size_t c = 0; c < chains.size(); ++c) {
        for (double& v : chains[c])
            v = rng.normal() + double(c);
    }
    CHECK(split_rhat(chains) > 1.1);
}

TEST_CASE("the λ fit recovers λ and m from the m = 2 oracle with noise", "[numerics]") {
    using slt::numerics::testing::xy_lambda_eff;
    Rng rng(21);
    std::vector<double> t, y, se;
    for (int k = 4; k <= 40; ++k) {
        const double tk = std::pow(10.0, 2 + k / 4.0);
        const double sigma = 0.004;
        t.push_back(tk);
        y.push_back(xy_lambda_eff(tk) + sigma * rng.normal());
        se.push_back(sigma);
    }
    const LambdaFit fit = fit_lambda(t, y, se, {});
    CHECK(fit.m == 2);
    CHECK(std::fabs(fit.lambda - 0.5) <= 4 * fit.lambda_se);
    CHECK(std::fabs(fit.c - 1.9635) <= 1.0);
}

TEST_CASE("the λ fit prefers a next-pole term for x^2 y^4 and keeps m = 1", "[numerics]") {
    using slt::numerics::testing::x2y4_lambda_eff;
    Rng rng(22);
    std::vector<double> t, y, se;
    for (int k = 4; k <= 40; ++k) {
        const double tk = std::pow(10.0, 2 + k / 4.0);
        t.push_back(tk);
        y.push_back(x2y4_lambda_eff(tk) + 0.003 * rng.normal());
        se.push_back(0.003);
    }
    const LambdaFit fit = fit_lambda(t, y, se, {});
    CHECK(fit.m == 1);
    CHECK(std::fabs(fit.lambda - 0.25) <= 4 * fit.lambda_se);
}
