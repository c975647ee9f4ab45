// The devinterp-compatible local learning coefficient (ALGORITHMS.md §6.4; Lau, Furman,
// Wang, Murfet, Wei, "The local learning coefficient", 2023; devinterp `LLCEstimator`) in its
// synthetic form:
//     λ̂(w*; t, γ) = t · (E_{t,γ}[K] − K(w*)),   p(w) ∝ exp(−t K(w) − (γ/2)|w − w*|²),
// with t = nβ. There is no prior and no box: the Gaussian tether localises.
//
// Samplers (chains start at w*, as in devinterp):
//  * SGLD with the full gradient, devinterp's update with σ = 1 and no weight decay:
//        w ← w − (ε/2)[t ∇K(w) + γ(w − w*)] + sqrt(ε) ξ
//    It has an O(ε) stationary bias of either sign (§6.4 bias 2).
//  * MALA: the same proposal with a Metropolis-Hastings correction (drift truncated as in
//    MalaKernel), which removes that bias.
//
// Conventions (§8 item 12): t is nβ, not β; devinterp's default nβ = b/log b uses the batch
// size b, so it equals n/log n only for full batches; K is the full-batch loss here.
#pragma once

#include "slt/numerics/compiled_loss.hpp"
#include "slt/numerics/diagnostics.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace slt::numerics {

enum class LlcSampler { sgld, mala };

const char* to_string(LlcSampler sampler);

struct LlcSettings {
    std::vector<double> nbeta = {1e2, 1e3, 1e4, 1e5};  // t = nβ, one estimate each
    double gamma = 100;                                // localisation γ
    std::vector<double> center;                        // w*; empty: the origin
    LlcSampler sampler = LlcSampler::mala;
    // Step size ε. <= 0: adapted during burn-in with Metropolis steps, towards acceptance
    // 0.574 for MALA and 0.9 for SGLD (devinterp's guidance for a healthy SGLD step), then
    // frozen.
    double step_size = 0;
    int chains = 8;
    long draws = 2000;
    long burn_in = 1000;  // devinterp's default is 0; chains start at w* (bias 1)
    long steps_between_draws = 1;
    std::uint64_t seed = 1;
    int threads = 0;
    DiagnosticLimits limits;
};

struct LlcEstimate {
    double nbeta = 0;
    double lambda = 0;          // mean over chains of t (mean K − K(w*))
    double standard_error = 0;  // max(sd over chains / sqrt(chains), MCSE from the ESS)
    double chain_sd = 0;        // devinterp's llc/std
    double step_size = 0;
    double acceptance = 0;         // MALA only (after burn-in)
    double negative_fraction = 0;  // draws with K < K(w*) (devinterp's OnlineLossStatistics)
    TraceSummary trace;            // diagnostics of t (K − K(w*))
    bool diverged = false;         // a non-finite K: lower the step size
};

struct LlcReport {
    LlcSettings settings;
    double loss_at_center = 0;  // K(w*)
    std::vector<LlcEstimate> estimates;
    std::vector<std::string> warnings;
    double seconds = 0;
};

// Precondition: center empty or of length loss.num_vars(); gamma > 0, chains >= 2,
// draws >= 4 (throws InputError otherwise).
LlcReport local_learning_coefficient(const CompiledLoss& loss, const LlcSettings& settings);

}  // namespace slt::numerics
