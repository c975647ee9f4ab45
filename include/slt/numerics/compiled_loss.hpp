// K(w) and its gradient for the numerical side, evaluated without cancellation near {K = 0}.
//
// Ideal form: K = sum f_i^2 from the generators (ALGORITHMS.md §6.5 "Floating point", §8
// item 13). Function form: when K is the square of a polynomial over Q (exact test with
// FLINT), K = g^2 is evaluated from g; otherwise K is evaluated as given, and the error
// estimate below says how large t may be before long double is needed.
#pragma once

#include "slt/numerics/compiled_polynomial.hpp"
#include "slt/problem.hpp"

#include <string>
#include <vector>

namespace slt::numerics {

enum class Precision { double_precision, long_double_precision };

const char* to_string(Precision precision);

class CompiledLoss {
  public:
    // Precondition: `problem` is at the origin (translated_to_origin); only its generators
    // and form are used.
    explicit CompiledLoss(const Problem& problem);

    int num_vars() const { return num_vars_; }
    // True when K is evaluated as a sum of squares (ideal form, or a detected square).
    bool sum_of_squares() const { return squared_; }
    // "ideal form (sum of 3 squares)", "function form, detected square", "function form".
    std::string evaluation_form() const;

    double value(const double* w, Precision precision = Precision::double_precision) const;
    // Returns K(w) and writes dK/dw to `gradient` (length num_vars).
    double value_and_gradient(const double* w, double* gradient,
                              Precision precision = Precision::double_precision) const;

    // A bound on the relative rounding error of K at a typical point of the tempered posterior
    // at inverse temperature t (where K ~ 1/t), for points with |w_j| <= bound_j.
    // Sum of squares: |dK|/K <= 2 sqrt(r) δf sqrt(t); direct: |dK|/K <= δf t, with
    // δf = (terms + degree) u · sum|terms| (Higham §5.1), u the unit roundoff of `precision`.
    double relative_error(double t, const std::vector<double>& bound, Precision precision) const;
    // Double precision unless relative_error exceeds kMaxRelativeError.
    Precision precision_for(double t, const std::vector<double>& bound) const;

    static constexpr double kMaxRelativeError = 1e-6;

  private:
    template <class Scalar>
    double evaluate(const double* w, double* gradient) const;

    int num_vars_ = 0;
    bool squared_ = true;
    bool detected_square_ = false;
    std::vector<CompiledPolynomial> generators_;
    std::vector<int> max_degrees_;
};

// g with g^2 = K when K is the square of a polynomial with rational coefficients; else empty.
// Exact (FLINT fmpq_mpoly_sqrt).
std::vector<Polynomial> exact_square_root(const Polynomial& polynomial);

}  // namespace slt::numerics
