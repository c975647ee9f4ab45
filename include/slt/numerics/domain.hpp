// The domain of the synthetic problem: a box (one interval per coordinate, so orthants too)
// with the monomial prior φ(w) = prod |w_i|^{h_i}, h_i > -1 (ALGORITHMS.md §0).
#pragma once

#include "slt/numerics/rng.hpp"
#include "slt/problem.hpp"

#include <string>
#include <vector>

namespace slt::numerics {

class Domain {
  public:
    // Throws InputError unless lower_i < upper_i and h_i > -1 for every coordinate.
    Domain(std::vector<double> lower, std::vector<double> upper,
           std::vector<double> prior_exponents);

    // [0, 1]^d with φ = 1.
    static Domain unit_cube(int dimension);

    int dimension() const { return static_cast<int>(lower_.size()); }
    const std::vector<double>& lower() const { return lower_; }
    const std::vector<double>& upper() const { return upper_; }
    const std::vector<double>& prior_exponents() const { return prior_exponents_; }
    // max(|lower_i|, |upper_i|)
    std::vector<double> magnitude_bound() const;
    std::vector<double> widths() const;

    bool contains(const double* w) const;
    // sum h_i log|w_i| (the unnormalised log prior).
    double log_prior(const double* w) const;
    // d/dw_i of log_prior: h_i / w_i.
    void log_prior_gradient(const double* w, double* gradient) const;
    // ∫_box φ dw, exactly: a product of one-dimensional integrals of |w|^h.
    double prior_mass() const;
    // One exact draw from φ restricted to the box (inverse CDF per coordinate).
    void sample_prior(Rng& rng, double* w) const;

    // "[-1,1] x [0,1], prior |w1|^2"
    std::string to_string() const;

  private:
    std::vector<double> lower_;
    std::vector<double> upper_;
    std::vector<double> prior_exponents_;
};

// The box around the problem's point (after translation to the origin): [0, r] for '+',
// [-r, 0] for '-', [-r, r] for '*', with the prior exponents of the translated problem.
// Precondition: `problem` is at the origin (translated_to_origin).
Domain domain_from_problem(const Problem& problem, double radius);

}  // namespace slt::numerics
