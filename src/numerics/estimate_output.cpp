#include "slt/numerics/estimate_output.hpp"

#include "slt/error.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <sstream>

namespace slt::numerics {

namespace {

nlohmann::json estimate_json(const Estimate& e) {
    return {{"value", e.value}, {"standard_error", e.standard_error}};
}

nlohmann::json fit_json(const LambdaFit& fit) {
    nlohmann::json models = nlohmann::json::array();
    for (const auto& model : fit.models) {
        models.push_back({{"m", model.m},
                          {"lambda", model.lambda},
                          {"lambda_standard_error", model.lambda_se},
                          {"c", model.c},
                          {"chi2", model.chi2},
                          {"bic", model.bic}});
    }
    return {{"lambda", fit.lambda},
            {"lambda_standard_error", fit.lambda_se},
            {"m", fit.m},
            {"c", fit.c},
            {"next_pole", fit.next_pole},
            {"delta", fit.delta},
            {"C", fit.power},
            {"chi2", fit.chi2},
            {"dof", fit.dof},
            {"t_min", fit.t_min},
            {"t_max", fit.t_max},
            {"next_pole_term", fit.next_pole_term},
            {"linear",
             {{"lambda", fit.lambda_linear},
              {"lambda_standard_error", fit.lambda_linear_se},
              {"m", fit.m_linear},
              {"m_standard_error", fit.m_linear_se}}},
            {"models", models}};
}

nlohmann::json exact_basis_json(const ExactBasisFit& fit, double jackknife_se) {
    nlohmann::json poles = nlohmann::json::array();
    for (const auto& pole : fit.poles)
        poles.push_back({{"mu", pole.mu}, {"order", pole.order}});
    nlohmann::json models = nlohmann::json::array();
    for (const auto& model : fit.models) {
        nlohmann::json subleading = nlohmann::json::array();
        for (const auto& pole : model.subleading)
            subleading.push_back(pole.mu);
        models.push_back({{"leading_candidate", model.leading},
                          {"m", model.m},
                          {"subleading", subleading},
                          {"lambda", model.lambda},
                          {"lambda_standard_error", model.lambda_se},
                          {"chi2", model.chi2},
                          {"dof", model.dof},
                          {"bic", model.bic}});
    }
    return {{"lambda", fit.lambda},
            {"lambda_standard_error", fit.lambda_se},
            {"jackknife_standard_error", jackknife_se},
            {"m", fit.m},
            {"max_subleading", fit.max_subleading},
            {"delta_bic_lower_order", fit.delta_bic_lower_order},
            {"delta_bic_other_candidate", fit.delta_bic_other_candidate},
            {"residual_term", fit.residual_term},
            {"t_min", fit.t_min},
            {"t_max", fit.t_max},
            {"candidate_poles", poles},
            {"models", models}};
}

nlohmann::json jackknife_json(const LadderReadings& se) {
    return {{"lambda_fit", se.fit},
            {"linear_fit", se.linear},
            {"imai_fit", se.imai},
            {"two_temperature", se.two_temperature},
            {"thermodynamic_integration", se.thermodynamic}};
}

nlohmann::json bias_json(const PredictedBias& bias) {
    if (!std::isfinite(bias.value))
        return nullptr;
    return {{"value", bias.value}, {"standard_error", bias.standard_error}};
}

// b = (the estimator on the model's noise-free curve) - λ̂ of the model (model_bias.hpp).
nlohmann::json model_bias_json(const ModelBiases& biases) {
    return {{"lambda_fit", bias_json(biases.fit)},
            {"linear_fit", bias_json(biases.linear)},
            {"imai_fit", bias_json(biases.imai)},
            {"two_temperature", bias_json(biases.two_temperature)},
            {"thermodynamic_integration", bias_json(biases.thermodynamic)},
            {"volume", bias_json(biases.volume)}};
}

nlohmann::json volume_json(const VolumeEstimate& volume) {
    nlohmann::json runs = nlohmann::json::array();
    for (const auto& run : volume.runs) {
        runs.push_back({{"lambda", run.lambda},
                        {"iterations", run.epsilon.size()},
                        {"walk_acceptance", run.acceptance}});
    }
    return {{"method", "nested sampling (Skilling 2006), slope of log V against log ε"},
            {"lambda", volume.lambda},
            {"lambda_standard_error", volume.standard_error},
            {"m_assumed", volume.m},
            {"epsilon_fit_min", volume.epsilon_fit_min},
            {"epsilon_fit_max", volume.epsilon_fit_max},
            {"iterations", volume.iterations},
            {"evaluations", volume.evaluations},
            {"seconds", volume.seconds},
            {"runs", runs}};
}

nlohmann::json settings_json(const EstimateReport& report) {
    const auto& s = report.sampler;
    const std::string kernel = s.kernel == SamplerKernel::hmc
                                   ? "HMC (" + std::to_string(s.leapfrog_steps) + " leapfrog steps)"
                                   : std::string("truncated MALA (MALTA)");
    return {{"sampler", "parallel tempering, " + kernel + " per rung, diagonal scales"},
            {"t", s.ladder.t},
            {"replicas", s.replicas},
            {"sweeps", s.sweeps},
            {"burn_in", s.burn_in},
            {"steps_per_sweep", s.steps_per_sweep},
            {"thin", report.thin},
            {"target_acceptance", s.target_acceptance},
            {"seed", s.seed},
            {"replica_seeds", "mix_seed(seed, replica) (SplitMix64)"},
            {"evaluations", report.evaluations},
            {"seconds", report.seconds}};
}

}  // namespace

nlohmann::json to_json(const EstimateReport& report) {
    nlohmann::json rungs = nlohmann::json::array();
    for (const auto& rung : report.rungs) {
        rungs.push_back({{"t", rung.t},
                         {"lambda_eff", estimate_json(rung.lambda_eff)},
                         {"imai", estimate_json(rung.imai)},
                         {"ess", rung.tk.ess},
                         {"bulk_ess", rung.tk.bulk_ess},
                         {"rhat", rung.tk.rhat},
                         {"acceptance", rung.acceptance},
                         {"swap_rate", rung.swap_rate},
                         {"step_size", rung.step_size},
                         {"precision", to_string(rung.precision)}});
    }
    nlohmann::json free_energy = nlohmann::json::array();
    for (std::size_t k = 0; k < report.thermodynamic.t.size(); ++k) {
        free_energy.push_back({{"t", report.thermodynamic.t[k]},
                               {"F", estimate_json(report.thermodynamic.free_energy[k])}});
    }
    nlohmann::json quadrature = nlohmann::json::array();
    for (const auto& q : report.quadrature) {
        quadrature.push_back({{"t", q.t},
                              {"Z", q.z},
                              {"lambda_eff", q.lambda_eff},
                              {"relative_error_estimate", q.error_estimate}});
    }
    nlohmann::json out = {{"evaluation", report.evaluation_form},
                          {"domain", report.domain},
                          {"settings", settings_json(report)},
                          {"estimates",
                           {{"lambda_fit", fit_json(report.fit)},
                            {"lambda_fit_jackknife_standard_error", report.fit_jackknife_se},
                            {"jackknife_standard_errors", jackknife_json(report.jackknife)},
                            {"imai_fit", fit_json(report.imai_fit)},
                            {"two_temperature",
                             {{"t1", report.two_temperature.t1},
                              {"t2", report.two_temperature.t2},
                              {"lambda", estimate_json(report.two_temperature.lambda)}}},
                            {"thermodynamic_integration",
                             {{"lambda", estimate_json(report.thermodynamic.lambda)},
                              {"m", estimate_json(report.thermodynamic.m)},
                              {"discretization_error", report.thermodynamic.discretization_error},
                              {"F_t0_from_prior", estimate_json(report.first_free_energy)},
                              {"F", free_energy}}}}},
                          {"rungs", rungs},
                          {"quadrature", quadrature},
                          {"warnings", report.warnings}};
    if (report.volume)
        out["estimates"]["volume"] = volume_json(*report.volume);
    if (report.exact_basis_fit) {
        out["estimates"]["exact_basis_fit"] =
            exact_basis_json(*report.exact_basis_fit, report.exact_basis_jackknife_se);
    }
    if (report.model_bias)
        out["estimates"]["predicted_bias"] = model_bias_json(*report.model_bias);
    return out;
}

std::string to_text(const EstimateReport& report) {
    std::ostringstream out;
    out << "K: " << report.evaluation_form << "\ndomain: " << report.domain << "\n";
    out << "sampler: parallel tempering (" << to_string(report.sampler.kernel) << "), "
        << report.rungs.size() << " rungs x " << report.sampler.replicas << " replicas, "
        << report.sampler.sweeps << " sweeps (+" << report.sampler.burn_in << " burn-in), seed "
        << report.sampler.seed << ", " << std::setprecision(3) << report.seconds << " s\n\n";
    out << "         t    λ_eff      SE     Imai      SE      ESS     R̂   acc  swap  precision\n";
    for (const auto& r : report.rungs) {
        char line[200];
        std::snprintf(line, sizeof line,
                      "%10.3g  %7.4f  %6.4f  %7.4f  %6.4f  %7.0f  %5.3f  %4.2f  %4.2f  %s\n", r.t,
                      r.lambda_eff.value, r.lambda_eff.standard_error, r.imai.value,
                      r.imai.standard_error, r.tk.ess, r.tk.rhat, r.acceptance, r.swap_rate,
                      to_string(r.precision));
        out << line;
    }
    char line[400];
    const LambdaFit& fit = report.fit;
    if (fit.next_pole) {
        std::snprintf(line, sizeof line,
                      "\nλ fit (λ_eff = λ + C t^-δ, m = 1, t >= %.3g): λ = %.4f ± %.4f, C = %.3g, "
                      "δ = %.3f, χ²/dof = %.1f/%d\n",
                      fit.t_min, fit.lambda, fit.lambda_se, fit.power, fit.delta, fit.chi2,
                      fit.dof);
    } else {
        std::snprintf(line, sizeof line,
                      "\nλ fit (λ_eff = λ - (m-1)/(log t + c), t >= %.3g): λ = %.4f ± %.4f, "
                      "m = %d, c = %.2f, χ²/dof = %.1f/%d\n",
                      fit.t_min, fit.lambda, fit.lambda_se, fit.m, fit.c, fit.chi2, fit.dof);
    }
    out << line;
    std::snprintf(line, sizeof line,
                  "linear fit on {1, 1/log t, 1/log² t}: λ = %.4f ± %.4f, m = %.2f ± %.2f\n",
                  fit.lambda_linear, fit.lambda_linear_se, fit.m_linear, fit.m_linear_se);
    out << line;
    if (report.exact_basis_fit) {
        const ExactBasisFit& basis = *report.exact_basis_fit;
        std::snprintf(line, sizeof line,
                      "exact-basis fit (%zu candidate poles, leading %.4g): λ = %.4f ± %.4f, "
                      "m = %d, ΔBIC vs m-1 %.1f, vs other leading pole %.1f\n",
                      basis.poles.size(), basis.models[basis.model_index].leading, basis.lambda,
                      basis.lambda_se, basis.m, basis.delta_bic_lower_order,
                      basis.delta_bic_other_candidate);
        out << line;
    }
    std::snprintf(line, sizeof line, "Imai fit (t² Var K): λ = %.4f ± %.4f, m = %d\n",
                  report.imai_fit.lambda, report.imai_fit.lambda_se, report.imai_fit.m);
    out << line;
    std::snprintf(line, sizeof line, "two-temperature (t = %.3g, %.3g): λ = %.4f ± %.4f\n",
                  report.two_temperature.t1, report.two_temperature.t2,
                  report.two_temperature.lambda.value,
                  report.two_temperature.lambda.standard_error);
    out << line;
    std::snprintf(line, sizeof line,
                  "thermodynamic integration: F(%.3g) = %.4f ± %.4f, slope λ = %.4f ± %.4f, "
                  "m = %.2f ± %.2f\n",
                  report.thermodynamic.t.back(), report.thermodynamic.free_energy.back().value,
                  report.thermodynamic.free_energy.back().standard_error,
                  report.thermodynamic.lambda.value, report.thermodynamic.lambda.standard_error,
                  report.thermodynamic.m.value, report.thermodynamic.m.standard_error);
    out << line;
    if (report.volume) {
        const VolumeEstimate& v = *report.volume;
        std::snprintf(line, sizeof line,
                      "volume slope (nested sampling, %zu runs, ε in [%.3g, %.3g], m = %d): "
                      "λ = %.4f ± %.4f\n",
                      v.runs.size(), v.epsilon_fit_min, v.epsilon_fit_max, v.m, v.lambda,
                      v.standard_error);
        out << line;
    }
    for (const auto& q : report.quadrature) {
        std::snprintf(line, sizeof line, "quadrature t = %.3g: λ_eff = %.6f (Z = %.6g)\n", q.t,
                      q.lambda_eff, q.z);
        out << line;
    }
    for (const auto& warning : report.warnings)
        out << "warning: " << warning << "\n";
    return out.str();
}

}  // namespace slt::numerics
