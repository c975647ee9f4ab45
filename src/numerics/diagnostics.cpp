#include "slt/numerics/diagnostics.hpp"

#include <unsupported/Eigen/FFT>

#include <algorithm>
#include <cmath>
#include <complex>
#include <numeric>

#include <boost/math/distributions/normal.hpp>

namespace slt::numerics {

namespace {

double mean_of(const std::vector<double>& x) {
    return std::accumulate(x.begin(), x.end(), 0.0) / double(x.size());
}

double variance_of(const std::vector<double>& x) {
    const double mean = mean_of(x);
    double sum = 0;
    for (double v : x)
        sum += (v - mean) * (v - mean);
    return sum / double(x.size() - 1);
}

// Autocovariance at lags 0..n-1 (biased, divided by n) by FFT with zero padding.
std::vector<double> autocovariance(const std::vector<double>& x) {
    const std::size_t n = x.size();
    std::size_t size = 1;
    while (size < 2 * n)
        size *= 2;
    const double mean = mean_of(x);

    std::vector<double> padded(size, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        padded[i] = x[i] - mean;
    Eigen::FFT<double> fft;
    std::vector<std::complex<double>> spectrum;
    fft.fwd(spectrum, padded);
    for (auto& value : spectrum)
        value = std::norm(value);
    std::vector<double> back;
    fft.inv(back, spectrum);

    std::vector<double> result(n);
    for (std::size_t k = 0; k < n; ++k)
        result[k] = back[k] / double(n);
    return result;
}

// Split every chain into halves (Vehtari et al. 2021, §4.1).
Chains split_chains(const Chains& chains) {
    Chains halves;
    for (const auto& chain : chains) {
        const std::size_t half = chain.size() / 2;
        halves.emplace_back(chain.begin(), chain.begin() + half);
        halves.emplace_back(chain.end() - half, chain.end());
    }
    return halves;
}

// z = Φ^{-1}((r - 3/8) / (S + 1/4)) of the pooled ranks r (average rank for ties).
Chains rank_normalize(const Chains& chains) {
    std::vector<std::pair<double, std::size_t>> pooled;
    for (std::size_t c = 0; c < chains.size(); ++c) {
        for (double v : chains[c])
            pooled.push_back({v, pooled.size()});
    }
    std::sort(pooled.begin(), pooled.end());
    const double total = double(pooled.size());
    std::vector<double> z(pooled.size());
    const boost::math::normal_distribution<double> normal;
    for (std::size_t i = 0; i < pooled.size();) {
        std::size_t j = i;
        while (j < pooled.size() && pooled[j].first == pooled[i].first)
            ++j;
        const double rank = 0.5 * double(i + j - 1) + 1;
        const double value = boost::math::quantile(normal, (rank - 0.375) / (total + 0.25));
        for (std::size_t k = i; k < j; ++k)
            z[pooled[k].second] = value;
        i = j;
    }
    Chains normalized;
    std::size_t index = 0;
    for (const auto& chain : chains) {
        normalized.emplace_back(z.begin() + index, z.begin() + index + chain.size());
        index += chain.size();
    }
    return normalized;
}

// Gelman-Rubin R̂ of equal-length chains (Gelman et al., BDA3 §11.4).
double basic_rhat(const Chains& chains) {
    const double n = double(chains.front().size());
    std::vector<double> means;
    double within = 0;
    for (const auto& chain : chains) {
        means.push_back(mean_of(chain));
        within += variance_of(chain);
    }
    within /= double(chains.size());
    const double between = n * variance_of(means);
    if (within <= 0)
        return between > 0 ? INFINITY : 1.0;
    const double pooled = (n - 1) / n * within + between / n;
    return std::sqrt(pooled / within);
}

}  // namespace

// Stan's multi-chain ESS (Stan Reference Manual, "Effective sample size"; Geyer 1992).
double effective_sample_size(const Chains& chains) {
    const std::size_t m = chains.size();
    const std::size_t n = chains.front().size();
    if (n < 4)
        return 0;

    std::vector<std::vector<double>> acov;
    std::vector<double> means;
    for (const auto& chain : chains) {
        acov.push_back(autocovariance(chain));
        means.push_back(mean_of(chain));
    }
    double within = 0;
    for (const auto& a : acov)
        within += a[0] * double(n) / double(n - 1);
    within /= double(m);
    const double between = m > 1 ? variance_of(means) : 0.0;
    const double var_plus = within * double(n - 1) / double(n) + between;
    if (var_plus <= 0)
        return double(m * n);

    auto rho = [&](std::size_t lag) {
        double mean_acov = 0;
        for (const auto& a : acov)
            mean_acov += a[lag];
        return 1 - (within - mean_acov / double(m)) / var_plus;
    };

    // Initial positive sequence of pair sums, made monotone.
    double sum = 0;
    double previous = INFINITY;
    for (std::size_t k = 0; 2 * k + 1 < n; ++k) {
        double pair = rho(2 * k) + rho(2 * k + 1);
        if (pair <= 0)
            break;
        pair = std::min(pair, previous);
        previous = pair;
        sum += pair;
    }
    const double tau = std::max(-1 + 2 * sum, 1.0 / std::log10(double(m * n)));
    return double(m * n) / tau;
}

double bulk_ess(const Chains& chains) {
    return effective_sample_size(rank_normalize(split_chains(chains)));
}

double split_rhat(const Chains& chains) {
    const Chains halves = split_chains(chains);
    const double bulk = basic_rhat(rank_normalize(halves));

    std::vector<double> pooled;
    for (const auto& chain : chains)
        pooled.insert(pooled.end(), chain.begin(), chain.end());
    std::nth_element(pooled.begin(), pooled.begin() + pooled.size() / 2, pooled.end());
    const double median = pooled[pooled.size() / 2];
    Chains folded = halves;
    for (auto& chain : folded) {
        for (double& v : chain)
            v = std::fabs(v - median);
    }
    const double tail = basic_rhat(rank_normalize(folded));
    return std::max(bulk, tail);
}

double batch_means_se(const Chains& chains, int batches) {
    std::vector<double> means;
    for (const auto& chain : chains) {
        const std::size_t size = chain.size() / batches;
        if (size == 0)
            continue;
        for (int b = 0; b < batches; ++b) {
            double sum = 0;
            for (std::size_t i = b * size; i < (b + 1) * size; ++i)
                sum += chain[i];
            means.push_back(sum / double(size));
        }
    }
    if (means.size() < 2)
        return INFINITY;
    return std::sqrt(variance_of(means) / double(means.size()));
}

double TraceSummary::mcse() const {
    return std::max(ess > 0 ? sd / std::sqrt(ess) : INFINITY, batch_se);
}

TraceSummary summarize_mean(const Chains& chains) {
    std::vector<double> pooled;
    for (const auto& chain : chains)
        pooled.insert(pooled.end(), chain.begin(), chain.end());
    TraceSummary summary;
    summary.mean = mean_of(pooled);
    summary.sd = std::sqrt(variance_of(pooled));
    summary.ess = effective_sample_size(chains);
    summary.batch_se = batch_means_se(chains);
    return summary;
}

TraceSummary summarize(const Chains& chains) {
    TraceSummary summary = summarize_mean(chains);
    summary.bulk_ess = bulk_ess(chains);
    summary.rhat = split_rhat(chains);
    return summary;
}

}  // namespace slt::numerics
