// Output of the local learning coefficient (declared in estimate_output.hpp).
#include "slt/numerics/estimate_output.hpp"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace slt::numerics {

nlohmann::json to_json(const LlcReport& report) {
    const LlcSettings& s = report.settings;
    nlohmann::json rows = nlohmann::json::array();
    for (const LlcEstimate& e : report.estimates) {
        rows.push_back({{"nbeta", e.nbeta},
                        {"llc", e.lambda},
                        {"standard_error", e.standard_error},
                        {"llc_std_over_chains", e.chain_sd},
                        {"step_size", e.step_size},
                        {"acceptance", s.sampler == LlcSampler::mala ? nlohmann::json(e.acceptance)
                                                                     : nlohmann::json()},
                        {"negative_fraction", e.negative_fraction},
                        {"ess", e.trace.ess},
                        {"bulk_ess", e.trace.bulk_ess},
                        {"rhat", e.trace.rhat},
                        {"diverged", e.diverged}});
    }
    return {{"estimator", "local learning coefficient t (E[K] - K(w*)) (devinterp convention)"},
            {"settings",
             {{"sampler", to_string(s.sampler)},
              {"gamma", s.gamma},
              {"center_local", s.center},
              {"step_size", s.step_size > 0 ? nlohmann::json(s.step_size)
                                            : nlohmann::json("adapted in burn-in")},
              {"chains", s.chains},
              {"draws", s.draws},
              {"burn_in", s.burn_in},
              {"steps_between_draws", s.steps_between_draws},
              {"seed", s.seed},
              {"chain_seeds", "mix_seed(seed, k * 1000003 + chain) for the k-th nbeta"},
              {"seconds", report.seconds}}},
            {"loss_at_center", report.loss_at_center},
            {"estimates", rows},
            {"warnings", report.warnings}};
}

std::string to_text(const LlcReport& report) {
    const LlcSettings& s = report.settings;
    std::ostringstream out;
    out << "local learning coefficient t·(E[K] − K(w*)), t = nβ (devinterp convention)\n"
        << "sampler: " << to_string(s.sampler) << ", γ = " << s.gamma << ", " << s.chains
        << " chains x " << s.draws << " draws (+" << s.burn_in << " burn-in) from w*, seed "
        << s.seed << "\nK(w*) = " << report.loss_at_center << "\n\n";
    out << "        nβ       LLC      SE   std/chains        ε    acc    ESS     R̂  K<K(w*)\n";
    for (const LlcEstimate& e : report.estimates) {
        char line[200];
        std::snprintf(
            line, sizeof line, "%10.3g  %8.4f  %6.4f  %11.4f  %7.2e  %5s  %5.0f  %5.3f  %6.1f%%\n",
            e.nbeta, e.lambda, e.standard_error, e.chain_sd, e.step_size,
            s.sampler == LlcSampler::mala ? std::to_string(e.acceptance).substr(0, 4).c_str() : "-",
            e.trace.ess, e.trace.rhat, 100 * e.negative_fraction);
        out << line;
    }
    for (const auto& warning : report.warnings)
        out << "warning: " << warning << "\n";
    return out.str();
}

}  // namespace slt::numerics
