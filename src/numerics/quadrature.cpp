#include "slt/numerics/quadrature.hpp"

#include "slt/error.hpp"

#include <boost/math/quadrature/tanh_sinh.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace slt::numerics {

namespace {

constexpr int kScanPoints = 256;
constexpr double kTolerance = 1e-10;

using Line = std::function<double(double)>;  // K restricted to a line

// Golden-section minimum of k on [a, b].
double minimize(const Line& k, double a, double b) {
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    for (int iteration = 0; iteration < 80 && b - a > 1e-15 * (1 + std::fabs(a)); ++iteration) {
        const double x1 = b - ratio * (b - a);
        const double x2 = a + ratio * (b - a);
        if (k(x1) < k(x2)) {
            b = x2;
        } else {
            a = x1;
        }
    }
    return 0.5 * (a + b);
}

// Split points of [lo, hi]: the ends, 0, and local minima of K where exp(-tK) is not
// negligible (the numerically located zeros of K on the line).
std::vector<double> breakpoints(const Line& k, double lo, double hi, double t) {
    std::vector<double> points{lo, hi};
    if (lo < 0 && hi > 0)
        points.push_back(0);
    std::vector<double> values(kScanPoints + 1);
    const double h = (hi - lo) / kScanPoints;
    for (int i = 0; i <= kScanPoints; ++i)
        values[i] = k(lo + i * h);
    for (int i = 1; i < kScanPoints; ++i) {
        if (values[i] <= values[i - 1] && values[i] <= values[i + 1]) {
            const double x = minimize(k, lo + (i - 1) * h, lo + (i + 1) * h);
            if (t * k(x) < 40)
                points.push_back(x);
        }
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end(),
                             [&](double a, double b) { return b - a < 1e-14 * (hi - lo); }),
                 points.end());
    return points;
}

// ∫_lo^hi of (exp(-tK) φ_1, tK exp(-tK) φ_1) along a line, as a pair.
struct Pair {
    double z = 0;
    double m = 0;
};

Pair integrate_line(const Line& k, double lo, double hi, double h, double t) {
    static thread_local boost::math::quadrature::tanh_sinh<double> rule;
    const std::vector<double> points = breakpoints(k, lo, hi, t);
    Pair result;
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        auto weight = [&](double x) { return h == 0 ? 1.0 : std::pow(std::fabs(x), h); };
        auto z = [&](double x) { return std::exp(-t * k(x)) * weight(x); };
        auto m = [&](double x) {
            const double tk = t * k(x);
            return tk * std::exp(-tk) * weight(x);
        };
        result.z += rule.integrate(z, points[i], points[i + 1], kTolerance);
        result.m += rule.integrate(m, points[i], points[i + 1], kTolerance);
    }
    return result;
}

}  // namespace

QuadratureResult quadrature_lambda_eff(const CompiledLoss& loss, const Domain& domain, double t) {
    const int d = domain.dimension();
    if (d != 1 && d != 2) {
        throw InputError("quadrature is implemented for 1 or 2 variables, not " + std::to_string(d),
                         "--quadrature", "use the Monte Carlo estimators for d >= 3");
    }
    const auto& lo = domain.lower();
    const auto& hi = domain.upper();
    const auto& h = domain.prior_exponents();
    QuadratureResult result;
    result.t = t;

    Pair total;
    if (d == 1) {
        const Line k = [&](double x) { return loss.value(&x); };
        total = integrate_line(k, lo[0], hi[0], h[0], t);
    } else {
        // Outer over w_1: the inner integrals along w_2 give g_z(x), g_m(x).
        boost::math::quadrature::tanh_sinh<double> outer;
        std::vector<double> splits{lo[0], hi[0]};
        if (lo[0] < 0 && hi[0] > 0)
            splits.insert(splits.begin() + 1, 0.0);
        for (int part = 0; part < 2; ++part) {
            for (std::size_t i = 0; i + 1 < splits.size(); ++i) {
                auto inner = [&](double x) {
                    const Line k = [&](double y) {
                        const double w[2] = {x, y};
                        return loss.value(w);
                    };
                    const Pair p = integrate_line(k, lo[1], hi[1], h[1], t);
                    const double weight = h[0] == 0 ? 1.0 : std::pow(std::fabs(x), h[0]);
                    return weight * (part == 0 ? p.z : p.m);
                };
                double error = 0;
                const double value =
                    outer.integrate(inner, splits[i], splits[i + 1], std::sqrt(kTolerance), &error);
                (part == 0 ? total.z : total.m) += value;
                result.error_estimate = std::max(result.error_estimate, error);
            }
        }
    }
    result.z = total.z;
    result.lambda_eff = total.m / total.z;
    return result;
}

}  // namespace slt::numerics
