// Straight-line evaluation of one polynomial and its gradient in floating point.
//
// The exact coefficients are rounded once (Rational::to_double, towards zero, one ulp) when the
// polynomial is compiled; evaluation then uses a table of powers w_j^k shared by every
// polynomial of a problem, so a term costs one multiplication per variable it contains.
#pragma once

#include "slt/polynomial.hpp"

#include <cstdint>
#include <vector>

namespace slt::numerics {

// The powers w_j^k, 0 <= k <= max_degree_j, of one point; filled by `PowerTable::fill`.
template <class Scalar>
class PowerTable {
  public:
    PowerTable() = default;
    explicit PowerTable(const std::vector<int>& max_degrees) { reset(max_degrees); }

    // Re-shapes the table for another set of degrees, reusing its storage.
    void reset(const std::vector<int>& max_degrees);
    void fill(const double* w);
    // w_j^k; precondition k <= max_degree_j.
    Scalar power(int var, int exponent) const { return powers_[offsets_[var] + exponent]; }

  private:
    std::vector<int> max_degrees_;
    std::vector<int> offsets_;
    std::vector<Scalar> powers_;
};

class CompiledPolynomial {
  public:
    explicit CompiledPolynomial(const Polynomial& polynomial);

    int num_vars() const { return num_vars_; }
    std::size_t num_terms() const { return coefficients_.size(); }
    int total_degree() const;
    const std::vector<int>& max_degrees() const { return max_degrees_; }

    template <class Scalar>
    Scalar value(const PowerTable<Scalar>& powers) const;

    // Adds `factor` times the gradient to `gradient` (length num_vars) and returns the value.
    template <class Scalar>
    Scalar value_and_gradient(const PowerTable<Scalar>& powers, Scalar factor,
                              Scalar* gradient) const;

    // sum_terms |c| prod |w_j|^{a_j} at the point |w_j| = bound_j: the scale of the rounding
    // error of `value` (Higham, Accuracy and Stability of Numerical Algorithms, §5.1).
    double absolute_term_sum(const std::vector<double>& bound) const;

    // Naive reference: each term with std::pow, no shared table; for benchmarks only.
    double value_naive(const double* w) const;

  private:
    struct Factor {
        int var;
        int exponent;
    };

    int num_vars_ = 0;
    std::vector<int> max_degrees_;
    std::vector<double> coefficients_;
    std::vector<int> term_begin_;  // factors of term i: [term_begin_[i], term_begin_[i+1])
    std::vector<Factor> factors_;
};

}  // namespace slt::numerics
