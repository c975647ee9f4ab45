#include "slt/numerics/estimators.hpp"

#include "slt/numerics/fit.hpp"
#include "slt/numerics/rng.hpp"

#include <cmath>

namespace slt::numerics {

std::vector<RungEstimate> rung_estimates(const ParallelTemperingRun& run) {
    std::vector<RungEstimate> estimates;
    for (const RungTrace& rung : run.rungs) {
        RungEstimate estimate;
        estimate.t = rung.t;
        estimate.precision = rung.precision;
        estimate.acceptance = rung.acceptance;
        estimate.swap_rate = rung.swap_rate;
        estimate.step_size = rung.step_size;

        Chains tk = rung.k;
        for (auto& chain : tk) {
            for (double& v : chain)
                v *= rung.t;
        }
        estimate.tk = summarize(tk);
        estimate.lambda_eff = {estimate.tk.mean, estimate.tk.mcse()};

        // t² Var[K] = mean of (tK - mean)², with n/(n-1) for the pooled sample.
        Chains squares = tk;
        double count = 0;
        double sum = 0;
        for (auto& chain : squares) {
            for (double& v : chain) {
                v = (v - estimate.tk.mean) * (v - estimate.tk.mean);
                sum += v;
                count += 1;
            }
        }
        const TraceSummary square_summary = summarize_mean(squares);
        estimate.imai = {sum / (count - 1), square_summary.mcse()};
        estimates.push_back(estimate);
    }
    return estimates;
}

Estimate two_temperature(const RungEstimate& first, const RungEstimate& second) {
    const double t1 = first.t;
    const double t2 = second.t;
    // E_t[K] = λ_eff(t)/t, so the estimator is (λ1 t2 - λ2 t1)/(t2 - t1).
    const double value = (first.lambda_eff.value * t2 - second.lambda_eff.value * t1) / (t2 - t1);
    const double se =
        std::hypot(t2 * first.lambda_eff.standard_error, t1 * second.lambda_eff.standard_error) /
        (t2 - t1);
    return {value, se};
}

Estimate free_energy_from_prior(const CompiledLoss& loss, const Domain& domain, double t0,
                                long samples, std::uint64_t seed) {
    Rng rng(mix_seed(seed, 0xF0F0));
    std::vector<double> w(domain.dimension());
    double sum = 0;
    double sum_sq = 0;
    for (long i = 0; i < samples; ++i) {
        domain.sample_prior(rng, w.data());
        const double weight = std::exp(-t0 * loss.value(w.data()));
        sum += weight;
        sum_sq += weight * weight;
    }
    const double mean = sum / samples;
    const double variance = std::max(0.0, sum_sq / samples - mean * mean);
    // F = -log(mass · mean); SE by the delta method: sd / (mean sqrt(N)).
    return {-std::log(domain.prior_mass() * mean), std::sqrt(variance / samples) / mean};
}

FreeEnergyCurve thermodynamic_integration(const std::vector<RungEstimate>& rungs,
                                          const Estimate& first_free_energy, double fit_t_min) {
    const std::size_t n = rungs.size();
    FreeEnergyCurve curve;

    // gradient[k][j] = ∂F(t_k)/∂λ_eff(t_j): the trapezoid weights accumulated up to k.
    std::vector<std::vector<double>> gradient(n, std::vector<double>(n, 0.0));
    double value = first_free_energy.value;
    for (std::size_t k = 0; k < n; ++k) {
        if (k > 0) {
            const double h = std::log(rungs[k].t / rungs[k - 1].t);
            value += 0.5 * h * (rungs[k - 1].lambda_eff.value + rungs[k].lambda_eff.value);
            gradient[k] = gradient[k - 1];
            gradient[k][k - 1] += 0.5 * h;
            gradient[k][k] += 0.5 * h;
        }
        double variance = first_free_energy.standard_error * first_free_energy.standard_error;
        for (std::size_t j = 0; j < n; ++j) {
            const double se = rungs[j].lambda_eff.standard_error;
            variance += gradient[k][j] * gradient[k][j] * se * se;
        }
        curve.t.push_back(rungs[k].t);
        curve.free_energy.push_back({value, std::sqrt(variance)});
    }

    // Discretisation: compare with Simpson's rule on the last two intervals (equal spacing).
    if (n >= 3) {
        const double h = std::log(rungs[n - 1].t / rungs[n - 2].t);
        const double simpson = h / 3 *
                               (rungs[n - 3].lambda_eff.value + 4 * rungs[n - 2].lambda_eff.value +
                                rungs[n - 1].lambda_eff.value);
        const double trapezoid = curve.free_energy[n - 1].value - curve.free_energy[n - 3].value;
        curve.discretization_error = std::fabs(trapezoid - simpson) * double(n) / 2;
    }

    // Slope fit on {log t, -log log t, 1}; λ̂ = a' F, so ∂λ̂/∂λ_eff_j = Σ_k a_k gradient[k][j].
    std::vector<std::vector<double>> design;
    std::vector<double> y, weights;
    std::vector<std::size_t> used;
    for (std::size_t k = 0; k < n; ++k) {
        if (rungs[k].t < fit_t_min * (1 - 1e-12))
            continue;
        const double log_t = std::log(rungs[k].t);
        design.push_back({log_t, -std::log(log_t), 1.0});
        y.push_back(curve.free_energy[k].value);
        weights.push_back(1.0);
        used.push_back(k);
    }
    if (used.size() < 4)
        return curve;
    const LinearFit fit = weighted_least_squares(design, y, weights);
    for (int coefficient = 0; coefficient < 2; ++coefficient) {
        // Row `coefficient` of (X'X)^{-1} X' gives the linear map from F to the coefficient.
        double variance = 0;
        for (std::size_t j = 0; j < n; ++j) {
            double derivative = 0;
            for (std::size_t i = 0; i < used.size(); ++i) {
                double a = 0;
                for (int p = 0; p < 3; ++p)
                    a += fit.covariance[coefficient][p] * design[i][p];
                derivative += a * gradient[used[i]][j];
            }
            const double se = rungs[j].lambda_eff.standard_error;
            variance += derivative * derivative * se * se;
        }
        const Estimate estimate{fit.coefficients[coefficient], std::sqrt(variance)};
        if (coefficient == 0) {
            curve.lambda = estimate;
        } else {
            curve.m = {estimate.value + 1, estimate.standard_error};
        }
    }
    return curve;
}

}  // namespace slt::numerics
