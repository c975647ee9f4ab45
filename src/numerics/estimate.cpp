#include "slt/numerics/estimate.hpp"

#include "slt/numerics/compiled_loss.hpp"
#include "slt/numerics/domain.hpp"

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
                                             const DiagnosticLimits& limits) {
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
            warnings.push_back(where + "MALA acceptance " + format(rung.acceptance) + " outside [" +
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

// replica_means[r][k]: the mean of t K in replica r at rung k.
std::vector<std::vector<double>> replica_means(const ParallelTemperingRun& run) {
    std::vector<std::vector<double>> means(run.settings.replicas,
                                           std::vector<double>(run.rungs.size()));
    for (std::size_t k = 0; k < run.rungs.size(); ++k) {
        for (int r = 0; r < run.settings.replicas; ++r) {
            const auto& draws = run.rungs[k].k[r];
            double sum = 0;
            for (double v : draws)
                sum += v;
            means[r][k] = run.rungs[k].t * sum / double(draws.size());
        }
    }
    return means;
}

// Jackknife SE of the exact-basis λ̂ over replicas (same model), as jackknife_lambda_se.
double exact_basis_jackknife_se(const std::vector<double>& t,
                                const std::vector<std::vector<double>>& replica_means,
                                const std::vector<double>& standard_errors,
                                const EstimateSettings& settings, const ExactBasisFit& fit) {
    const std::size_t replicas = replica_means.size();
    if (replicas < 3)
        return 0;
    ExactBasisSettings fixed = settings.exact_basis;
    fixed.t_min = settings.fit.t_min;
    fixed.fixed_model = fit.model_index;
    std::vector<double> estimates;
    for (std::size_t left_out = 0; left_out < replicas; ++left_out) {
        std::vector<double> means(t.size(), 0.0);
        for (std::size_t r = 0; r < replicas; ++r) {
            for (std::size_t k = 0; r != left_out && k < t.size(); ++k)
                means[k] += replica_means[r][k] / double(replicas - 1);
        }
        estimates.push_back(fit_exact_basis(t, means, standard_errors, fit.poles, fixed).lambda);
    }
    double mean = 0, sum = 0;
    for (double e : estimates)
        mean += e / double(replicas);
    for (double e : estimates)
        sum += (e - mean) * (e - mean);
    return std::sqrt(double(replicas - 1) / double(replicas) * sum);
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

    // λ_eff fit, with the jackknife over replicas as a floor on its SE.
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
    report.fit_jackknife_se =
        jackknife_lambda_se(t, replica_means(run), lambda_se, fit_settings, report.fit.model_index);
    report.fit.lambda_se = std::max(report.fit.lambda_se, report.fit_jackknife_se);

    // The exact-basis fit when the caller knows the candidate poles (§6.6 item 3).
    if (!settings.candidate_poles.empty()) {
        ExactBasisSettings basis_settings = settings.exact_basis;
        basis_settings.t_min = settings.fit.t_min;
        ExactBasisFit basis =
            fit_exact_basis(t, lambda, lambda_se, settings.candidate_poles, basis_settings);
        report.exact_basis_jackknife_se =
            exact_basis_jackknife_se(t, replica_means(run), lambda_se, settings, basis);
        basis.lambda_se = std::max(basis.lambda_se, report.exact_basis_jackknife_se);
        report.exact_basis_fit = std::move(basis);
    }

    FitSettings imai_settings = fit_settings;
    imai_settings.kind = FitKind::imai;
    report.imai_fit = fit_lambda(t, imai, imai_se, imai_settings);

    // Two-temperature over the top decade, thermodynamic integration over the ladder.
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

    report.warnings = diagnostic_warnings(report.rungs, settings.limits);
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
