#include "slt/numerics/estimate.hpp"

#include "slt/numerics/compiled_loss.hpp"
#include "slt/numerics/domain.hpp"
#include "slt/numerics/replica_jackknife.hpp"

#include <cmath>
#include <sstream>

namespace slt::numerics {

namespace {

std::string format(double value) {
    std::ostringstream out;
    out.precision(3);
    out << value;
    return out.str();
}

// Diagnostics out of range become warnings (ALGORITHMS.md §6.5).
std::vector<std::string> diagnostic_warnings(const std::vector<RungEstimate>& rungs,
                                             const DiagnosticLimits& limits, SamplerKernel kernel) {
    std::vector<std::string> warnings;
    for (std::size_t k = 0; k < rungs.size(); ++k) {
        const RungEstimate& rung = rungs[k];
        const std::string where = "t = " + format(rung.t) + ": ";
        if (rung.tk.rhat > limits.max_rhat) {
            warnings.push_back(where + "split-R̂ " + format(rung.tk.rhat) + " > " +
                               format(limits.max_rhat) + "; run more sweeps");
        }
        if (rung.tk.bulk_ess < limits.min_ess) {
            warnings.push_back(where + "bulk-ESS " + format(rung.tk.bulk_ess) + " < " +
                               format(limits.min_ess) + "; run more sweeps");
        }
        if (rung.acceptance < limits.min_acceptance || rung.acceptance > limits.max_acceptance) {
            warnings.push_back(where + to_string(kernel) + " acceptance " +
                               format(rung.acceptance) + " outside [" +
                               format(limits.min_acceptance) + ", " +
                               format(limits.max_acceptance) + "]");
        }
        if (k + 1 < rungs.size() && rung.swap_rate < limits.min_swap_rate) {
            warnings.push_back(where + "swap rate " + format(rung.swap_rate) + " < " +
                               format(limits.min_swap_rate) + "; use more rungs per decade");
        }
    }
    return warnings;
}

// The exact-basis fit refitted without one replica at a time (same model), for the jackknife
// SE of λ̂ and of the biases the model predicts.
std::vector<ExactBasisFit> leave_one_out_basis_fits(const std::vector<double>& t,
                                                    const LeaveOneOutSeries& series,
                                                    const std::vector<double>& standard_errors,
                                                    const EstimateSettings& settings,
                                                    const ExactBasisFit& fit) {
    std::vector<ExactBasisFit> fits;
    if (series.lambda_eff.size() < 3)
        return fits;
    ExactBasisSettings fixed = settings.exact_basis;
    fixed.t_min = settings.fit.t_min;
    fixed.fixed_model = fit.model_index;
    fixed.max_subleading = fit.max_subleading;
    for (const std::vector<double>& means : series.lambda_eff)
        fits.push_back(fit_exact_basis(t, means, standard_errors, fit.poles, fixed));
    return fits;
}

// Every ladder estimator's jackknife SE over replicas becomes a floor on its own SE.
void apply_jackknife(EstimateReport& report, const LeaveOneOutSeries& series,
                     const std::vector<double>& t, const std::vector<double>& lambda_se,
                     const std::vector<double>& imai_se, const LadderReadingSettings& settings) {
    std::vector<LadderReadings> readings;
    for (std::size_t r = 0; r < series.lambda_eff.size(); ++r) {
        readings.push_back(
            ladder_readings(t, series.lambda_eff[r], lambda_se, series.imai[r], imai_se, settings));
    }
    auto se = [&](double LadderReadings::*field) {
        std::vector<double> values;
        for (const LadderReadings& reading : readings)
            values.push_back(reading.*field);
        return jackknife_se(values);
    };
    report.jackknife = {se(&LadderReadings::fit), se(&LadderReadings::linear),
                        se(&LadderReadings::imai), se(&LadderReadings::two_temperature),
                        se(&LadderReadings::thermodynamic)};
    report.fit_jackknife_se = report.jackknife.fit;

    auto floor = [](double& standard_error, double jackknife) {
        standard_error = std::max(standard_error, jackknife);
    };
    floor(report.fit.lambda_se, report.jackknife.fit);
    floor(report.fit.lambda_linear_se, report.jackknife.linear);
    floor(report.imai_fit.lambda_se, report.jackknife.imai);
    floor(report.two_temperature.lambda.standard_error, report.jackknife.two_temperature);
    floor(report.thermodynamic.lambda.standard_error, report.jackknife.thermodynamic);
}

}  // namespace

EstimateReport estimate(const Problem& original, const EstimateSettings& settings) {
    const Problem problem = translated_to_origin(original);
    const CompiledLoss loss(problem);
    const Domain domain = domain_from_problem(problem, settings.radius);

    EstimateReport report;
    report.evaluation_form = loss.evaluation_form();
    report.domain = domain.to_string();
    report.dimension = domain.dimension();
    report.sampler = settings.sampler;

    // Sampling.
    const ParallelTemperingRun run = run_parallel_tempering(loss, domain, settings.sampler);
    report.thin = run.thin;
    report.evaluations = run.evaluations;
    report.seconds = run.seconds;
    report.rungs = rung_estimates(run);

    // The ladder estimators: the λ_eff fit, Imai's, two-temperature over the top decade and
    // thermodynamic integration over the ladder.
    std::vector<double> t, lambda, lambda_se, imai, imai_se;
    for (const RungEstimate& rung : report.rungs) {
        t.push_back(rung.t);
        lambda.push_back(rung.lambda_eff.value);
        lambda_se.push_back(rung.lambda_eff.standard_error);
        imai.push_back(rung.imai.value);
        imai_se.push_back(rung.imai.standard_error);
    }
    FitSettings fit_settings = settings.fit;
    fit_settings.max_multiplicity = std::min(fit_settings.max_multiplicity, report.dimension);
    report.fit = fit_lambda(t, lambda, lambda_se, fit_settings);
    FitSettings imai_settings = fit_settings;
    imai_settings.kind = FitKind::imai;
    report.imai_fit = fit_lambda(t, imai, imai_se, imai_settings);

    const int per_decade = std::max(
        1, static_cast<int>(std::lround(1 / std::log10(t.size() > 1 ? t[1] / t[0] : 10.0))));
    const std::size_t top = report.rungs.size() - 1;
    const std::size_t bottom = top >= std::size_t(per_decade) ? top - per_decade : 0;
    report.two_temperature = {report.rungs[bottom].t, report.rungs[top].t,
                              two_temperature(report.rungs[bottom], report.rungs[top])};
    report.first_free_energy = free_energy_from_prior(
        loss, domain, t.front(), settings.prior_samples, settings.sampler.seed);
    report.thermodynamic =
        thermodynamic_integration(report.rungs, report.first_free_energy, settings.fit.t_min);

    // The jackknife over replicas, with every fit's model fixed to its choice on the data.
    LadderReadingSettings reading_settings;
    reading_settings.fit = fit_settings;
    reading_settings.fit.fixed_model = report.fit.model_index;
    reading_settings.imai_fit = imai_settings;
    reading_settings.imai_fit.fixed_model = report.imai_fit.model_index;
    reading_settings.two_temperature_low = bottom;
    reading_settings.two_temperature_high = top;
    reading_settings.thermodynamic_t_min = settings.fit.t_min;
    const LeaveOneOutSeries series = leave_one_out_series(run);
    apply_jackknife(report, series, t, lambda_se, imai_se, reading_settings);

    // The exact-basis fit when the caller knows the candidate poles (§6.6 item 3).
    std::vector<ExactBasisFit> basis_leave_one_out;
    if (!settings.candidate_poles.empty()) {
        ExactBasisSettings basis_settings = settings.exact_basis;
        basis_settings.t_min = settings.fit.t_min;
        ExactBasisFit basis =
            fit_exact_basis(t, lambda, lambda_se, settings.candidate_poles, basis_settings);
        basis_leave_one_out = leave_one_out_basis_fits(t, series, lambda_se, settings, basis);
        std::vector<double> lambdas;
        for (const ExactBasisFit& fit : basis_leave_one_out)
            lambdas.push_back(fit.lambda);
        report.exact_basis_jackknife_se = jackknife_se(lambdas);
        basis.lambda_se = std::max(basis.lambda_se, report.exact_basis_jackknife_se);
        report.exact_basis_fit = std::move(basis);
    }

    // The deterministic path, once per decade.
    if (settings.quadrature && report.dimension <= 2) {
        for (std::size_t k = 0; k < t.size() && t[k] <= settings.quadrature_t_max;
             k += per_decade) {
            report.quadrature.push_back(quadrature_lambda_eff(loss, domain, t[k]));
        }
    }

    // Nested sampling for V(ε) on the same ε range as the ladder (ε ↔ 1/t).
    if (settings.volume) {
        NestedSamplingSettings nested = settings.nested;
        nested.epsilon_min = 1 / t.back();
        nested.m = report.exact_basis_fit ? report.exact_basis_fit->m : report.fit.m;
        nested.seed = settings.sampler.seed;
        nested.threads = settings.sampler.threads;
        report.volume = nested_sampling_volume(loss, domain, nested);
    }

    // What the exact-basis model predicts each other estimator reads (model_bias.hpp).
    if (report.exact_basis_fit) {
        VolumeWindow window;
        if (report.volume) {
            window = {true, report.volume->epsilon_fit_min, report.volume->epsilon_fit_max,
                      report.volume->m};
        }
        report.model_bias = predict_biases(*report.exact_basis_fit, basis_leave_one_out, t,
                                           lambda_se, imai_se, reading_settings, window);
    }

    report.warnings = diagnostic_warnings(report.rungs, settings.limits, settings.sampler.kernel);
    if (report.volume) {
        report.warnings.insert(report.warnings.end(), report.volume->warnings.begin(),
                               report.volume->warnings.end());
    }
    if (report.fit.chi2 > 3.0 * std::max(1, report.fit.dof)) {
        report.warnings.push_back(
            "the λ_eff fit has χ²/dof = " + format(report.fit.chi2 / std::max(1, report.fit.dof)) +
            ": the model λ - (m-1)/(log t + c) does not describe the data");
    }
    return report;
}

}  // namespace slt::numerics
