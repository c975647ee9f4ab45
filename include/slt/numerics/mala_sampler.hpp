// The Metropolis-adjusted Langevin kernel (MALA) for targets π(w) ∝ exp(-t K(w)) · base(w),
// and its unadjusted version (SGLD with the full gradient).
//
// Proposal (ALGORITHMS.md §6.5; Roberts and Tweedie, Bernoulli 2 (1996)), in coordinates
// z = w / s scaled per coordinate:
//     z' = z + (ε/2) D(z) + sqrt(ε) ξ,   D = s ⊙ ∇ log π, truncated to |D| <= kDriftLimit·sqrt(d/ε)
// (the truncated MALA, "MALTA", of Roberts and Tweedie, which keeps the kernel valid and stable
// near the cusps of singular K), accepted with probability
//     min(1, π(w') q(w | w') / (π(w) q(w' | w))),  q(b | a) ∝ exp(-|b - a - (ε/2) D(a)|² / 2ε),
// exactly devinterp's `mala_acceptance_probability`. Proposals outside the box are rejected,
// which is a valid Metropolis-Hastings move.
#pragma once

#include "slt/numerics/compiled_loss.hpp"
#include "slt/numerics/domain.hpp"
#include "slt/numerics/rng.hpp"

#include <utility>
#include <vector>

namespace slt::numerics {

// base(w) = φ(w) on the domain (when `domain` is set) times exp(-γ/2 |w - center|²) (when
// γ > 0): the prior of §6.5 or the localising Gaussian of §6.4.
struct SamplerTarget {
    const CompiledLoss* loss = nullptr;
    const Domain* domain = nullptr;
    double gamma = 0;
    std::vector<double> center;
};

struct MalaState {
    std::vector<double> w;
    double k = 0;  // K(w)
    std::vector<double> grad_k;
    double log_base = 0;
    std::vector<double> grad_log_base;
};

class MalaKernel {
  public:
    // `scale` is s (one positive entry per coordinate).
    MalaKernel(const SamplerTarget& target, std::vector<double> scale);

    // Evaluates K, its gradient and the base density at w.
    MalaState make_state(const std::vector<double>& w, Precision precision) const;
    // The same, in place: re-evaluates everything at state.w, reusing the storage.
    void evaluate(MalaState& state, Precision precision) const;

    // One step at inverse temperature t and step size ε. With `metropolis` false the proposal
    // is always accepted and the drift is not truncated (SGLD, §6.4). Returns true on
    // acceptance.
    bool step(MalaState& state, double t, double step_size, Precision precision, Rng& rng,
              bool metropolis = true) const;

    const std::vector<double>& scale() const { return scale_; }
    // Replaces s (the diagonal preconditioner; scale_adaptation.hpp). Only between steps.
    void set_scale(std::vector<double> scale) { scale_ = std::move(scale); }

    static constexpr double kDriftLimit = 2.0;

  private:
    void drift(const MalaState& state, double t, double step_size, bool truncate,
               double* out) const;
    bool inside(const std::vector<double>& w) const;

    SamplerTarget target_;
    std::vector<double> scale_;
};

// Step-size adaptation in blocks: after each block of steps, log ε += kGain·(rate - target).
// Used only during burn-in, so the kernel is fixed when draws are recorded.
class StepSizeAdapter {
  public:
    StepSizeAdapter(double initial, double target_acceptance)
        : step_(initial), target_(target_acceptance) {}

    double step_size() const { return step_; }
    // Restarts from ε (after a change of the scales); the block in progress is discarded.
    void set_step_size(double step_size) {
        step_ = step_size;
        accepted_ = 0;
        count_ = 0;
    }
    void record(bool accepted);

    static constexpr int kBlock = 25;
    static constexpr double kGain = 2.0;

  private:
    double step_;
    double target_;
    int accepted_ = 0;
    int count_ = 0;
};

}  // namespace slt::numerics
