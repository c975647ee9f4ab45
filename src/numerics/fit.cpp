#include "slt/numerics/fit.hpp"

#include "slt/error.hpp"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace slt::numerics {

namespace {

using Window = FitWindow;

// For fixed m and c the best λ is the weighted mean of y + correction; returns (λ, χ²).
std::pair<double, double> profile(const Window& w, FitKind kind, int m, double c) {
    double sum = 0, weights = 0;
    for (std::size_t i = 0; i < w.y.size(); ++i) {
        sum += w.weight[i] * (w.y[i] + multiplicity_correction(kind, m, w.log_t[i], c));
        weights += w.weight[i];
    }
    const double lambda = sum / weights;
    double chi2 = 0;
    for (std::size_t i = 0; i < w.y.size(); ++i) {
        const double r = w.y[i] - lambda + multiplicity_correction(kind, m, w.log_t[i], c);
        chi2 += w.weight[i] * r * r;
    }
    return {lambda, chi2};
}

// c on a grid over (-L_min + 0.5, 100], then golden-section refinement around the best node.
double best_c(const Window& w, FitKind kind, int m) {
    const double low = -*std::min_element(w.log_t.begin(), w.log_t.end()) + 0.5;
    const double high = 100;
    const int nodes = 400;
    auto at = [&](int i) { return low + (high - low) * std::pow(double(i) / nodes, 2.0); };
    int best = 0;
    double best_chi2 = INFINITY;
    for (int i = 0; i <= nodes; ++i) {
        const double chi2 = profile(w, kind, m, at(i)).second;
        if (chi2 < best_chi2) {
            best_chi2 = chi2;
            best = i;
        }
    }
    double a = at(std::max(best - 1, 0));
    double b = at(std::min(best + 1, nodes));
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    for (int iteration = 0; iteration < 60; ++iteration) {
        const double x1 = b - ratio * (b - a);
        const double x2 = a + ratio * (b - a);
        if (profile(w, kind, m, x1).second < profile(w, kind, m, x2).second) {
            b = x2;
        } else {
            a = x1;
        }
    }
    return 0.5 * (a + b);
}

MultiplicityModel fit_model(const Window& w, FitKind kind, int m) {
    MultiplicityModel model;
    model.m = m;
    model.c = m == 1 ? 0.0 : best_c(w, kind, m);
    std::tie(model.lambda, model.chi2) = profile(w, kind, m, model.c);
    const int parameters = m == 1 ? 1 : 2;
    model.bic = model.chi2 + parameters * std::log(double(w.y.size()));

    // Covariance of (λ, c) from the linearised model (Gauss-Newton): columns 1 and ∂/∂c.
    Eigen::Matrix2d information = Eigen::Matrix2d::Zero();
    for (std::size_t i = 0; i < w.y.size(); ++i) {
        const double h = 1e-6 * (1 + std::fabs(model.c));
        const double dc = -(multiplicity_correction(kind, m, w.log_t[i], model.c + h) -
                            multiplicity_correction(kind, m, w.log_t[i], model.c - h)) /
                          (2 * h);
        const Eigen::Vector2d row(1.0, dc);
        information += w.weight[i] * row * row.transpose();
    }
    const int dof = std::max(1, int(w.y.size()) - parameters);
    const double inflation = std::max(1.0, model.chi2 / dof);
    const double variance = m == 1 ? 1 / information(0, 0) : information.inverse()(0, 0);
    model.lambda_se = std::sqrt(variance * inflation);
    return model;
}

// Smallest gap δ = μ2 - λ tried: below it, C t^{-δ} over a few decades is indistinguishable
// from the -(m-1)/(log t + c) of a higher multiplicity (it mimicked m = 2 for x²y²).
constexpr double kMinNextPoleGap = 0.1;
constexpr double kStrongEvidence = 10;

// m = 1 with C t^{-δ}: for fixed δ the model is linear in (λ, C); δ by grid and golden section.
MultiplicityModel fit_next_pole(const Window& w) {
    auto solve = [&](double delta, double* lambda, double* power) {
        double s00 = 0, s01 = 0, s11 = 0, b0 = 0, b1 = 0;
        for (std::size_t i = 0; i < w.y.size(); ++i) {
            const double x = std::exp(-delta * w.log_t[i]);
            s00 += w.weight[i];
            s01 += w.weight[i] * x;
            s11 += w.weight[i] * x * x;
            b0 += w.weight[i] * w.y[i];
            b1 += w.weight[i] * x * w.y[i];
        }
        const double det = s00 * s11 - s01 * s01;
        *lambda = (s11 * b0 - s01 * b1) / det;
        *power = (s00 * b1 - s01 * b0) / det;
        double chi2 = 0;
        for (std::size_t i = 0; i < w.y.size(); ++i) {
            const double r = w.y[i] - *lambda - *power * std::exp(-delta * w.log_t[i]);
            chi2 += w.weight[i] * r * r;
        }
        return chi2;
    };
    double lambda = 0, power = 0;
    const double low = std::log(kMinNextPoleGap), high = std::log(2.0);
    const int nodes = 200;
    int best = 0;
    double best_chi2 = INFINITY;
    for (int i = 0; i <= nodes; ++i) {
        const double chi2 = solve(std::exp(low + (high - low) * i / nodes), &lambda, &power);
        if (chi2 < best_chi2) {
            best_chi2 = chi2;
            best = i;
        }
    }
    double a = low + (high - low) * std::max(best - 1, 0) / nodes;
    double b = low + (high - low) * std::min(best + 1, nodes) / nodes;
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    for (int iteration = 0; iteration < 60; ++iteration) {
        const double x1 = b - ratio * (b - a);
        const double x2 = a + ratio * (b - a);
        if (solve(std::exp(x1), &lambda, &power) < solve(std::exp(x2), &lambda, &power)) {
            b = x2;
        } else {
            a = x1;
        }
    }
    MultiplicityModel model;
    model.next_pole = true;
    model.delta = std::exp(0.5 * (a + b));
    model.chi2 = solve(model.delta, &model.lambda, &model.power);
    model.bic = model.chi2 + 3 * std::log(double(w.y.size()));

    // Covariance of (λ, C, δ) from the Gauss-Newton information matrix.
    Eigen::Matrix3d information = Eigen::Matrix3d::Zero();
    for (std::size_t i = 0; i < w.y.size(); ++i) {
        const double x = std::exp(-model.delta * w.log_t[i]);
        const Eigen::Vector3d row(1.0, x, -model.power * w.log_t[i] * x);
        information += w.weight[i] * row * row.transpose();
    }
    const int dof = std::max(1, int(w.y.size()) - 3);
    const double inflation = std::max(1.0, model.chi2 / dof);
    const Eigen::Matrix3d covariance = information.inverse();
    model.lambda_se = std::sqrt(std::fabs(covariance(0, 0)) * inflation);
    return model;
}

}  // namespace

double multiplicity_correction(FitKind kind, int m, double log_t, double c) {
    if (m == 1)
        return 0;
    const double x = 1 / (log_t + c);
    return kind == FitKind::lambda_eff ? (m - 1) * x : (m - 1) * (x + x * x);
}

LinearFit weighted_least_squares(const std::vector<std::vector<double>>& design,
                                 const std::vector<double>& y, const std::vector<double>& weights) {
    const int n = static_cast<int>(y.size());
    const int p = static_cast<int>(design.front().size());
    Eigen::MatrixXd x(n, p);
    Eigen::VectorXd b(n);
    Eigen::VectorXd w(n);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < p; ++j)
            x(i, j) = design[i][j];
        b(i) = y[i];
        w(i) = weights[i];
    }
    const Eigen::MatrixXd normal = x.transpose() * w.asDiagonal() * x;
    const Eigen::MatrixXd covariance = normal.inverse();
    const Eigen::VectorXd beta = covariance * (x.transpose() * w.asDiagonal() * b);
    const Eigen::VectorXd residual = b - x * beta;

    LinearFit fit;
    fit.coefficients.assign(beta.data(), beta.data() + p);
    fit.covariance.assign(p, std::vector<double>(p));
    for (int i = 0; i < p; ++i) {
        for (int j = 0; j < p; ++j)
            fit.covariance[i][j] = covariance(i, j);
    }
    fit.chi2 = residual.dot(w.asDiagonal() * residual);
    return fit;
}

double LambdaFit::model_value(double t) const {
    if (next_pole)
        return lambda + power * std::pow(t, -delta);
    return lambda - multiplicity_correction(kind, m, std::log(t), c);
}

LambdaFit fit_lambda(const std::vector<double>& t, const std::vector<double>& values,
                     const std::vector<double>& standard_errors, const FitSettings& settings) {
    const Window window = select_fit_window(t, values, standard_errors, settings.t_min);
    if (window.y.size() < 4) {
        throw InputError(
            "the fit of λ needs at least 4 rungs with t >= " + std::to_string(settings.t_min),
            "--t-max/--fit-t-min", "widen the t range or lower --fit-t-min");
    }
    LambdaFit fit;
    fit.kind = settings.kind;
    fit.points = static_cast<int>(window.y.size());
    fit.t_min = std::exp(window.log_t.front());
    fit.t_max = std::exp(window.log_t.back());

    // One model per multiplicity; BIC chooses.
    for (int m = 1; m <= settings.max_multiplicity; ++m) {
        fit.models.push_back(fit_model(window, settings.kind, m));
    }
    if (settings.kind == FitKind::lambda_eff && window.y.size() >= 6) {
        fit.models.push_back(fit_next_pole(window));
    }
    // The multiplicity models first; the next-pole model only on very strong evidence
    // (ΔBIC > 10, Kass and Raftery, JASA 90 (1995)), since over a few decades it can mimic a
    // log term.
    auto best = std::min_element(
        fit.models.begin(), fit.models.begin() + settings.max_multiplicity,
        [](const MultiplicityModel& a, const MultiplicityModel& b) { return a.bic < b.bic; });
    if (fit.models.back().next_pole && fit.models.back().bic < best->bic - kStrongEvidence) {
        best = fit.models.end() - 1;
    }
    if (settings.fixed_model >= 0 && settings.fixed_model < int(fit.models.size())) {
        best = fit.models.begin() + settings.fixed_model;
    }
    fit.model_index = static_cast<int>(best - fit.models.begin());
    fit.lambda = best->lambda;
    fit.lambda_se = best->lambda_se;
    fit.m = best->m;
    fit.c = best->c;
    fit.next_pole = best->next_pole;
    fit.power = best->power;
    fit.delta = best->delta;
    fit.chi2 = best->chi2;
    fit.dof = fit.points - (best->next_pole ? 3 : best->m == 1 ? 1 : 2);

    // The linear fit on {1, 1/L, 1/L²}.
    std::vector<std::vector<double>> design;
    for (double log_t : window.log_t)
        design.push_back({1.0, 1 / log_t, 1 / (log_t * log_t)});
    const LinearFit linear = weighted_least_squares(design, window.y, window.weight);
    const double inflation = std::max(1.0, linear.chi2 / std::max(1, fit.points - 3));
    fit.lambda_linear = linear.coefficients[0];
    fit.lambda_linear_se = std::sqrt(linear.covariance[0][0] * inflation);
    fit.m_linear = 1 - linear.coefficients[1];
    fit.m_linear_se = std::sqrt(linear.covariance[1][1] * inflation);

    // Residual trend at the low end of the window.
    const std::size_t third = std::max<std::size_t>(1, window.y.size() / 3);
    double trend = 0;
    for (std::size_t i = 0; i < third; ++i) {
        trend += window.y[i] - fit.model_value(std::exp(window.log_t[i]));
    }
    fit.next_pole_term = std::fabs(trend / double(third));
    return fit;
}

FitWindow select_fit_window(const std::vector<double>& t, const std::vector<double>& values,
                            const std::vector<double>& standard_errors, double t_min) {
    FitWindow window;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] < t_min * (1 - 1e-12))
            continue;
        window.log_t.push_back(std::log(t[i]));
        window.y.push_back(values[i]);
        window.weight.push_back(1 / (standard_errors[i] * standard_errors[i]));
    }
    return window;
}

}  // namespace slt::numerics
