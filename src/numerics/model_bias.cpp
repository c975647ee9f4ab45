#include "slt/numerics/model_bias.hpp"

#include "slt/numerics/replica_jackknife.hpp"

#include <boost/math/special_functions/binomial.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/polygamma.hpp>

#include <algorithm>
#include <functional>
#include <stdexcept>

namespace slt::numerics {

namespace {

// One pole ν of the expansion with the coefficients c_i of (log t)^i or (log 1/ε)^i.
struct PoleTerm {
    double nu = 0;
    std::vector<double> coefficients;
};

// Z(t) = Σ_ν t^{-ν} Σ_i A_{ν,i} (log t)^i for the chosen model, from its parametrisation
// S = u^{m-1} + Σ a_i u^i + Σ_μ e^{-(μ-λ)(L-L_low)} Σ b_{μ,i} u^i, u = L/L_ref
// (exact_basis_value).
std::vector<PoleTerm> z_expansion(const ExactBasisFit& fit) {
    const ExactBasisModel& model = fit.models[fit.model_index];
    const std::vector<double>& p = model.parameters;
    const double lambda = p[0];
    std::vector<PoleTerm> terms;

    PoleTerm leading{lambda, std::vector<double>(model.m, 0.0)};
    leading.coefficients[model.m - 1] = std::pow(fit.log_t_ref, -(model.m - 1));
    for (int i = 0; i + 1 < model.m; ++i)
        leading.coefficients[i] = p[1 + i] * std::pow(fit.log_t_ref, -i);
    terms.push_back(leading);

    std::size_t index = model.m;
    for (const CandidatePole& pole : model.subleading) {
        PoleTerm term{pole.mu, std::vector<double>(pole.order, 0.0)};
        const double shift = std::exp((pole.mu - lambda) * fit.log_t_low);
        for (int i = 0; i < pole.order; ++i, ++index)
            term.coefficients[i] = p[index] * shift * std::pow(fit.log_t_ref, -i);
        terms.push_back(term);
    }
    return terms;
}

// A_i = Σ_{j>=i} v_j C(j, i) (-1)^{j-i} Γ^{(j-i)}(ν+1), solved for v from the top power down.
PoleTerm volume_term(const PoleTerm& z) {
    const int n = static_cast<int>(z.coefficients.size());
    PoleTerm v{z.nu, std::vector<double>(n, 0.0)};
    for (int i = n - 1; i >= 0; --i) {
        double rest = z.coefficients[i];
        for (int j = i + 1; j < n; ++j) {
            const double sign = (j - i) % 2 == 0 ? 1.0 : -1.0;
            rest -= v.coefficients[j] * boost::math::binomial_coefficient<double>(j, i) * sign *
                    gamma_derivative(j - i, z.nu + 1);
        }
        v.coefficients[i] = rest / std::tgamma(z.nu + 1);
    }
    return v;
}

// b = reading(model) - λ̂ for one fit.
struct Readings {
    LadderReadings ladder;
    double volume = NAN;
};

Readings model_readings(const ExactBasisFit& fit, const std::vector<double>& t,
                        const std::vector<double>& lambda_se, const std::vector<double>& imai_se,
                        const LadderReadingSettings& settings, const VolumeWindow& volume) {
    Readings readings;
    const std::vector<double> curve = model_lambda_eff(fit, t);
    const std::vector<double> imai = model_imai(fit, t);
    // The model is fitted on t >= t_min only; rungs below are outside every estimator's
    // window except through constants that cancel (the TI slope has an intercept), but must
    // be finite.
    std::vector<double> finite_curve = curve, finite_imai = imai;
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (t[k] >= settings.fit.t_min * (1 - 1e-12) &&
            !(std::isfinite(curve[k]) && std::isfinite(imai[k])))
            return readings;
        if (!std::isfinite(finite_curve[k]))
            finite_curve[k] = 0;
        if (!std::isfinite(finite_imai[k]))
            finite_imai[k] = 0;
    }
    readings.ladder = ladder_readings(t, finite_curve, lambda_se, finite_imai, imai_se, settings);
    const double lambda = fit.lambda;
    readings.ladder.fit -= lambda;
    readings.ladder.linear -= lambda;
    readings.ladder.imai -= lambda;
    readings.ladder.two_temperature -= lambda;
    readings.ladder.thermodynamic -= lambda;
    if (volume.present) {
        readings.volume =
            model_volume_slope(fit, volume.epsilon_min, volume.epsilon_max, volume.m) - lambda;
    }
    return readings;
}

// b from the full fit; its SE is the jackknife SE over the leave-one-out fits, floored by the
// SE of the model's λ̂: the model is pinned to the data where the estimators read it, so a
// shift of λ̂ moves b by the same amount in the other direction.
PredictedBias combine(const Readings& full, const std::vector<Readings>& leave_one_out,
                      double lambda_se, const std::function<double(const Readings&)>& field) {
    PredictedBias bias{field(full), lambda_se};
    std::vector<double> values;
    for (const Readings& r : leave_one_out) {
        if (!std::isfinite(field(r)))
            return {NAN, 0.0};
        values.push_back(field(r));
    }
    bias.standard_error = std::max(lambda_se, jackknife_se(values));
    return bias;
}

}  // namespace

std::vector<double> model_lambda_eff(const ExactBasisFit& fit, const std::vector<double>& t) {
    std::vector<double> values;
    for (double x : t)
        values.push_back(fit.model_value(x));
    return values;
}

std::vector<double> model_imai(const ExactBasisFit& fit, const std::vector<double>& t) {
    const double h = 1e-3;
    std::vector<double> values;
    for (double x : t) {
        const double slope =
            (fit.model_value(x * std::exp(h)) - fit.model_value(x * std::exp(-h))) / (2 * h);
        values.push_back(fit.model_value(x) - slope);
    }
    return values;
}

double gamma_derivative(int k, double x) {
    if (k < 0 || k > 8)
        throw std::invalid_argument("gamma_derivative: order outside 0..8");
    std::vector<double> g(k + 1);
    g[0] = std::tgamma(x);
    for (int n = 0; n < k; ++n) {
        double sum = 0;
        for (int i = 0; i <= n; ++i) {
            sum += boost::math::binomial_coefficient<double>(n, i) * g[i] *
                   boost::math::polygamma(n - i, x);
        }
        g[n + 1] = sum;
    }
    return g[k];
}

double model_volume_slope(const ExactBasisFit& fit, double epsilon_min, double epsilon_max, int m) {
    std::vector<PoleTerm> terms;
    for (const PoleTerm& z : z_expansion(fit))
        terms.push_back(volume_term(z));
    const double lambda = terms.front().nu;

    // log V = λ x + log S_V(x), x = log ε, S_V = Σ_ν e^{(ν-λ)x} P_ν(ℓ), ℓ = -x; and
    // d log V/dx = λ + S_V'/S_V with dP/dx = -P'(ℓ).
    const int nodes = 400;
    const double low = std::log(epsilon_min), high = std::log(epsilon_max);
    double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int i = 0; i <= nodes; ++i) {
        const double x = low + (high - low) * i / nodes;
        const double ell = -x;
        double s = 0, ds = 0;
        for (const PoleTerm& term : terms) {
            double poly = 0, dpoly = 0;
            for (std::size_t j = 0; j < term.coefficients.size(); ++j) {
                poly += term.coefficients[j] * std::pow(ell, double(j));
                if (j > 0)
                    dpoly += term.coefficients[j] * double(j) * std::pow(ell, double(j) - 1);
            }
            const double decay = std::exp((term.nu - lambda) * x);
            s += decay * poly;
            ds += decay * ((term.nu - lambda) * poly - dpoly);
        }
        const double weight = lambda + ds / s;
        if (!(s > 0) || !(weight > 0))
            return NAN;
        const double y = lambda * x + std::log(s) - (m - 1) * std::log(ell);
        sw += weight;
        sx += weight * x;
        sy += weight * y;
        sxx += weight * x * x;
        sxy += weight * x * y;
    }
    return (sw * sxy - sx * sy) / (sw * sxx - sx * sx);
}

ModelBiases predict_biases(const ExactBasisFit& fit,
                           const std::vector<ExactBasisFit>& leave_one_out,
                           const std::vector<double>& t, const std::vector<double>& lambda_se,
                           const std::vector<double>& imai_se,
                           const LadderReadingSettings& settings, const VolumeWindow& volume) {
    const Readings full = model_readings(fit, t, lambda_se, imai_se, settings, volume);
    std::vector<Readings> partial;
    for (const ExactBasisFit& other : leave_one_out)
        partial.push_back(model_readings(other, t, lambda_se, imai_se, settings, volume));

    ModelBiases biases;
    biases.fit =
        combine(full, partial, fit.lambda_se, [](const Readings& r) { return r.ladder.fit; });
    biases.linear =
        combine(full, partial, fit.lambda_se, [](const Readings& r) { return r.ladder.linear; });
    biases.imai =
        combine(full, partial, fit.lambda_se, [](const Readings& r) { return r.ladder.imai; });
    biases.two_temperature = combine(full, partial, fit.lambda_se,
                                     [](const Readings& r) { return r.ladder.two_temperature; });
    biases.thermodynamic = combine(full, partial, fit.lambda_se,
                                   [](const Readings& r) { return r.ladder.thermodynamic; });
    if (volume.present)
        biases.volume =
            combine(full, partial, fit.lambda_se, [](const Readings& r) { return r.volume; });
    return biases;
}

}  // namespace slt::numerics
