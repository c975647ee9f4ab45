// The replica jackknife, the ladder readings and the biases predicted by the exact-basis model,
// against closed forms: Γ derivatives at 1, the volume functions of x²y⁴ and x²y² on [0,1]²
// (V = 2ε^{1/4} - ε^{1/2} and V = √ε (1 + ½ log 1/ε)), and exact λ_eff curves.
#include "test_numerics_helpers.hpp"

#include "slt/numerics/estimators.hpp"
#include "slt/numerics/ladder_readings.hpp"
#include "slt/numerics/model_bias.hpp"
#include "slt/numerics/replica_jackknife.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <functional>

using namespace slt::numerics;
using namespace slt::numerics::testing;

namespace {

constexpr double kEulerGamma = 0.57721566490153286;
constexpr double kZeta3 = 1.2020569031595943;

// t = 10^{2 + k/4} up to 1e10 and a curve on it.
std::vector<double> ladder_t() {
    std::vector<double> t;
    for (int k = 0; k <= 32; ++k)
        t.push_back(std::pow(10.0, 2 + k / 4.0));
    return t;
}

std::vector<double> on(const std::vector<double>& t, const std::function<double(double)>& f) {
    std::vector<double> values;
    for (double x : t)
        values.push_back(f(x));
    return values;
}

// An exact-basis fit whose model is Z = t^{-λ}(L^{m-1}/L_ref^{m-1} + a_0 + ...) plus one
// subleading pole b t^{-μ}, built by hand (exact_basis_value's parametrisation).
ExactBasisFit hand_fit(double lambda, int m, const std::vector<double>& log_terms,
                       const std::vector<CandidatePole>& subleading,
                       const std::vector<double>& pole_coefficients) {
    ExactBasisFit fit;
    fit.log_t_ref = 10;
    fit.log_t_low = std::log(1e3);
    ExactBasisModel model;
    model.leading = lambda;
    model.m = m;
    model.subleading = subleading;
    model.parameters = {lambda};
    for (double a : log_terms)
        model.parameters.push_back(a);
    for (double b : pole_coefficients)
        model.parameters.push_back(b);
    model.lambda = lambda;
    fit.models = {model};
    fit.model_index = 0;
    fit.lambda = lambda;
    fit.m = m;
    fit.t_min = 1e3;
    fit.t_max = 1e10;
    return fit;
}

// x²y⁴ on [0,1]²: Z = ½Γ(¼) t^{-1/4} - ½√π t^{-1/2}, so relative to t^{-1/4} the pole 1/2 has
// coefficient -√π/Γ(¼), written as b e^{-(1/2 - 1/4)(L - L_low)}.
ExactBasisFit x2y4_fit() {
    const double b = -std::sqrt(M_PI) / std::tgamma(0.25) * std::exp(-0.25 * std::log(1e3));
    return hand_fit(0.25, 1, {}, {{0.5, 1}}, {b});
}

// x²y² on [0,1]²: Z = (√π/4) t^{-1/2} (L + 1.96351...), i.e. u + a_0 with u = L/L_ref.
ExactBasisFit xy_fit() {
    return hand_fit(0.5, 2, {1.9635100260214235 / 10}, {}, {});
}

// The volume estimator's weighted least squares on a closed-form log V(x), x = log ε
// (weights d log V/dx, nested sampling's point density), as model_volume_slope defines it.
double direct_volume_slope(const std::function<double(double)>& log_volume, double epsilon_min,
                           double epsilon_max, int m) {
    const int nodes = 400;
    const double low = std::log(epsilon_min), high = std::log(epsilon_max), h = 1e-5;
    double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int i = 0; i <= nodes; ++i) {
        const double x = low + (high - low) * i / nodes;
        const double weight = (log_volume(x + h) - log_volume(x - h)) / (2 * h);
        const double y = log_volume(x) - (m - 1) * std::log(-x);
        sw += weight;
        sx += weight * x;
        sy += weight * y;
        sxx += weight * x * x;
        sxy += weight * x * y;
    }
    return (sw * sxy - sx * sy) / (sw * sxx - sx * sx);
}

}  // namespace

TEST_CASE("Γ derivatives at 1 match -γ, γ² + π²/6, -(γ³ + γπ²/2 + 2ζ(3))", "[numerics]") {
    const double g = kEulerGamma;
    // Boost's polygamma is accurate to a few ulps; the Leibniz sums add a few terms.
    CHECK(gamma_derivative(0, 1.0) == Approx(1.0).epsilon(1e-14));
    CHECK(gamma_derivative(1, 1.0) == Approx(-g).epsilon(1e-13));
    CHECK(gamma_derivative(2, 1.0) == Approx(g * g + M_PI * M_PI / 6).epsilon(1e-13));
    CHECK(gamma_derivative(3, 1.0) ==
          Approx(-(g * g * g + g * M_PI * M_PI / 2 + 2 * kZeta3)).epsilon(1e-13));
}

TEST_CASE("the hand-built models reproduce the x^2 y^4 and x^2 y^2 oracles", "[numerics]") {
    for (double t : {1e3, 1e6, 1e10}) {
        CHECK(x2y4_fit().model_value(t) == Approx(x2y4_lambda_eff(t)).epsilon(1e-12));
        CHECK(xy_fit().model_value(t) == Approx(xy_lambda_eff(t)).epsilon(1e-12));
    }
}

TEST_CASE("the model's V(ε) is the exact volume function of x^2 y^4 and x^2 y^2", "[numerics]") {
    // [0,1]²: {x²y⁴ < ε} has area 2ε^{1/4} - ε^{1/2}; {x²y² < ε} has area √ε (1 + ½ log 1/ε).
    const auto x2y4 = [](double x) { return std::log(2 * std::exp(x / 4) - std::exp(x / 2)); };
    const auto xy = [](double x) { return x / 2 + std::log(1 - x / 2); };
    for (auto [low, high] : {std::pair{1e-10, 1e-6}, std::pair{1e-6, 1e-2}}) {
        // Both sides discretise the same weighted least squares; they differ by the numerical
        // weights of the direct version (central differences, h = 1e-5: O(1e-10)).
        CHECK(model_volume_slope(x2y4_fit(), low, high, 1) ==
              Approx(direct_volume_slope(x2y4, low, high, 1)).epsilon(1e-8));
        CHECK(model_volume_slope(xy_fit(), low, high, 2) ==
              Approx(direct_volume_slope(xy, low, high, 2)).epsilon(1e-8));
    }
    // A single simple pole: V = c ε^λ exactly, so the slope is λ.
    CHECK(model_volume_slope(hand_fit(0.3, 1, {}, {}, {}), 1e-10, 1e-6, 1) ==
          Approx(0.3).epsilon(1e-12));
}

TEST_CASE("ladder readings of exact curves: constant λ_eff and x^2 y^2", "[numerics]") {
    const std::vector<double> t = ladder_t();
    const std::vector<double> se(t.size(), 1e-3);
    LadderReadingSettings settings;
    settings.fit.fixed_model = 0;  // m = 1
    settings.imai_fit.kind = FitKind::imai;
    settings.imai_fit.fixed_model = 0;
    settings.two_temperature_low = t.size() - 5;
    settings.two_temperature_high = t.size() - 1;

    // λ_eff = t² Var K = 0.3 at every t (one simple pole, no correction): every estimator
    // reads 0.3, and F = 0.3 log t + C is fitted exactly by the TI slope.
    const std::vector<double> flat(t.size(), 0.3);
    const LadderReadings readings = ladder_readings(t, flat, se, flat, se, settings);
    CHECK(readings.fit == Approx(0.3).epsilon(1e-12));
    CHECK(readings.linear == Approx(0.3).epsilon(1e-10));
    CHECK(readings.imai == Approx(0.3).epsilon(1e-12));
    CHECK(readings.two_temperature == Approx(0.3).epsilon(1e-12));
    CHECK(readings.thermodynamic == Approx(0.3).epsilon(1e-10));

    // x²y²: λ_eff = 1/2 - 1/(L + c) is the m = 2 model exactly, so that fit reads 1/2 (c by a
    // golden-section search to ~1e-12); two-temperature is (λ1 t2 - λ2 t1)/(t2 - t1).
    settings.fit.fixed_model = 1;
    const std::vector<double> curve = on(t, xy_lambda_eff);
    const LadderReadings xy = ladder_readings(t, curve, se, curve, se, settings);
    CHECK(xy.fit == Approx(0.5).epsilon(1e-8));
    const double t1 = t[settings.two_temperature_low], t2 = t.back();
    CHECK(xy.two_temperature ==
          Approx((xy_lambda_eff(t1) * t2 - xy_lambda_eff(t2) * t1) / (t2 - t1)).epsilon(1e-12));
}

TEST_CASE("predicted biases of x^2 y^4: two-temperature and volume slope in closed form",
          "[numerics]") {
    const std::vector<double> t = ladder_t();
    const std::vector<double> se(t.size(), 1e-3);
    LadderReadingSettings settings;
    settings.imai_fit.kind = FitKind::imai;
    settings.two_temperature_low = t.size() - 5;
    settings.two_temperature_high = t.size() - 1;
    const VolumeWindow window{true, 1e-10, 1e-6, 1};
    const ModelBiases biases = predict_biases(x2y4_fit(), {}, t, se, se, settings, window);

    const double t1 = t[settings.two_temperature_low], t2 = t.back();
    const double two_t = (x2y4_lambda_eff(t1) * t2 - x2y4_lambda_eff(t2) * t1) / (t2 - t1);
    CHECK(biases.two_temperature.value == Approx(two_t - 0.25).epsilon(1e-10));
    const auto x2y4 = [](double x) { return std::log(2 * std::exp(x / 4) - std::exp(x / 2)); };
    CHECK(biases.volume.value ==
          Approx(direct_volume_slope(x2y4, 1e-10, 1e-6, 1) - 0.25).epsilon(1e-6));
    // The negative t^{-1/2} term pulls λ_eff, hence the two-temperature reading, below 1/4.
    CHECK(biases.two_temperature.value < 0);
}

TEST_CASE("replica jackknife: leave-one-out moments and the SE of a mean", "[numerics]") {
    ParallelTemperingRun run;
    run.settings.replicas = 4;
    RungTrace rung;
    rung.t = 10;
    rung.k = {{0.1, 0.3}, {0.2, 0.2}, {0.5, 0.1}, {0.0, 0.4}};
    run.rungs = {rung};
    const LeaveOneOutSeries series = leave_one_out_series(run);

    // Without replica 0: tK = {2, 2, 5, 1, 0, 4}, mean 7/3; squares sum to 50, so the
    // variance with n - 1 = 5 is (50 - 6 (7/3)²)/5 = 52/15.
    CHECK(series.lambda_eff[0][0] == Approx(7.0 / 3).epsilon(1e-14));
    CHECK(series.imai[0][0] == Approx(52.0 / 15).epsilon(1e-13));

    // For equal replica sizes the jackknife SE of the pooled mean is the sd of the replica
    // means over sqrt(R) (Efron and Stein 1981); the replica means of tK are 2, 2, 3, 2.
    std::vector<double> leave_one_out;
    for (int r = 0; r < 4; ++r)
        leave_one_out.push_back(series.lambda_eff[r][0]);
    const double sd = std::sqrt((3 * 0.25 * 0.25 + 0.75 * 0.75) / 3);
    CHECK(jackknife_se(leave_one_out) == Approx(sd / 2).epsilon(1e-13));
    CHECK(jackknife_se({1.0, 2.0}) == 0);
}
