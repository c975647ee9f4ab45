// Parallel tempering on the t-ladder for π_t ∝ exp(-t K) φ on a box (ALGORITHMS.md §6.5).
//
// Each replica is a full ladder of MALA (or HMC) chains, one per rung; after every sweep,
// neighbours t_i < t_{i+1} swap states with probability min(1, exp((t_{i+1} - t_i)(K_{i+1} -
// K_i))), alternating even and odd pairs (the deterministic even-odd scheme of Okabe et al. 2001;
// Syed et al., JRSS-B 2022). Replicas are independent, run in parallel (OpenMP), each with its
// own random stream mix_seed(seed, replica), so results do not depend on the thread count.
#pragma once

#include "slt/numerics/compiled_loss.hpp"
#include "slt/numerics/diagnostics.hpp"
#include "slt/numerics/domain.hpp"
#include "slt/numerics/tempering_ladder.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace slt::numerics {

// The kernel of each rung: MALA (one gradient per step) or HMC (hmc_sampler.hpp, one
// trajectory of `leapfrog_steps` gradients per step).
enum class SamplerKernel { mala, hmc };

const char* to_string(SamplerKernel kernel);

struct ParallelTemperingSettings {
    TemperingLadder ladder = TemperingLadder::log_spaced(1e2, 1e10, 4);
    int replicas = 4;         // independent ladders (chains per rung, for R̂)
    long sweeps = 20000;      // after burn-in
    long burn_in = 5000;      // sweeps; step sizes adapt only here
    int steps_per_sweep = 1;  // kernel steps per rung between swap rounds
    SamplerKernel kernel = SamplerKernel::mala;
    int leapfrog_steps = 8;            // HMC only
    long max_draws = 20000;            // per replica and rung; the trace is thinned to this
    double target_acceptance = 0.574;  // MALA (Roberts and Rosenthal 1998); HMC uses 0.8
    // Per-coordinate scales from the posterior spread per rung during burn-in
    // (scale_adaptation.hpp); false keeps the box widths for every rung.
    bool diagonal_scales = true;
    std::uint64_t seed = 1;
    int threads = 0;  // 0: OpenMP default
    // Called from one thread with (sweeps done, sweeps total) about every 2% of the run.
    std::function<void(long, long)> progress;
};

struct RungTrace {
    double t = 0;
    Precision precision = Precision::double_precision;
    Chains k;                   // K draws: k[replica][i]
    double acceptance = 0;      // MALA acceptance after burn-in, over replicas
    double swap_rate = 0;       // with the next rung (0 for the last)
    double step_size = 0;       // mean adapted ε over replicas
    std::vector<double> scale;  // mean adapted per-coordinate scale s_j over replicas
};

struct ParallelTemperingRun {
    ParallelTemperingSettings settings;
    std::vector<RungTrace> rungs;
    long thin = 1;
    std::uint64_t evaluations = 0;  // K-and-gradient evaluations
    double seconds = 0;
};

ParallelTemperingRun run_parallel_tempering(const CompiledLoss& loss, const Domain& domain,
                                            const ParallelTemperingSettings& settings);

}  // namespace slt::numerics
