// The --plot figure (declared in estimate_output.hpp): λ_eff(t) with the fits, the
// quadrature points and the exact λ; beside it, log V against log ε from nested sampling with
// the slope fit and, when known, the exact slope λ (ALGORITHMS.md §6.3).
#include "slt/numerics/estimate_output.hpp"

#include "slt/error.hpp"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iomanip>

namespace slt::numerics {

namespace {

// Blocks of the data file: 0 rungs, 1 quadrature, 2 nested-sampling runs (every ~N/20-th
// iteration, blank line between runs), 3 the fitted line of log V.
void write_plot_data(const EstimateReport& report, const std::string& path) {
    std::ofstream data(path);
    data << std::setprecision(10);
    for (const auto& r : report.rungs) {
        data << r.t << " " << r.lambda_eff.value << " " << r.lambda_eff.standard_error << " "
             << report.fit.model_value(r.t) << " "
             << (report.exact_basis_fit ? report.exact_basis_fit->model_value(r.t) : NAN) << "\n";
    }
    data << "\n\n";
    for (const auto& q : report.quadrature)
        data << q.t << " " << q.lambda_eff << "\n";
    data << "\n\n";
    if (!report.volume) {
        data << "1 1\n\n\n1 1\n";
        return;
    }
    const VolumeEstimate& volume = *report.volume;
    for (const auto& run : volume.runs) {
        const std::size_t every = std::max<std::size_t>(1, run.epsilon.size() / 200);
        for (std::size_t k = 0; k < run.epsilon.size(); k += every)
            data << run.epsilon[k] << " " << std::exp(run.log_volume[k]) << "\n";
        data << "\n";
    }
    data << "\n";
    for (int i = 0; i <= 20; ++i) {
        const double e = volume.epsilon_fit_min *
                         std::pow(volume.epsilon_fit_max / volume.epsilon_fit_min, i / 20.0);
        data << e << " " << std::exp(volume.fitted_log_volume(e)) << "\n";
    }
}

void write_lambda_panel(std::ostream& script, const EstimateReport& report,
                        const std::optional<double>& exact_lambda, const std::string& data) {
    script << "set logscale x\nset format x '1e%L'\nset xlabel 't'\n"
           << "set ylabel 'lambda_eff(t) = t E_t[K]'\nset key bottom right\nset grid\n"
           << "set title 'lambda fit: " << report.fit.lambda << " +- " << report.fit.lambda_se
           << ", m = " << report.fit.m << "'\n";
    script << "plot '" << data << "' index 0 using 1:2:3 with yerrorbars title 'MCMC',"
           << " '' index 0 using 1:4 with lines lw 2 title '"
           << (report.fit.next_pole ? "fit lambda + C t^-delta" : "fit lambda - (m-1)/(log t + c)")
           << "'";
    if (report.exact_basis_fit) {
        script << ", '' index 0 using 1:5 with lines lw 2 dt 4 title 'exact-basis fit (m = "
               << report.exact_basis_fit->m << ")'";
    }
    if (!report.quadrature.empty())
        script << ", '' index 1 using 1:2 with points pt 7 ps 1.5 title 'quadrature'";
    if (exact_lambda)
        script << ", " << *exact_lambda << " with lines dt 2 title 'exact lambda'";
    script << "\n";
}

void write_volume_panel(std::ostream& script, const VolumeEstimate& volume,
                        const std::optional<double>& exact_lambda, const std::string& data) {
    script << "set logscale xy\nset format x '1e%L'\nset format y '1e%L'\nset xlabel 'epsilon'\n"
           << "set ylabel 'V(epsilon) = prior volume of {K < epsilon}'\nset key top left\n"
           << "set title 'volume slope: " << volume.lambda << " +- " << volume.standard_error
           << " (m = " << volume.m << ")'\n";
    script << "plot '" << data << "' index 2 using 1:2 with lines lc rgb 'gray' title "
           << "'nested sampling runs', '' index 3 using 1:2 with lines lw 2 title 'slope fit'";
    if (exact_lambda) {
        // A line of slope λ through the fit's top end, for comparison.
        const double e0 = volume.epsilon_fit_max;
        const double v0 = std::exp(volume.fitted_log_volume(e0));
        script << ", " << v0 << " * (x / " << e0 << ")**" << *exact_lambda
               << " with lines dt 2 title 'slope = exact lambda'";
    }
    script << "\n";
}

}  // namespace

void write_plot(const EstimateReport& report, const std::optional<double>& exact_lambda,
                const std::string& png_path) {
    if (std::system("command -v gnuplot > /dev/null 2>&1") != 0) {
        throw InputError("gnuplot is not installed", "--plot",
                         "install gnuplot (Debian: apt-get install gnuplot-nox) or drop --plot");
    }
    const std::string data_path = png_path + ".dat";
    const std::string script_path = png_path + ".gp";
    write_plot_data(report, data_path);

    std::ofstream script(script_path);
    const bool volume = report.volume.has_value();
    script << "set terminal pngcairo size " << (volume ? 1600 : 900) << ",600 noenhanced\n"
           << "set output '" << png_path << "'\n";
    if (volume)
        script << "set multiplot layout 1,2\n";
    write_lambda_panel(script, report, exact_lambda, data_path);
    if (volume) {
        script << "reset\nset grid\n";
        write_volume_panel(script, *report.volume, exact_lambda, data_path);
        script << "unset multiplot\n";
    }
    script.close();

    const std::string command = "gnuplot '" + script_path + "' 2>&1";
    if (std::system(command.c_str()) != 0) {
        throw InputError("gnuplot failed on " + script_path, "--plot",
                         "check that the output directory is writable");
    }
}

}  // namespace slt::numerics
