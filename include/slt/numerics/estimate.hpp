// The numerical side of one problem, end to end: compile K, build the box, run parallel
// tempering on the t-ladder, and apply every estimator with its standard error and the
// diagnostics that qualify it (ALGORITHMS.md §6). Used by `slt estimate`, `slt check` and the
// benchmark.
#pragma once

#include "slt/numerics/estimators.hpp"
#include "slt/numerics/exact_basis_fit.hpp"
#include "slt/numerics/fit.hpp"
#include "slt/numerics/ladder_readings.hpp"
#include "slt/numerics/model_bias.hpp"
#include "slt/numerics/nested_sampling.hpp"
#include "slt/numerics/parallel_tempering.hpp"
#include "slt/numerics/quadrature.hpp"
#include "slt/problem.hpp"

#include <optional>
#include <string>
#include <vector>

namespace slt::numerics {

struct EstimateSettings {
    double radius = 1;  // half-width of the box around the point
    ParallelTemperingSettings sampler;
    FitSettings fit;
    // Candidate poles -μ of ζ from a resolution (plain data, e.g. the ρ of the exact engine's
    // charts when its answer is exact); when non-empty, the exact-basis fit is run too.
    std::vector<CandidatePole> candidate_poles;
    ExactBasisSettings exact_basis;
    long prior_samples = 200000;    // plain Monte Carlo for F(t_0) (thermodynamic integration)
    bool quadrature = true;         // the d <= 2 validation path, at every decade of the ladder
    double quadrature_t_max = 1e8;  // nested tanh-sinh slows down beyond this (boundary layers)
    DiagnosticLimits limits;
    // Nested sampling for V(ε) down to ε_min = 1/t_max, its slope fit with the m of the λ_eff
    // fit (§6.3); nested.seed and nested.threads are taken from the sampler settings.
    bool volume = true;
    NestedSamplingSettings nested;
};

struct TwoTemperatureEstimate {
    double t1 = 0;
    double t2 = 0;
    Estimate lambda;
};

struct EstimateReport {
    std::string evaluation_form;  // how K is evaluated (CompiledLoss::evaluation_form)
    std::string domain;           // Domain::to_string
    int dimension = 0;
    ParallelTemperingSettings sampler;
    long thin = 1;
    std::uint64_t evaluations = 0;
    double seconds = 0;

    std::vector<RungEstimate> rungs;
    // The ladder estimators, each SE floored by its jackknife SE over replicas
    // (replica_jackknife.hpp), which `jackknife` keeps.
    LambdaFit fit;  // of λ_eff; also the linear fit
    double fit_jackknife_se = 0;
    LambdaFit imai_fit;                      // of t² Var_t[K]
    TwoTemperatureEstimate two_temperature;  // the top decade of the ladder
    Estimate first_free_energy;              // F(t_0) from the prior
    FreeEnergyCurve thermodynamic;
    LadderReadings jackknife;  // the jackknife SE of each

    std::optional<ExactBasisFit> exact_basis_fit;  // when candidate poles were given
    double exact_basis_jackknife_se = 0;
    // The other estimators' finite-t biases under the exact-basis model (model_bias.hpp).
    std::optional<ModelBiases> model_bias;
    std::vector<QuadratureResult> quadrature;  // empty unless d <= 2 and requested
    std::optional<VolumeEstimate> volume;      // nested sampling, when requested

    std::vector<std::string> warnings;
};

// Precondition: the problem as parsed (it is translated to its point here).
EstimateReport estimate(const Problem& problem, const EstimateSettings& settings);

}  // namespace slt::numerics
