#include "slt/numerics/replica_jackknife.hpp"

#include <cmath>

namespace slt::numerics {

LeaveOneOutSeries leave_one_out_series(const ParallelTemperingRun& run) {
    const std::size_t replicas = static_cast<std::size_t>(run.settings.replicas);
    const std::size_t rungs = run.rungs.size();
    LeaveOneOutSeries series;
    series.lambda_eff.assign(replicas, std::vector<double>(rungs, 0.0));
    series.imai.assign(replicas, std::vector<double>(rungs, 0.0));

    for (std::size_t k = 0; k < rungs; ++k) {
        const double t = run.rungs[k].t;
        // Per-replica count, sum and sum of squares of tK; each leave-one-out moment is the
        // total minus one replica's share.
        std::vector<double> count(replicas), sum(replicas), squares(replicas);
        double all_count = 0, all_sum = 0, all_squares = 0;
        for (std::size_t r = 0; r < replicas; ++r) {
            for (double k_value : run.rungs[k].k[r]) {
                const double tk = t * k_value;
                count[r] += 1;
                sum[r] += tk;
                squares[r] += tk * tk;
            }
            all_count += count[r];
            all_sum += sum[r];
            all_squares += squares[r];
        }
        for (std::size_t r = 0; r < replicas; ++r) {
            const double n = all_count - count[r];
            const double mean = (all_sum - sum[r]) / n;
            series.lambda_eff[r][k] = mean;
            series.imai[r][k] = (all_squares - squares[r] - n * mean * mean) / (n - 1);
        }
    }
    return series;
}

double jackknife_se(const std::vector<double>& leave_one_out) {
    const double replicas = double(leave_one_out.size());
    if (leave_one_out.size() < 3)
        return 0;
    double mean = 0;
    for (double value : leave_one_out)
        mean += value / replicas;
    double sum = 0;
    for (double value : leave_one_out)
        sum += (value - mean) * (value - mean);
    return std::sqrt((replicas - 1) / replicas * sum);
}

}  // namespace slt::numerics
