// Reproducible random streams: every chain draws from its own stream, derived from the run's
// seed and the chain's index by SplitMix64 (Steele, Lea, Flood 2014), so results do not
// depend on the number of threads.
#pragma once

#include <cstdint>
#include <random>

namespace slt::numerics {

// SplitMix64 finaliser: a bijective mix of 64 bits.
std::uint64_t mix_seed(std::uint64_t seed, std::uint64_t stream);

class Rng {
  public:
    explicit Rng(std::uint64_t seed) : engine_(seed) {}

    double uniform() { return uniform_(engine_); }
    double normal() { return normal_(engine_); }
    std::uint64_t next() { return engine_(); }

  private:
    std::mt19937_64 engine_;
    std::uniform_real_distribution<double> uniform_{0.0, 1.0};
    std::normal_distribution<double> normal_{0.0, 1.0};
};

}  // namespace slt::numerics
