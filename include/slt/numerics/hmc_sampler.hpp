// Hamiltonian Monte Carlo for π(w) ∝ exp(-t K(w)) · base(w) on a box (ALGORITHMS.md §6.5
// "HMC / NUTS"; Duane, Kennedy, Pendleton and Roweth, Phys. Lett. B 195 (1987); Neal, "MCMC
// using Hamiltonian dynamics", Handbook of MCMC (2011)).
//
// In the scaled coordinates z = w / s of the MALA kernel (s: the diagonal preconditioner, so
// a unit mass in z is the diagonal mass matrix diag(1/s²) in w), with U(z) = t K - log base:
// momentum p ~ N(0, I), `leapfrog_steps` leapfrog steps of size ε (jittered by a factor in
// [0.8, 1.2], Neal §5.4.2.2, so that no fixed ε L resonates with a period of the dynamics),
// and acceptance min(1, exp(H(z, p) - H(z', p'))), H = U + |p|²/2. At a face of the box the
// coordinate is reflected and its momentum negated (Neal §5.5.1.5): the map stays volume
// preserving and reversible, so the kernel is exact. A trajectory that meets a non-finite
// energy is rejected.
#pragma once

#include "slt/numerics/mala_sampler.hpp"

#include <vector>

namespace slt::numerics {

class HmcKernel {
  public:
    // Precondition: target.domain is set (the box for the reflections).
    HmcKernel(const SamplerTarget& target, std::vector<double> scale);

    // One trajectory; returns true on acceptance (state then holds the new point).
    bool step(MalaState& state, double t, double step_size, int leapfrog_steps, Precision precision,
              Rng& rng) const;

    const std::vector<double>& scale() const { return evaluator_.scale(); }
    void set_scale(std::vector<double> scale) { evaluator_.set_scale(std::move(scale)); }

    // Acceptance the step size adapts to (Hoffman and Gelman, JMLR 15 (2014): 0.8).
    static constexpr double kTargetAcceptance = 0.8;

  private:
    // p -= h · s ⊙ ∇_w U at the state's point.
    void kick(const MalaState& state, double t, double h, std::vector<double>& momentum) const;
    // w += h · s ⊙ p, reflected into the box.
    void drift(MalaState& state, double h, std::vector<double>& momentum) const;

    SamplerTarget target_;
    MalaKernel evaluator_;
};

}  // namespace slt::numerics
