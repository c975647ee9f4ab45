#include "slt/numerics/hmc_sampler.hpp"

#include <cmath>
#include <utility>

namespace slt::numerics {

HmcKernel::HmcKernel(const SamplerTarget& target, std::vector<double> scale)
    : target_(target), evaluator_(target, std::move(scale)) {}

void HmcKernel::kick(const MalaState& state, double t, double h,
                     std::vector<double>& momentum) const {
    const std::vector<double>& s = evaluator_.scale();
    for (std::size_t j = 0; j < momentum.size(); ++j)
        momentum[j] -= h * s[j] * (t * state.grad_k[j] - state.grad_log_base[j]);
}

void HmcKernel::drift(MalaState& state, double h, std::vector<double>& momentum) const {
    const std::vector<double>& s = evaluator_.scale();
    const std::vector<double>& lower = target_.domain->lower();
    const std::vector<double>& upper = target_.domain->upper();
    for (std::size_t j = 0; j < momentum.size(); ++j) {
        double w = state.w[j] + h * s[j] * momentum[j];
        // Reflect until inside: a step can cross the box more than once only when it is
        // longer than the box, which the adaptation never keeps.
        for (int bounce = 0; bounce < 64 && (w < lower[j] || w > upper[j]); ++bounce) {
            w = w > upper[j] ? 2 * upper[j] - w : 2 * lower[j] - w;
            momentum[j] = -momentum[j];
        }
        state.w[j] = w;
    }
}

bool HmcKernel::step(MalaState& state, double t, double step_size, int leapfrog_steps,
                     Precision precision, Rng& rng) const {
    const std::size_t d = state.w.size();
    thread_local std::vector<double> momentum;
    thread_local MalaState next;
    momentum.resize(d);
    double kinetic = 0;
    for (double& p : momentum) {
        p = rng.normal();
        kinetic += 0.5 * p * p;
    }
    const double start = t * state.k - state.log_base + kinetic;
    const double h = step_size * (0.8 + 0.4 * rng.uniform());

    next = state;
    kick(next, t, 0.5 * h, momentum);
    for (int i = 0; i < leapfrog_steps; ++i) {
        drift(next, h, momentum);
        if (!target_.domain->contains(next.w.data()))
            return false;
        evaluator_.evaluate(next, precision);
        kick(next, t, i + 1 < leapfrog_steps ? h : 0.5 * h, momentum);
    }

    kinetic = 0;
    for (double p : momentum)
        kinetic += 0.5 * p * p;
    const double end = t * next.k - next.log_base + kinetic;
    const double log_ratio = start - end;
    if (std::isfinite(log_ratio) && std::log(rng.uniform()) < log_ratio) {
        std::swap(state, next);
        return true;
    }
    return false;
}

}  // namespace slt::numerics
