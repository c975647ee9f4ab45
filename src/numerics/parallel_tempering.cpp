#include "slt/numerics/parallel_tempering.hpp"

#include "slt/error.hpp"
#include "slt/numerics/hmc_sampler.hpp"
#include "slt/numerics/mala_sampler.hpp"
#include "slt/numerics/scale_adaptation.hpp"

#include <chrono>
#include <cmath>
#include <optional>
#include <utility>

#include "thread_count.hpp"

#ifdef _OPENMP
#include <omp.h>
#endif

namespace slt::numerics {

namespace {

using detail::thread_count;

struct Rung {
    explicit Rung(MalaKernel initial) : kernel(std::move(initial)) {}

    MalaState state;
    MalaKernel kernel;
    std::optional<HmcKernel> hmc;  // when the rung runs HMC; shares the kernel's scales
    StepSizeAdapter adapter{1.0, 0.574};
    ScaleEstimator spread;
    long accepted = 0;
    long proposed = 0;
    long swaps_accepted = 0;
    long swaps_proposed = 0;
};

struct ReplicaResult {
    std::vector<std::vector<double>> draws;  // draws[rung][i]
    std::vector<Rung> rungs;
    std::uint64_t evaluations = 0;
};

// Neighbour swaps of one round: even pairs on even sweeps, odd pairs on odd sweeps.
void swap_round(std::vector<Rung>& rungs, const std::vector<double>& t, long sweep, Rng& rng,
                bool record) {
    for (std::size_t i = sweep % 2; i + 1 < rungs.size(); i += 2) {
        const double log_ratio = (t[i + 1] - t[i]) * (rungs[i + 1].state.k - rungs[i].state.k);
        const bool accept = log_ratio >= 0 || std::log(rng.uniform()) < log_ratio;
        if (record) {
            ++rungs[i].swaps_proposed;
            rungs[i].swaps_accepted += accept ? 1 : 0;
        }
        if (accept)
            std::swap(rungs[i].state, rungs[i + 1].state);
    }
}

// Records each rung's state in its window; at the end of a window, sets the rung's scales
// to the window's spread and rescales ε to match (scale_adaptation.hpp).
void update_scales(std::vector<Rung>& rungs, bool window_ends) {
    for (Rung& rung : rungs) {
        rung.spread.add(rung.state.w);
        if (!window_ends)
            continue;
        const std::vector<double> before = rung.kernel.scale();
        std::vector<double> after = rung.spread.scale(before);
        // MALA's ε is a variance (proposal sd sqrt(ε)), HMC's a length.
        const double factor = rescaled_step_size(1.0, before, after);
        rung.adapter.set_step_size(rung.adapter.step_size() *
                                   (rung.hmc ? std::sqrt(factor) : factor));
        if (rung.hmc)
            rung.hmc->set_scale(after);
        rung.kernel.set_scale(std::move(after));
        rung.spread.reset();
    }
}

ReplicaResult run_replica(const CompiledLoss& loss, const Domain& domain,
                          const ParallelTemperingSettings& settings,
                          const std::vector<Precision>& precision, long thin, int replica,
                          bool report) {
    const std::vector<double>& t = settings.ladder.t;
    const int num_rungs = settings.ladder.size();
    Rng rng(mix_seed(settings.seed, static_cast<std::uint64_t>(replica)));
    const SamplerTarget target{&loss, &domain, 0.0, {}};

    // Overdispersed starts: independent draws from the prior; ε_0 = 0.1 t^{-3/4} is between
    // the quadratic (1/t) and quartic (t^{-1/2}) scalings of the posterior width squared.
    ReplicaResult result;
    result.draws.resize(num_rungs);
    std::vector<double> w(domain.dimension());
    for (int r = 0; r < num_rungs; ++r) {
        result.rungs.emplace_back(MalaKernel(target, domain.widths()));
        Rung& rung = result.rungs.back();
        domain.sample_prior(rng, w.data());
        rung.state = rung.kernel.make_state(w, precision[r]);
        const double initial = 0.1 * std::pow(t[r], -0.75);
        if (settings.kernel == SamplerKernel::hmc) {
            rung.hmc.emplace(target, domain.widths());
            rung.adapter = StepSizeAdapter(std::sqrt(initial), HmcKernel::kTargetAcceptance);
        } else {
            rung.adapter = StepSizeAdapter(initial, settings.target_acceptance);
        }
        rung.spread = ScaleEstimator(domain.dimension());
    }
    const std::vector<long> window_ends =
        settings.diagonal_scales ? scale_window_ends(settings.burn_in) : std::vector<long>{};
    const long spread_start = window_ends.empty() ? 0 : settings.burn_in * 15 / 100;
    std::size_t next_window = 0;

    const long total = settings.burn_in + settings.sweeps;
    const long report_every = std::max(1L, total / 50);
    for (long sweep = 0; sweep < total; ++sweep) {
        const bool sampling = sweep >= settings.burn_in;
        for (int r = 0; r < num_rungs; ++r) {
            Rung& rung = result.rungs[r];
            for (int s = 0; s < settings.steps_per_sweep; ++s) {
                const double step_size = rung.adapter.step_size();
                const bool accepted =
                    rung.hmc ? rung.hmc->step(rung.state, t[r], step_size, settings.leapfrog_steps,
                                              precision[r], rng)
                             : rung.kernel.step(rung.state, t[r], step_size, precision[r], rng);
                if (!sampling)
                    rung.adapter.record(accepted);
                if (sampling) {
                    ++rung.proposed;
                    rung.accepted += accepted ? 1 : 0;
                }
            }
        }
        const int per_step =
            settings.kernel == SamplerKernel::hmc ? std::max(1, settings.leapfrog_steps) : 1;
        result.evaluations +=
            static_cast<std::uint64_t>(num_rungs) * settings.steps_per_sweep * per_step;
        swap_round(result.rungs, t, sweep, rng, sampling);
        if (next_window < window_ends.size() && sweep >= spread_start) {
            update_scales(result.rungs, sweep + 1 == window_ends[next_window]);
            next_window += sweep + 1 == window_ends[next_window] ? 1 : 0;
        }

        if (sampling && (sweep - settings.burn_in) % thin == 0) {
            for (int r = 0; r < num_rungs; ++r)
                result.draws[r].push_back(result.rungs[r].state.k);
        }
        if (report && settings.progress && (sweep + 1) % report_every == 0) {
            settings.progress(sweep + 1, total);
        }
    }
    return result;
}

}  // namespace

const char* to_string(SamplerKernel kernel) {
    return kernel == SamplerKernel::hmc ? "HMC" : "MALA";
}

ParallelTemperingRun run_parallel_tempering(const CompiledLoss& loss, const Domain& domain,
                                            const ParallelTemperingSettings& settings) {
    if (settings.kernel == SamplerKernel::hmc && settings.leapfrog_steps < 1) {
        throw InputError("HMC needs at least one leapfrog step", "--leapfrog",
                         "use e.g. --leapfrog 8");
    }
    if (settings.replicas < 2 || settings.sweeps < 100 || settings.burn_in < 0) {
        throw InputError("parallel tempering needs at least 2 replicas and 100 sweeps",
                         "--chains/--sweeps", "use e.g. --chains 4 --sweeps 20000");
    }
    if (loss.num_vars() != domain.dimension()) {
        throw InputError("the problem and the domain have different dimensions", "domain",
                         "give one interval per variable");
    }
    const auto start = std::chrono::steady_clock::now();
    ParallelTemperingRun run;
    run.settings = settings;
    run.thin = std::max(1L, (settings.sweeps + settings.max_draws - 1) / settings.max_draws);

    const int num_rungs = settings.ladder.size();
    std::vector<Precision> precision;
    for (double t : settings.ladder.t) {
        precision.push_back(loss.precision_for(t, domain.magnitude_bound()));
    }

    std::vector<ReplicaResult> replicas(settings.replicas);
#pragma omp parallel for schedule(dynamic, 1) num_threads(thread_count(settings.threads))
    for (int c = 0; c < settings.replicas; ++c) {
        replicas[c] = run_replica(loss, domain, settings, precision, run.thin, c, c == 0);
    }

    for (int r = 0; r < num_rungs; ++r) {
        RungTrace trace;
        trace.t = settings.ladder.t[r];
        trace.precision = precision[r];
        long accepted = 0, proposed = 0, swaps = 0, swap_tries = 0;
        for (auto& replica : replicas) {
            const Rung& rung = replica.rungs[r];
            trace.k.push_back(std::move(replica.draws[r]));
            accepted += rung.accepted;
            proposed += rung.proposed;
            swaps += rung.swaps_accepted;
            swap_tries += rung.swaps_proposed;
            trace.step_size += rung.adapter.step_size() / settings.replicas;
            trace.scale.resize(rung.kernel.scale().size(), 0.0);
            for (std::size_t j = 0; j < trace.scale.size(); ++j)
                trace.scale[j] += rung.kernel.scale()[j] / settings.replicas;
        }
        trace.acceptance = proposed > 0 ? double(accepted) / double(proposed) : 0.0;
        trace.swap_rate = swap_tries > 0 ? double(swaps) / double(swap_tries) : 0.0;
        run.rungs.push_back(std::move(trace));
    }
    for (const auto& replica : replicas)
        run.evaluations += replica.evaluations;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return run;
}

}  // namespace slt::numerics
