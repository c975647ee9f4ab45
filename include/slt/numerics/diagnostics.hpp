// Convergence diagnostics for a scalar traced by several chains (Vehtari, Gelman, Simpson,
// Carpenter, Bürkner, "Rank-normalization, folding, and localization: an improved R̂",
// Bayesian Analysis 16 (2021)); ALGORITHMS.md §6.5 "Diagnostics".
#pragma once

#include <string>
#include <vector>

namespace slt::numerics {

using Chains = std::vector<std::vector<double>>;  // chains[c][i]: draw i of chain c

// Effective sample size of the mean of all draws: N / (1 + 2 Σ ρ_k), with the multi-chain
// autocorrelation of Stan and Geyer's initial monotone sequence. Chains of equal length >= 4.
double effective_sample_size(const Chains& chains);

// Rank-normalised split-R̂: the maximum of the bulk (rank-normalised draws) and the folded
// (|x - median|, rank-normalised) split-R̂.
double split_rhat(const Chains& chains);

// Bulk-ESS: effective_sample_size of the rank-normalised, split chains.
double bulk_ess(const Chains& chains);

// Batch-means standard error of the mean: each chain cut into `batches` consecutive batches,
// SE = sd(batch means) / sqrt(number of batches) (Flegal and Jones, Ann. Statist. 38 (2010)).
// It sees slow modes (e.g. motion along a valley of {K = 0}) that a short autocorrelation
// window of t K misses.
double batch_means_se(const Chains& chains, int batches = 5);

struct TraceSummary {
    double mean = 0;
    double sd = 0;
    double ess = 0;  // for the mean (MCSE = sd / sqrt(ess))
    double bulk_ess = 0;
    double rhat = 0;
    double batch_se = 0;
    // max(sd / sqrt(ess), batch_se): the larger of the two error estimates.
    double mcse() const;
};

TraceSummary summarize(const Chains& chains);
// Only mean, sd, ess and batch_se (no rank normalisation): for secondary series.
TraceSummary summarize_mean(const Chains& chains);

// Limits of ALGORITHMS.md §6.5: R̂ < 1.01, bulk-ESS > 400; acceptance and swap rates.
struct DiagnosticLimits {
    double max_rhat = 1.01;
    double min_ess = 400;
    double min_acceptance = 0.15;
    double max_acceptance = 0.95;
    double min_swap_rate = 0.05;
};

}  // namespace slt::numerics
