#include "slt/deadline.hpp"

#include "slt/error.hpp"

#include <algorithm>

namespace slt {

namespace {

using Clock = std::chrono::steady_clock;

// Per thread: the engine runs one computation per thread.
thread_local Clock::time_point current_deadline = Clock::time_point::max();
thread_local unsigned polls = 0;

// The clock is read once per this many polls.
constexpr unsigned kPollsPerClockRead = 64;

}  // namespace

ScopedDeadline::ScopedDeadline(Clock::time_point deadline) : previous_(current_deadline) {
    current_deadline = std::min(previous_, deadline);
}

ScopedDeadline::~ScopedDeadline() {
    current_deadline = previous_;
}

void poll_deadline() {
    if (current_deadline == Clock::time_point::max() || ++polls % kPollsPerClockRead != 0)
        return;
    if (Clock::now() > current_deadline)
        throw LimitExceeded("the time limit was reached");
}

}  // namespace slt
