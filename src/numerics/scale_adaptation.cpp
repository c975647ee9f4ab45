#include "slt/numerics/scale_adaptation.hpp"

#include <algorithm>
#include <cmath>

namespace slt::numerics {

std::vector<long> scale_window_ends(long burn_in) {
    std::vector<long> ends;
    if (burn_in < kMinBurnIn)
        return ends;
    const long start = burn_in * 15 / 100;
    const long stop = burn_in * 90 / 100;
    long window = 25;
    long end = start + window;
    while (end < stop) {
        // A window that would leave less than its successor before `stop` is stretched to the
        // end instead (Stan's rule), so the last estimate uses the longest window.
        if (end + 2 * window > stop)
            end = stop;
        ends.push_back(end);
        window *= 2;
        end += window;
    }
    if (ends.empty() || ends.back() != stop)
        ends.push_back(stop);
    return ends;
}

ScaleEstimator::ScaleEstimator(int dimension)
    : mean_(dimension, 0.0), sum_squares_(dimension, 0.0) {}

void ScaleEstimator::add(const std::vector<double>& w) {
    ++count_;
    for (std::size_t j = 0; j < w.size(); ++j) {
        const double delta = w[j] - mean_[j];
        mean_[j] += delta / double(count_);
        sum_squares_[j] += delta * (w[j] - mean_[j]);
    }
}

void ScaleEstimator::reset() {
    count_ = 0;
    std::fill(mean_.begin(), mean_.end(), 0.0);
    std::fill(sum_squares_.begin(), sum_squares_.end(), 0.0);
}

std::vector<double> ScaleEstimator::scale(const std::vector<double>& prior) const {
    if (count_ < 2)
        return prior;
    const double n = double(count_);
    std::vector<double> result(prior.size());
    for (std::size_t j = 0; j < prior.size(); ++j) {
        const double variance = sum_squares_[j] / (n - 1);
        const double floor = kFloor * prior[j];
        const double shrunk = (n * variance + kShrinkage * floor * floor) / (n + kShrinkage);
        result[j] = shrunk > 0 && std::isfinite(shrunk) ? std::sqrt(shrunk) : prior[j];
    }
    return result;
}

double rescaled_step_size(double step_size, const std::vector<double>& before,
                          const std::vector<double>& after) {
    double log_ratio = 0;
    for (std::size_t j = 0; j < before.size(); ++j)
        log_ratio += std::log(before[j] / after[j]);
    return step_size * std::exp(2 * log_ratio / double(before.size()));
}

}  // namespace slt::numerics
