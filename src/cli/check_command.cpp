// `slt check`: the exact engine and the numerical estimators on the same problem, with the
// z-score of every estimate against the exact λ and the acceptance rule of ALGORITHMS.md §6.6
// item 5: |λ̂ - λ| < 3 SE + bias bound, bias bound = (m - 1)/log t_min + C t_min^{-(μ2-λ)},
// the next-pole term estimated from the fit's residuals at the low end of its window. Fits
// that model the log term (m̂ >= m) drop the (m - 1)/log t_min part. When the exact answer is
// proved, the charts' ρ are passed to the numerics as candidate poles and the exact-basis fit
// (§6.6 item 3) is checked first; its bias bound is its own residual trend, and the other
// estimators' bounds become the finite-t correction of its model over their windows.
#include "candidate_poles.hpp"
#include "commands.hpp"
#include "numerics_options.hpp"

#include "slt/numerics/estimate_output.hpp"
#include "slt/rlct.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

namespace slt::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kCheckExamples = R"(
Runs `slt rlct` and `slt estimate` on one problem and compares. For each estimator of λ:
the estimate, its standard error (SE), the bias bound of ALGORITHMS.md §6.6 item 5, the
z-score (estimate - exact)/SE and a verdict: PASS when |estimate - exact| <= 3 SE + bias.

Examples:
  slt check "x^2*y^2" --orthant +,+
  slt check --file examples/watanabe_x2y4.toml
  slt check --gallery --sweeps 10000            every problem file with d <= --max-dim
Exit code 0 when every verdict is PASS, 4 otherwise.)";

constexpr int kCheckFailed = 4;

struct CheckArgs {
    NumericsArgs numerics;
    bool gallery = false;
    std::string dir;
    int max_dim = 4;
};

struct CheckLine {
    std::string name;
    double estimate = 0;
    double se = 0;
    double bias = 0;
    double z = 0;
    bool pass = false;
};

CheckLine compare(const std::string& name, const numerics::Estimate& e, double bias, double exact) {
    CheckLine line{name, e.value, e.standard_error, bias, 0, false};
    line.z = e.standard_error > 0 ? (e.value - exact) / e.standard_error : INFINITY;
    line.pass = std::fabs(e.value - exact) <= 3 * e.standard_error + bias;
    return line;
}

// The next-pole term C t^{-δ} at t when the λ_eff fit found one (times 1 + δ for Imai's
// t² Var K = λ_eff - dλ_eff/dlog t), else the fit's residual trend at its low end.
double next_pole_bias(const numerics::LambdaFit& fit, double t, bool imai) {
    if (!fit.next_pole)
        return fit.next_pole_term;
    return std::fabs(fit.power) * (imai ? 1 + fit.delta : 1.0) * std::pow(t, -fit.delta);
}

// The unmodelled part of the log term: a fit that chose m̂ >= m models -(m-1)/log t itself, so
// only the missing powers (m - m̂)/log t enter the bound (§6.6 item 5).
double log_term_bias(int m_exact, int m_fitted, double t) {
    return std::max(0, m_exact - m_fitted) / std::log(t);
}

// With the exact-basis model, the whole finite-t correction of λ_eff (log terms and every
// subleading pole) is known: its largest size over t >= t_low, max |λ_eff(t) - λ̂|, bounds the
// bias of an estimator that does not model it and uses t >= t_low (§6.6 items 4-5). For Imai's
// t² Var K = λ_eff - dλ_eff/dlog t the derivative is included. Returns -1 without the model.
double basis_correction(const numerics::EstimateReport& report, double t_low, bool imai) {
    if (!report.exact_basis_fit)
        return -1;
    const numerics::ExactBasisFit& basis = *report.exact_basis_fit;
    double largest = 0;
    for (const auto& rung : report.rungs) {
        if (rung.t < t_low * (1 - 1e-9))
            continue;
        double value = basis.model_value(rung.t);
        if (imai) {
            const double h = 1e-3;
            value -= (basis.model_value(rung.t * std::exp(h)) -
                      basis.model_value(rung.t * std::exp(-h))) /
                     (2 * h);
        }
        if (std::isfinite(value))
            largest = std::max(largest, std::fabs(value - basis.lambda));
    }
    return largest;
}

// The bias bound from the exact-basis model when there is one, else `fallback`.
double bias_or(const numerics::EstimateReport& report, double t_low, bool imai, double fallback) {
    const double correction = basis_correction(report, t_low, imai);
    return correction >= 0 ? correction : fallback;
}

// The lines of one check; the exact m enters only the bias bound.
std::vector<CheckLine> check_lines(const numerics::EstimateReport& report, double lambda, int m) {
    const numerics::LambdaFit& fit = report.fit;
    const double fit_bias =
        bias_or(report, fit.t_min, false,
                log_term_bias(m, fit.m, fit.t_min) + next_pole_bias(fit, fit.t_min, false));
    const double linear_bias =
        bias_or(report, fit.t_min, false,
                (m - 1) / std::log(fit.t_min) + next_pole_bias(fit, fit.t_min, false));
    const double two_t_bias = bias_or(report, report.two_temperature.t1, false,
                                      (m - 1) / std::log(report.two_temperature.t1) +
                                          next_pole_bias(fit, report.two_temperature.t1, false));
    std::vector<CheckLine> lines;
    if (report.exact_basis_fit) {
        const numerics::ExactBasisFit& basis = *report.exact_basis_fit;
        lines.push_back(compare("λ exact-basis fit (candidate poles)",
                                {basis.lambda, basis.lambda_se}, basis.residual_term, lambda));
    }
    lines.push_back(compare("λ fit (λ_eff model, m chosen by BIC)", {fit.lambda, fit.lambda_se},
                            fit_bias, lambda));
    lines.push_back(compare("λ linear fit {1, 1/log t, 1/log² t}",
                            {fit.lambda_linear, fit.lambda_linear_se}, linear_bias, lambda));
    lines.push_back(compare("Imai fit (t² Var K)",
                            {report.imai_fit.lambda, report.imai_fit.lambda_se},
                            bias_or(report, report.imai_fit.t_min, true,
                                    log_term_bias(m, report.imai_fit.m, report.imai_fit.t_min) +
                                        next_pole_bias(fit, report.imai_fit.t_min, true)),
                            lambda));
    lines.push_back(
        compare("two-temperature (top decade)", report.two_temperature.lambda, two_t_bias, lambda));
    lines.push_back(compare("thermodynamic integration slope", report.thermodynamic.lambda,
                            linear_bias, lambda));
    if (report.volume) {
        // d log V/d log ε = λ - (m-1)/L + O(L^{-2}), L = log(1/ε) (§6.3); the fit models the
        // first two terms for its m, the O(L^{-2}) remainder is bounded with unit constant.
        const numerics::VolumeEstimate& v = *report.volume;
        const double log_inverse = std::log(1 / v.epsilon_fit_max);
        const double bias = bias_or(
            report, 1 / v.epsilon_fit_max, false,
            log_term_bias(m, v.m, 1 / v.epsilon_fit_max) + (m - 1) / (log_inverse * log_inverse));
        lines.push_back(
            compare("volume slope (nested sampling)", {v.lambda, v.standard_error}, bias, lambda));
    }
    return lines;
}

std::string format_line(const CheckLine& line) {
    char text[300];
    std::snprintf(text, sizeof text, "  %-40s %8.4f ± %6.4f  bias %6.4f  z %+6.2f  %s\n",
                  line.name.c_str(), line.estimate, line.se, line.bias, line.z,
                  line.pass ? "PASS" : "FAIL");
    return text;
}

// Runs one problem; returns true when every verdict passes.
bool check_one(const Problem& problem, numerics::EstimateSettings settings, bool verbose_text,
               bool json, nlohmann::json& out) {
    const RlctResult exact = compute_rlct(problem);
    if (exact.infinite) {
        throw InputError("K does not vanish at the point, so λ = ∞", "POLY",
                         "check a point where K = 0");
    }
    const double lambda = exact.lambda.to_double();
    if (exact.certainty != Certainty::exact) {
        // An upper bound is no oracle: there is nothing to check the estimates against.
        out = {{"exact",
                {{"lambda", exact.lambda.to_string()},
                 {"m", exact.multiplicity},
                 {"certainty", to_string(exact.certainty)}}},
               {"verdict", "SKIPPED"},
               {"reason", "the exact engine gives only an upper bound λ <= " +
                              exact.lambda.to_string() + "; no exact value to check against"}};
        if (!json && verbose_text)
            std::cout << "skipped: " << out["reason"].get<std::string>() << "\n";
        return true;
    }
    settings.candidate_poles = candidate_poles(exact);
    const numerics::EstimateReport report = numerics::estimate(problem, settings);
    const std::vector<CheckLine> lines = check_lines(report, lambda, exact.multiplicity);

    bool pass = std::all_of(lines.begin(), lines.end(), [](const CheckLine& l) { return l.pass; });
    const int m_estimate = report.exact_basis_fit ? report.exact_basis_fit->m : report.fit.m;
    const bool m_matches = m_estimate == exact.multiplicity;

    // Quadrature against Monte Carlo, per decade (d <= 2): |z| <= 4 (Bonferroni over ~10).
    nlohmann::json quadrature = nlohmann::json::array();
    for (const auto& q : report.quadrature) {
        for (const auto& rung : report.rungs) {
            if (std::fabs(rung.t / q.t - 1) > 1e-9)
                continue;
            const double z =
                (rung.lambda_eff.value - q.lambda_eff) / rung.lambda_eff.standard_error;
            quadrature.push_back({{"t", q.t},
                                  {"quadrature", q.lambda_eff},
                                  {"monte_carlo", rung.lambda_eff.value},
                                  {"standard_error", rung.lambda_eff.standard_error},
                                  {"z", z}});
        }
    }

    nlohmann::json checks = nlohmann::json::array();
    for (const auto& line : lines) {
        checks.push_back({{"estimator", line.name},
                          {"estimate", line.estimate},
                          {"standard_error", line.se},
                          {"bias_bound", line.bias},
                          {"z", line.z},
                          {"pass", line.pass}});
    }
    out = {{"exact",
            {{"lambda", exact.lambda.to_string()},
             {"lambda_value", lambda},
             {"m", exact.multiplicity},
             {"certainty", to_string(exact.certainty)}}},
           {"m_estimate", m_estimate},
           {"m_matches", m_matches},
           {"checks", checks},
           {"quadrature_vs_monte_carlo", quadrature},
           {"verdict", pass ? "PASS" : "FAIL"},
           {"estimate", numerics::to_json(report)}};

    if (!json && verbose_text) {
        std::cout << numerics::to_text(report) << "\n";
        std::cout << "exact: λ = " << exact.lambda.to_string() << " (" << lambda
                  << "), m = " << exact.multiplicity << " (" << to_string(exact.certainty) << ")\n";
        for (const auto& line : lines)
            std::cout << format_line(line);
        std::cout << "  m̂ = " << m_estimate << (m_matches ? " (matches)" : " (differs)") << "\n";
        for (const auto& q : quadrature) {
            std::printf("  quadrature t = %.3g: %.5f vs Monte Carlo z %+5.2f\n",
                        q["t"].get<double>(), q["quadrature"].get<double>(), q["z"].get<double>());
        }
        std::cout << "verdict: " << (pass ? "PASS" : "FAIL") << "\n";
    }
    return pass;
}

fs::path gallery_directory(const std::string& requested) {
    if (!requested.empty())
        return requested;
#ifdef SLT_EXAMPLES_DIR
    if (fs::is_directory(SLT_EXAMPLES_DIR))
        return SLT_EXAMPLES_DIR;
#endif
    throw InputError("cannot find the examples directory", "--dir",
                     "pass --dir DIR with the gallery's *.toml files");
}

bool run_gallery(CheckArgs& args, const numerics::EstimateSettings& settings) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(gallery_directory(args.dir))) {
        if (entry.path().extension() == ".toml")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    bool all = true;
    nlohmann::json results = nlohmann::json::array();
    for (const auto& path : files) {
        const io::ProblemFile file = io::read_problem_file(path.string());
        const Problem problem = io::problem_from_file(file);
        const std::string name = path.stem().string();
        if (static_cast<int>(problem.vars.size()) > args.max_dim) {
            if (!args.numerics.json)
                std::printf("%-36s skipped (d > %d)\n", name.c_str(), args.max_dim);
            continue;
        }
        nlohmann::json out;
        const bool pass = check_one(problem, settings, false, true, out);
        all = all && pass;
        out["name"] = name;
        results.push_back(out);
        if (!args.numerics.json && out["verdict"] == "SKIPPED") {
            std::printf("%-36s skipped: %s\n", name.c_str(),
                        out["reason"].get<std::string>().c_str());
        } else if (!args.numerics.json) {
            const auto& fit = out["checks"][0];
            std::printf("%-36s λ = %-6s m = %d   λ̂ = %.4f ± %.4f  m̂ = %d  z %+5.2f  %s\n",
                        name.c_str(), out["exact"]["lambda"].get<std::string>().c_str(),
                        out["exact"]["m"].get<int>(), fit["estimate"].get<double>(),
                        fit["standard_error"].get<double>(), out["m_estimate"].get<int>(),
                        fit["z"].get<double>(), out["verdict"].get<std::string>().c_str());
            for (const auto& line : out["checks"]) {
                if (!line["pass"].get<bool>()) {
                    std::printf("%-36s   failed: %s %.4f ± %.4f, bias %.4f, z %+.2f\n", "",
                                line["estimator"].get<std::string>().c_str(),
                                line["estimate"].get<double>(),
                                line["standard_error"].get<double>(),
                                line["bias_bound"].get<double>(), line["z"].get<double>());
                }
            }
        }
        { std::fflush(stdout); }
    }
    if (args.numerics.json)
        std::cout << results.dump(2) << "\n";
    return all;
}

void run_check(CheckArgs& args) {
    numerics::EstimateSettings settings = estimate_settings(args.numerics);
    bool pass = false;
    if (args.gallery) {
        settings.sampler.progress = nullptr;
        pass = run_gallery(args, settings);
    } else {
        const Problem problem = numerics_problem(args.numerics);
        nlohmann::json out;
        pass = check_one(problem, settings, true, args.numerics.json, out);
        if (args.numerics.json)
            std::cout << out.dump(2) << "\n";
    }
    if (!pass)
        throw CommandFailed(kCheckFailed, "");
}

}  // namespace

void register_check_command(CLI::App& app) {
    auto args = std::make_shared<CheckArgs>();
    CLI::App* command = app.add_subcommand(
        "check", "compare the exact (λ, m) with the Monte Carlo estimates (z-scores, verdict)");
    command->footer(kCheckExamples);
    add_numerics_options(*command, args->numerics);
    command->add_flag("--gallery", args->gallery, "check every problem file of the gallery");
    command->add_option("--dir", args->dir, "directory of *.toml files for --gallery");
    command->add_option("--max-dim", args->max_dim, "skip gallery problems with more variables")
        ->capture_default_str();
    command->callback([args]() { run_check(*args); });
}

}  // namespace slt::cli
