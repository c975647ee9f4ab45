#include "slt/numerics/local_learning_coefficient.hpp"

#include "slt/error.hpp"
#include "slt/numerics/mala_sampler.hpp"
#include "slt/numerics/rng.hpp"

#include <chrono>
#include <cmath>
#include <sstream>

#include "thread_count.hpp"

#ifdef _OPENMP
#include <omp.h>
#endif

namespace slt::numerics {

namespace {

using detail::thread_count;

void validate(const CompiledLoss& loss, const LlcSettings& settings) {
    if (!settings.center.empty() && int(settings.center.size()) != loss.num_vars()) {
        throw InputError("the LLC centre w* has " + std::to_string(settings.center.size()) +
                             " coordinates, the problem " + std::to_string(loss.num_vars()),
                         "--center", "give one coordinate per variable");
    }
    if (!(settings.gamma > 0)) {
        throw InputError("the localisation γ must be > 0", "--gamma",
                         "use e.g. --gamma 100 (devinterp's `localization`)");
    }
    if (settings.chains < 2 || settings.draws < 4 || settings.nbeta.empty()) {
        throw InputError("the LLC needs at least 2 chains, 4 draws and one nβ",
                         "--chains/--draws/--nbeta", "use e.g. --chains 8 --draws 2000");
    }
    for (double t : settings.nbeta) {
        if (!(t > 0))
            throw InputError("nβ must be > 0", "--nbeta", "give positive values, e.g. 1e3,1e4");
    }
}

struct ChainResult {
    std::vector<double> excess;  // t (K − K(w*)) per draw
    long accepted = 0;
    long proposed = 0;
    double step_size = 0;
    bool diverged = false;
};

// One chain at inverse temperature t, started at w*.
ChainResult run_chain(const MalaKernel& kernel, const std::vector<double>& center, double t,
                      double loss_at_center, Precision precision, const LlcSettings& settings,
                      std::uint64_t seed) {
    Rng rng(seed);
    MalaState state = kernel.make_state(center, precision);
    const bool mala = settings.sampler == LlcSampler::mala;

    // Burn-in; with no step size given, Metropolis steps adapt ε (then frozen).
    const double target = mala ? 0.574 : 0.9;
    const bool adapt = settings.step_size <= 0;
    StepSizeAdapter adapter(adapt ? 0.1 / (t + settings.gamma) : settings.step_size, target);
    for (long i = 0; i < settings.burn_in; ++i) {
        const bool accepted =
            kernel.step(state, t, adapter.step_size(), precision, rng, mala || adapt);
        if (adapt)
            adapter.record(accepted);
    }

    ChainResult result;
    result.step_size = adapter.step_size();
    for (long i = 0; i < settings.draws && !result.diverged; ++i) {
        for (long s = 0; s < settings.steps_between_draws; ++s) {
            result.accepted += kernel.step(state, t, result.step_size, precision, rng, mala);
            ++result.proposed;
        }
        result.diverged = !std::isfinite(state.k);
        result.excess.push_back(t * (state.k - loss_at_center));
    }
    return result;
}

LlcEstimate summarize_chains(double t, std::vector<ChainResult>& chains, bool mala) {
    LlcEstimate estimate;
    estimate.nbeta = t;
    Chains traces;
    std::vector<double> means;
    long accepted = 0, proposed = 0, negative = 0, draws = 0;
    for (ChainResult& chain : chains) {
        estimate.diverged = estimate.diverged || chain.diverged;
        double sum = 0;
        for (double x : chain.excess) {
            sum += x;
            negative += x < 0 ? 1 : 0;
        }
        means.push_back(sum / double(chain.excess.size()));
        draws += static_cast<long>(chain.excess.size());
        accepted += chain.accepted;
        proposed += chain.proposed;
        estimate.step_size += chain.step_size / double(chains.size());
        traces.push_back(std::move(chain.excess));
    }
    if (estimate.diverged) {
        estimate.lambda = NAN;
        return estimate;
    }

    // devinterp's llc/mean and llc/std are over chains; the SE adds the ESS-based MCSE.
    double mean = 0, sum_sq = 0;
    for (double m : means)
        mean += m / double(means.size());
    for (double m : means)
        sum_sq += (m - mean) * (m - mean);
    estimate.lambda = mean;
    estimate.chain_sd = std::sqrt(sum_sq / double(means.size() - 1));
    estimate.trace = summarize(traces);
    estimate.standard_error =
        std::max(estimate.chain_sd / std::sqrt(double(means.size())), estimate.trace.mcse());
    estimate.acceptance = mala && proposed > 0 ? double(accepted) / double(proposed) : 0.0;
    estimate.negative_fraction = double(negative) / double(draws);
    return estimate;
}

std::string format(double value) {
    std::ostringstream out;
    out.precision(3);
    out << value;
    return out.str();
}

// Diagnostics out of range become warnings (§6.4 "Known biases", §6.5 "Diagnostics").
void add_warnings(const LlcEstimate& e, const LlcSettings& settings,
                  std::vector<std::string>& warnings) {
    const std::string where = "nβ = " + format(e.nbeta) + ": ";
    const DiagnosticLimits& limits = settings.limits;
    if (e.diverged) {
        warnings.push_back(where + "the chain diverged (K not finite); lower --lr");
        return;
    }
    if (e.trace.rhat > limits.max_rhat)
        warnings.push_back(where + "split-R̂ " + format(e.trace.rhat) + "; draw more or burn in");
    if (e.trace.bulk_ess < limits.min_ess)
        warnings.push_back(where + "bulk-ESS " + format(e.trace.bulk_ess) + " < " +
                           format(limits.min_ess));
    if (settings.sampler == LlcSampler::mala &&
        (e.acceptance < limits.min_acceptance || e.acceptance > limits.max_acceptance))
        warnings.push_back(where + "MALA acceptance " + format(e.acceptance) + " out of range");
    if (e.negative_fraction > 0.01)
        warnings.push_back(where + format(100 * e.negative_fraction) +
                           "% of draws below K(w*): w* is not a local minimum (§6.4 bias 4)");
}

}  // namespace

const char* to_string(LlcSampler sampler) {
    return sampler == LlcSampler::sgld ? "SGLD (unadjusted Langevin, full gradient)"
                                       : "MALA (Metropolis-adjusted Langevin)";
}

LlcReport local_learning_coefficient(const CompiledLoss& loss, const LlcSettings& settings) {
    validate(loss, settings);
    const auto start = std::chrono::steady_clock::now();
    LlcReport report;
    report.settings = settings;
    if (report.settings.center.empty())
        report.settings.center.assign(loss.num_vars(), 0.0);
    const std::vector<double>& center = report.settings.center;
    report.loss_at_center = loss.value(center.data(), Precision::long_double_precision);

    // The tether replaces the prior (no domain); unit scale: devinterp's update exactly.
    SamplerTarget target{&loss, nullptr, settings.gamma, center};
    const MalaKernel kernel(target, std::vector<double>(loss.num_vars(), 1.0));
    std::vector<double> bound;
    for (double c : center)
        bound.push_back(std::fabs(c) + 1);

    for (std::size_t k = 0; k < settings.nbeta.size(); ++k) {
        const double t = settings.nbeta[k];
        const Precision precision = loss.precision_for(t, bound);
        std::vector<ChainResult> chains(settings.chains);
#pragma omp parallel for schedule(dynamic, 1) num_threads(thread_count(settings.threads))
        for (int c = 0; c < settings.chains; ++c) {
            const std::uint64_t seed = mix_seed(settings.seed, k * 1000003ULL + c);
            chains[c] =
                run_chain(kernel, center, t, report.loss_at_center, precision, settings, seed);
        }
        report.estimates.push_back(
            summarize_chains(t, chains, settings.sampler == LlcSampler::mala));
        add_warnings(report.estimates.back(), settings, report.warnings);
    }
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

}  // namespace slt::numerics
