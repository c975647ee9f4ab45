#include "slt/numerics/exact_basis_fit.hpp"
#include "slt/numerics/fit.hpp"

#include "slt/error.hpp"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>

namespace slt::numerics {

namespace {

// The fit's points, with the reference and lowest log t of the window.
struct Window : FitWindow {
    double log_t_ref = 1;
    double log_t_low = 0;
};

Window select_window(const std::vector<double>& t, const std::vector<double>& values,
                     const std::vector<double>& standard_errors, double t_min) {
    Window window;
    static_cast<FitWindow&>(window) = select_fit_window(t, values, standard_errors, t_min);
    if (window.y.empty())
        return window;
    window.log_t_low = window.log_t.front();
    window.log_t_ref = 0.5 * (window.log_t.front() + window.log_t.back());
    return window;
}

// Distinct poles, sorted by μ, ties merged with the larger order.
std::vector<CandidatePole> normalized_poles(std::vector<CandidatePole> poles, int max_order) {
    std::sort(poles.begin(), poles.end(),
              [](const CandidatePole& a, const CandidatePole& b) { return a.mu < b.mu; });
    std::vector<CandidatePole> distinct;
    for (const CandidatePole& pole : poles) {
        if (!distinct.empty() && std::fabs(distinct.back().mu - pole.mu) < 1e-12) {
            distinct.back().order = std::max(distinct.back().order, pole.order);
            continue;
        }
        distinct.push_back(pole);
    }
    for (CandidatePole& pole : distinct)
        pole.order = std::clamp(pole.order, 1, max_order);
    return distinct;
}

int parameter_count(const ExactBasisModel& model) {
    int count = model.m;  // λ and a_0..a_{m-2}
    for (const CandidatePole& pole : model.subleading)
        count += pole.order;
    return count;
}

// Weighted Levenberg-Marquardt on r_k = sqrt(w_k) (y_k - f(L_k; p)), numerical Jacobian.
struct LeastSquares {
    std::vector<double> parameters;
    double chi2 = INFINITY;
    Eigen::MatrixXd jacobian;
};

double chi2_of(const Window& w, const std::function<double(double, const std::vector<double>&)>& f,
               const std::vector<double>& p) {
    double chi2 = 0;
    for (std::size_t k = 0; k < w.y.size(); ++k) {
        const double r = w.y[k] - f(w.log_t[k], p);
        chi2 += w.weight[k] * r * r;
    }
    return std::isfinite(chi2) ? chi2 : INFINITY;
}

Eigen::MatrixXd numeric_jacobian(const Window& w,
                                 const std::function<double(double, const std::vector<double>&)>& f,
                                 std::vector<double> p) {
    Eigen::MatrixXd jacobian(w.y.size(), p.size());
    for (std::size_t j = 0; j < p.size(); ++j) {
        const double h = 1e-6 * (1 + std::fabs(p[j]));
        const double saved = p[j];
        for (std::size_t k = 0; k < w.y.size(); ++k) {
            p[j] = saved + h;
            const double up = f(w.log_t[k], p);
            p[j] = saved - h;
            const double down = f(w.log_t[k], p);
            jacobian(k, j) = std::sqrt(w.weight[k]) * (up - down) / (2 * h);
        }
        p[j] = saved;
    }
    return jacobian;
}

LeastSquares levenberg_marquardt(const Window& w,
                                 const std::function<double(double, const std::vector<double>&)>& f,
                                 std::vector<double> p) {
    LeastSquares result;
    double chi2 = chi2_of(w, f, p);
    if (!std::isfinite(chi2))
        return result;
    double damping = 1e-3;
    for (int iteration = 0; iteration < 200 && damping < 1e12; ++iteration) {
        const Eigen::MatrixXd jacobian = numeric_jacobian(w, f, p);
        Eigen::VectorXd residual(w.y.size());
        for (std::size_t k = 0; k < w.y.size(); ++k)
            residual(k) = std::sqrt(w.weight[k]) * (w.y[k] - f(w.log_t[k], p));
        Eigen::MatrixXd normal = jacobian.transpose() * jacobian;
        const Eigen::VectorXd gradient = jacobian.transpose() * residual;
        normal.diagonal() += damping * normal.diagonal().cwiseMax(1e-12);
        const Eigen::VectorXd step = normal.ldlt().solve(gradient);

        std::vector<double> trial = p;
        for (std::size_t j = 0; j < p.size(); ++j)
            trial[j] += step(j);
        const double trial_chi2 = chi2_of(w, f, trial);
        if (trial_chi2 < chi2) {
            const bool converged = chi2 - trial_chi2 < 1e-10 * (1 + chi2);
            p = trial;
            chi2 = trial_chi2;
            damping = std::max(damping / 10, 1e-12);
            if (converged)
                break;
        } else {
            damping *= 10;
        }
    }
    result.parameters = p;
    result.chi2 = chi2;
    result.jacobian = numeric_jacobian(w, f, p);
    return result;
}

// Fits one model from a few starting points (the log and next-pole coefficients are the
// directions where a local minimum can trap the search).
ExactBasisModel fit_model(const Window& w, ExactBasisModel model) {
    const double ref = w.log_t_ref, low = w.log_t_low;
    auto f = [&model, ref, low](double log_t, const std::vector<double>& p) {
        ExactBasisModel trial = model;
        trial.parameters = p;
        return exact_basis_value(trial, log_t, ref, low);
    };
    const int count = parameter_count(model);
    LeastSquares best;
    for (double first_log : {0.0, 0.2, -0.2}) {
        for (double first_pole : {0.0, -0.5, 0.5}) {
            if ((first_log != 0 && model.m < 2) || (first_pole != 0 && model.subleading.empty()))
                continue;
            std::vector<double> start(count, 0.0);
            start[0] = model.leading;
            if (model.m >= 2)
                start[1] = first_log;
            if (!model.subleading.empty())
                start[model.m] = first_pole;
            LeastSquares candidate = levenberg_marquardt(w, f, start);
            if (candidate.chi2 < best.chi2)
                best = std::move(candidate);
        }
    }
    model.parameters = best.parameters;
    model.chi2 = best.chi2;
    model.dof = std::max(1, int(w.y.size()) - count);
    model.bic = best.chi2 + count * std::log(double(w.y.size()));
    if (best.parameters.empty())
        return model;
    model.lambda = best.parameters[0];

    // Covariance (J'J)^+ (pseudo-inverse: unidentifiable directions do not poison λ's entry).
    const Eigen::MatrixXd information = best.jacobian.transpose() * best.jacobian;
    const Eigen::MatrixXd covariance =
        information.completeOrthogonalDecomposition().pseudoInverse();
    const double inflation = std::max(1.0, model.chi2 / model.dof);
    model.lambda_se = std::sqrt(std::fabs(covariance(0, 0)) * inflation);
    return model;
}

std::vector<ExactBasisModel> candidate_models(const std::vector<CandidatePole>& poles,
                                              const ExactBasisSettings& settings) {
    std::vector<ExactBasisModel> models;
    const int leading = std::min<int>(settings.leading_candidates, int(poles.size()));
    for (int c = 0; c < leading; ++c) {
        ExactBasisModel base;
        base.leading = poles[c].mu;
        for (std::size_t s = c + 1; s < poles.size(); ++s) {
            if (int(base.subleading.size()) >= settings.max_subleading ||
                poles[s].mu - poles[c].mu > settings.max_gap)
                break;
            base.subleading.push_back(poles[s]);
        }
        for (int m = 1; m <= poles[c].order; ++m) {
            ExactBasisModel model = base;
            model.m = m;
            models.push_back(model);
        }
    }
    return models;
}

// ΔBIC of the best model satisfying `rival` against the chosen one (0 when there is none).
double best_rival(const ExactBasisFit& fit,
                  const std::function<bool(const ExactBasisModel&)>& rival) {
    double best = INFINITY;
    for (const ExactBasisModel& model : fit.models) {
        if (rival(model))
            best = std::min(best, model.bic);
    }
    return std::isfinite(best) ? best - fit.models[fit.model_index].bic : 0.0;
}

// A model is consistent when its free λ̂ stays within 3 SE of the candidate it starts from:
// with λ free, a model led by a wrong candidate can fit as well as the right one when the
// poles are close (howald_monomial_ideal_3d: 34/191 and 7/38), and its λ̂ then describes
// no pole at all.
bool consistent(const ExactBasisModel& model) {
    return std::fabs(model.lambda - model.leading) <= 3 * model.lambda_se;
}

bool any_consistent(const std::vector<ExactBasisModel>& models) {
    return std::any_of(models.begin(), models.end(), consistent);
}

// The same leading candidates, orders and subleading poles (a larger cap added nothing).
bool same_shapes(const std::vector<ExactBasisModel>& a, const std::vector<ExactBasisModel>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].leading != b[i].leading || a[i].m != b[i].m ||
            a[i].subleading.size() != b[i].subleading.size())
            return false;
    }
    return true;
}

// BIC chooses among consistent models; among all when none is.
std::vector<ExactBasisModel>::iterator choose_model(std::vector<ExactBasisModel>& models) {
    auto by_bic = [](const ExactBasisModel& a, const ExactBasisModel& b) { return a.bic < b.bic; };
    auto best = models.end();
    for (auto it = models.begin(); it != models.end(); ++it) {
        if (consistent(*it) && (best == models.end() || by_bic(*it, *best)))
            best = it;
    }
    return best != models.end() ? best : std::min_element(models.begin(), models.end(), by_bic);
}

}  // namespace

double exact_basis_value(const ExactBasisModel& model, double log_t, double log_t_ref,
                         double log_t_low) {
    const std::vector<double>& p = model.parameters;
    const double lambda = p[0];
    const double u = log_t / log_t_ref;

    // Leading pole: u^{m-1} + Σ_{i<m-1} a_i u^i, and its derivative in L.
    double s = std::pow(u, model.m - 1);
    double ds = model.m >= 2 ? (model.m - 1) * std::pow(u, model.m - 2) / log_t_ref : 0.0;
    for (int i = 0; i + 1 < model.m; ++i) {
        s += p[1 + i] * std::pow(u, i);
        ds += i > 0 ? p[1 + i] * i * std::pow(u, i - 1) / log_t_ref : 0.0;
    }

    // Subleading poles: e^{-(μ-λ)(L-L_low)} Σ_i b_i u^i.
    std::size_t index = model.m;
    for (const CandidatePole& pole : model.subleading) {
        const double delta = pole.mu - lambda;
        const double decay = std::exp(-delta * (log_t - log_t_low));
        double poly = 0, dpoly = 0;
        for (int i = 0; i < pole.order; ++i, ++index) {
            poly += p[index] * std::pow(u, i);
            dpoly += i > 0 ? p[index] * i * std::pow(u, i - 1) / log_t_ref : 0.0;
        }
        s += decay * poly;
        ds += decay * (dpoly - delta * poly);
    }
    if (!(s > 0))
        return NAN;
    return lambda - ds / s;
}

double ExactBasisFit::model_value(double t) const {
    return exact_basis_value(models[model_index], std::log(t), log_t_ref, log_t_low);
}

ExactBasisFit fit_exact_basis(const std::vector<double>& t, const std::vector<double>& values,
                              const std::vector<double>& standard_errors,
                              std::vector<CandidatePole> poles,
                              const ExactBasisSettings& settings) {
    const Window window = select_window(t, values, standard_errors, settings.t_min);
    if (window.y.size() < 6) {
        throw InputError("the exact-basis fit needs at least 6 rungs with t >= " +
                             std::to_string(settings.t_min),
                         "--t-max/--fit-t-min", "widen the t range or lower --fit-t-min");
    }
    for (const CandidatePole& pole : poles) {
        if (!(pole.mu > 0) || pole.order < 1) {
            throw InputError("a candidate pole must have μ > 0 and order >= 1", "candidate poles",
                             "pass the ρ values of the resolution's charts");
        }
    }
    ExactBasisFit fit;
    fit.poles = normalized_poles(std::move(poles), settings.max_order);
    if (fit.poles.empty()) {
        throw InputError("the exact-basis fit needs at least one candidate pole", "candidate poles",
                         "use the fit without candidate poles");
    }
    fit.points = static_cast<int>(window.y.size());
    fit.t_min = std::exp(window.log_t.front());
    fit.t_max = std::exp(window.log_t.back());
    fit.log_t_ref = window.log_t_ref;
    fit.log_t_low = window.log_t_low;

    // Every (leading candidate, order) model; BIC chooses among the consistent ones. When no
    // model is consistent, the truncated basis leaves out a pole whose term is still visible
    // over the window, so the basis grows by one subleading pole at a time until some model
    // is consistent or every candidate within max_gap is in (howald_monomial_ideal_3d: with
    // two subleading poles every leading candidate missed its own λ by more than 3 SE).
    ExactBasisSettings basis = settings;
    std::vector<ExactBasisModel> shapes = candidate_models(fit.poles, basis);
    for (;;) {
        fit.models.clear();
        for (const ExactBasisModel& model : shapes)
            fit.models.push_back(fit_model(window, model));
        if (settings.fixed_model >= 0 || any_consistent(fit.models))
            break;
        ++basis.max_subleading;
        std::vector<ExactBasisModel> larger = candidate_models(fit.poles, basis);
        if (same_shapes(larger, shapes))
            break;
        shapes = std::move(larger);
    }
    fit.max_subleading = basis.max_subleading;
    auto best = choose_model(fit.models);
    if (settings.fixed_model >= 0 && settings.fixed_model < int(fit.models.size()))
        best = fit.models.begin() + settings.fixed_model;
    fit.model_index = static_cast<int>(best - fit.models.begin());
    fit.lambda = best->lambda;
    fit.lambda_se = best->lambda_se;
    fit.m = best->m;

    // The F-test of §6.6 item 3 in BIC form: one log power fewer, another leading candidate.
    const ExactBasisModel chosen = *best;
    fit.delta_bic_lower_order = best_rival(fit, [&](const ExactBasisModel& model) {
        return model.leading == chosen.leading && model.m == chosen.m - 1;
    });
    fit.delta_bic_other_candidate = best_rival(
        fit, [&](const ExactBasisModel& model) { return model.leading != chosen.leading; });

    // Residual trend at the low end of the window.
    const std::size_t third = std::max<std::size_t>(1, window.y.size() / 3);
    double trend = 0;
    for (std::size_t i = 0; i < third; ++i)
        trend += window.y[i] - fit.model_value(std::exp(window.log_t[i]));
    fit.residual_term = std::fabs(trend / double(third));
    return fit;
}

}  // namespace slt::numerics
