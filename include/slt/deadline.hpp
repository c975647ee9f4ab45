// Wall-clock limits inside long exact computations (`slt rlct --time-limit`). A computation
// sets its deadline for a scope; the inner loops of the number-field arithmetic poll it, so a
// single huge translation over Q(c) cannot outlive the limit.
#pragma once

#include <chrono>

namespace slt {

class ScopedDeadline {
  public:
    explicit ScopedDeadline(std::chrono::steady_clock::time_point deadline);
    ~ScopedDeadline();
    ScopedDeadline(const ScopedDeadline&) = delete;
    ScopedDeadline& operator=(const ScopedDeadline&) = delete;

  private:
    std::chrono::steady_clock::time_point previous_;
};

// Throws LimitExceeded("the time limit was reached") once the deadline of the innermost scope
// has passed. Reads the clock only every few calls, so it is cheap in inner loops.
void poll_deadline();

}  // namespace slt
