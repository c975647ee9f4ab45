// `slt check`: the exact engine and the numerical estimators on the same problem, with the
// z-score of every estimate against the exact λ and the acceptance rule of ALGORITHMS.md §6.6
// item 5: |λ̂ - λ| <= 3 SE + bias bound.
//
// Bias bounds. When the exact answer is proved, the charts' ρ are passed to the numerics as
// candidate poles and the exact-basis fit (§6.6 item 3) is checked first, with its own
// residual trend as bias bound. Every other estimator's bias is then the one the exact-basis
// model predicts for it, b ± SE(b) (model_bias.hpp), and its bound is |b| + 3 SE(b). Without
// candidate poles the bound is (m - 1)/log t_min + C t_min^{-(μ2-λ)}, the next-pole term from
// the fit; fits that model the log term (m̂ >= m) drop the (m - 1)/log t_min part.
//
// Verdicts. PASS or FAIL by the rule above; n/a when the estimate passes but its acceptance
// half-width 3 SE + bias reaches the nearest other candidate pole: such a line would accept
// that pole as well, so it cannot tell the exact λ from its neighbour and tests nothing
// (docs/numerics.md, "Verdicts"). A failing line is never n/a.
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
#include <map>
#include <memory>

namespace slt::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kCheckExamples = R"(
Runs `slt rlct` and `slt estimate` on one problem and compares. For each estimator of λ:
the estimate, its standard error (SE), the bias bound of ALGORITHMS.md §6.6 item 5, the
z-score (estimate - exact)/SE and a verdict: PASS when |estimate - exact| <= 3 SE + bias,
n/a when it passes but 3 SE + bias also reaches another candidate pole (the estimator cannot
tell λ from that pole), FAIL otherwise.

Examples:
  slt check "x^2*y^2" --orthant +,+
  slt check --file examples/watanabe_x2y4.toml
  slt check --gallery --sweeps 10000            every problem file with d <= --max-dim
Exit code 4 when a verdict is FAIL, else 0.)";

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
    std::string verdict;  // "PASS", "FAIL" or "n/a"
    std::string note;     // why n/a
};

// The candidate pole nearest to the exact λ other than λ itself (INFINITY without any).
struct Neighbour {
    double mu = NAN;
    double gap = INFINITY;
};

Neighbour nearest_candidate(const numerics::EstimateReport& report, double lambda) {
    Neighbour neighbour;
    if (!report.exact_basis_fit)
        return neighbour;
    for (const numerics::CandidatePole& pole : report.exact_basis_fit->poles) {
        const double gap = std::fabs(pole.mu - lambda);
        if (gap > 1e-9 && gap < neighbour.gap)
            neighbour = {pole.mu, gap};
    }
    return neighbour;
}

std::string format_number(const char* format, double value) {
    char text[64];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

CheckLine compare(const std::string& name, const numerics::Estimate& e, double bias, double exact,
                  const Neighbour& neighbour) {
    CheckLine line{name, e.value, e.standard_error, bias, 0, "FAIL", ""};
    line.z = e.standard_error > 0 ? (e.value - exact) / e.standard_error : INFINITY;
    const double half_width = 3 * e.standard_error + bias;
    if (!(std::fabs(e.value - exact) <= half_width))
        return line;
    line.verdict = "PASS";
    if (half_width >= neighbour.gap) {
        line.verdict = "n/a";
        line.note = "3 SE + bias = " + format_number("%.4f", half_width) +
                    " reaches the candidate pole " + format_number("%.4f", neighbour.mu) +
                    " (gap " + format_number("%.4f", neighbour.gap) +
                    "): cannot separate it from λ";
    }
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

// |b| + 3 SE(b) from the exact-basis model when it predicted b, else `fallback`.
double bias_or(const numerics::PredictedBias* predicted, double fallback) {
    if (predicted == nullptr || !std::isfinite(predicted->value))
        return fallback;
    return std::fabs(predicted->value) + 3 * predicted->standard_error;
}

// The lines of one check; the exact m enters only the fallback bias bounds.
std::vector<CheckLine> check_lines(const numerics::EstimateReport& report, double lambda, int m) {
    const numerics::LambdaFit& fit = report.fit;
    const numerics::ModelBiases* model = report.model_bias ? &*report.model_bias : nullptr;
    auto predicted = [model](numerics::PredictedBias numerics::ModelBiases::*field) {
        return model != nullptr ? &(model->*field) : nullptr;
    };
    using numerics::ModelBiases;
    const Neighbour neighbour = nearest_candidate(report, lambda);

    const double fit_bias =
        bias_or(predicted(&ModelBiases::fit),
                log_term_bias(m, fit.m, fit.t_min) + next_pole_bias(fit, fit.t_min, false));
    const double linear_fallback =
        (m - 1) / std::log(fit.t_min) + next_pole_bias(fit, fit.t_min, false);
    const double t1 = report.two_temperature.t1;
    const double two_t_bias = bias_or(predicted(&ModelBiases::two_temperature),
                                      (m - 1) / std::log(t1) + next_pole_bias(fit, t1, false));
    const numerics::LambdaFit& imai = report.imai_fit;
    const double imai_bias =
        bias_or(predicted(&ModelBiases::imai),
                log_term_bias(m, imai.m, imai.t_min) + next_pole_bias(fit, imai.t_min, true));

    std::vector<CheckLine> lines;
    if (report.exact_basis_fit) {
        const numerics::ExactBasisFit& basis = *report.exact_basis_fit;
        lines.push_back(compare("λ exact-basis fit (candidate poles)",
                                {basis.lambda, basis.lambda_se}, basis.residual_term, lambda,
                                neighbour));
    }
    lines.push_back(compare("λ fit (λ_eff model, m chosen by BIC)", {fit.lambda, fit.lambda_se},
                            fit_bias, lambda, neighbour));
    lines.push_back(
        compare("λ linear fit {1, 1/log t, 1/log² t}", {fit.lambda_linear, fit.lambda_linear_se},
                bias_or(predicted(&ModelBiases::linear), linear_fallback), lambda, neighbour));
    lines.push_back(compare("Imai fit (t² Var K)", {imai.lambda, imai.lambda_se}, imai_bias, lambda,
                            neighbour));
    lines.push_back(compare("two-temperature (top decade)", report.two_temperature.lambda,
                            two_t_bias, lambda, neighbour));
    lines.push_back(compare("thermodynamic integration slope", report.thermodynamic.lambda,
                            bias_or(predicted(&ModelBiases::thermodynamic), linear_fallback),
                            lambda, neighbour));
    if (report.volume) {
        // d log V/d log ε = λ - (m-1)/L + O(L^{-2}), L = log(1/ε) (§6.3); without the model the
        // fit's first two terms are taken as exact and the O(L^{-2}) remainder is bounded with
        // unit constant (a heuristic).
        const numerics::VolumeEstimate& v = *report.volume;
        const double log_inverse = std::log(1 / v.epsilon_fit_max);
        const double fallback =
            log_term_bias(m, v.m, 1 / v.epsilon_fit_max) + (m - 1) / (log_inverse * log_inverse);
        lines.push_back(compare("volume slope (nested sampling)", {v.lambda, v.standard_error},
                                bias_or(predicted(&ModelBiases::volume), fallback), lambda,
                                neighbour));
    }
    return lines;
}

// FAIL when a line fails, else PASS when a line passes, else n/a (no line could test λ).
std::string row_verdict(const std::vector<CheckLine>& lines) {
    auto any = [&lines](const char* verdict) {
        return std::any_of(lines.begin(), lines.end(),
                           [verdict](const CheckLine& l) { return l.verdict == verdict; });
    };
    return any("FAIL") ? "FAIL" : any("PASS") ? "PASS" : "n/a";
}

std::string format_line(const CheckLine& line) {
    char text[300];
    std::snprintf(text, sizeof text, "  %-40s %8.4f ± %6.4f  bias %6.4f  z %+6.2f  %s\n",
                  line.name.c_str(), line.estimate, line.se, line.bias, line.z,
                  line.verdict.c_str());
    return text + (line.note.empty() ? "" : "      (" + line.note + ")\n");
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

    const std::string verdict = row_verdict(lines);
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
                          {"verdict", line.verdict},
                          {"pass", line.verdict == "PASS"}});
        if (!line.note.empty())
            checks.back()["note"] = line.note;
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
           {"verdict", verdict},
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
        std::cout << "verdict: " << verdict << "\n";
    }
    return verdict != "FAIL";
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
    std::map<std::string, int> counts;
    nlohmann::json results = nlohmann::json::array();
    for (const auto& path : files) {
        const io::ProblemFile file = io::read_problem_file(path.string());
        const Problem problem = io::problem_from_file(file);
        const std::string name = path.stem().string();
        if (static_cast<int>(problem.vars.size()) > args.max_dim) {
            if (!args.numerics.json)
                std::printf("%-36s skipped (d > %d)\n", name.c_str(), args.max_dim);
            ++counts["skipped"];
            continue;
        }
        nlohmann::json out;
        const bool pass = check_one(problem, settings, false, true, out);
        all = all && pass;
        out["name"] = name;
        ++counts[out["verdict"] == "SKIPPED" ? "skipped" : out["verdict"].get<std::string>()];
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
                const std::string verdict = line["verdict"].get<std::string>();
                if (verdict == "PASS")
                    continue;
                std::printf("%-36s   %s: %s %.4f ± %.4f, bias %.4f, z %+.2f\n", "",
                            verdict == "FAIL" ? "failed" : "n/a",
                            line["estimator"].get<std::string>().c_str(),
                            line["estimate"].get<double>(), line["standard_error"].get<double>(),
                            line["bias_bound"].get<double>(), line["z"].get<double>());
            }
        }
        { std::fflush(stdout); }
    }
    if (args.numerics.json) {
        std::cout << results.dump(2) << "\n";
    } else {
        std::printf(
            "\n%d PASS, %d FAIL, %d n/a (no estimator separates λ from a neighbouring "
            "pole), %d skipped\n",
            counts["PASS"], counts["FAIL"], counts["n/a"], counts["skipped"]);
    }
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
