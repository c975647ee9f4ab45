#include "slt/numerics/mala_sampler.hpp"

#include <cmath>
#include <utility>

namespace slt::numerics {

MalaKernel::MalaKernel(const SamplerTarget& target, std::vector<double> scale)
    : target_(target), scale_(std::move(scale)) {}

bool MalaKernel::inside(const std::vector<double>& w) const {
    return target_.domain == nullptr || target_.domain->contains(w.data());
}

MalaState MalaKernel::make_state(const std::vector<double>& w, Precision precision) const {
    MalaState state;
    state.w = w;
    evaluate(state, precision);
    return state;
}

void MalaKernel::evaluate(MalaState& state, Precision precision) const {
    const std::vector<double>& w = state.w;
    const std::size_t d = w.size();
    state.grad_k.resize(d);
    state.grad_log_base.assign(d, 0.0);
    state.log_base = 0;
    state.k = target_.loss->value_and_gradient(w.data(), state.grad_k.data(), precision);

    if (target_.domain != nullptr) {
        state.log_base = target_.domain->log_prior(w.data());
        target_.domain->log_prior_gradient(w.data(), state.grad_log_base.data());
    }
    if (target_.gamma > 0) {
        for (std::size_t j = 0; j < d; ++j) {
            const double offset = w[j] - target_.center[j];
            state.log_base -= 0.5 * target_.gamma * offset * offset;
            state.grad_log_base[j] -= target_.gamma * offset;
        }
    }
}

// (ε/2) D in scaled coordinates, D = s ⊙ ∇log π, truncated (MALTA).
void MalaKernel::drift(const MalaState& state, double t, double step_size, bool truncate,
                       double* out) const {
    const std::size_t d = state.w.size();
    double norm2 = 0;
    for (std::size_t j = 0; j < d; ++j) {
        out[j] = scale_[j] * (-t * state.grad_k[j] + state.grad_log_base[j]);
        norm2 += out[j] * out[j];
    }
    const double limit = kDriftLimit * std::sqrt(double(d) / step_size);
    const double shrink = truncate && norm2 > limit * limit ? limit / std::sqrt(norm2) : 1.0;
    for (std::size_t j = 0; j < d; ++j)
        out[j] *= 0.5 * step_size * shrink;
}

bool MalaKernel::step(MalaState& state, double t, double step_size, Precision precision, Rng& rng,
                      bool metropolis) const {
    const std::size_t d = state.w.size();
    thread_local std::vector<double> forward, backward, noise;
    thread_local MalaState next;
    forward.resize(d);
    backward.resize(d);
    noise.resize(d);
    next.w.resize(d);
    std::vector<double>& proposal = next.w;

    drift(state, t, step_size, metropolis, forward.data());
    const double root = std::sqrt(step_size);
    for (std::size_t j = 0; j < d; ++j) {
        noise[j] = rng.normal();
        proposal[j] = state.w[j] + scale_[j] * (forward[j] + root * noise[j]);
    }
    if (!metropolis) {
        evaluate(next, precision);
        std::swap(state, next);
        return true;
    }
    if (!inside(proposal))
        return false;

    evaluate(next, precision);
    drift(next, t, step_size, true, backward.data());

    // log q(w | w') - log q(w' | w), both in scaled coordinates.
    double reverse = 0;
    double forward_sq = 0;
    for (std::size_t j = 0; j < d; ++j) {
        const double back = (state.w[j] - proposal[j]) / scale_[j] - backward[j];
        reverse += back * back;
        forward_sq += root * noise[j] * root * noise[j];
    }
    const double log_ratio = (-t * next.k + next.log_base) - (-t * state.k + state.log_base) -
                             (reverse - forward_sq) / (2 * step_size);
    if (std::isfinite(log_ratio) && std::log(rng.uniform()) < log_ratio) {
        std::swap(state, next);
        return true;
    }
    return false;
}

void StepSizeAdapter::record(bool accepted) {
    accepted_ += accepted ? 1 : 0;
    if (++count_ < kBlock)
        return;
    const double rate = double(accepted_) / count_;
    step_ *= std::exp(kGain * (rate - target_));
    accepted_ = 0;
    count_ = 0;
}

}  // namespace slt::numerics
