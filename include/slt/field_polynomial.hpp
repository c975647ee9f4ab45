// Sparse multivariate polynomials over a real number field Q(c) (number_field.hpp): the local
// problems at irrational bad points, which are polynomials again once the point is an element
// of Q(c) (ALGORITHMS.md §4.2). Coefficients are exact; no term has a zero coefficient.
#pragma once

#include "slt/number_field.hpp"
#include "slt/polynomial.hpp"

#include <map>
#include <string>
#include <vector>

namespace slt {

class FieldPolynomial {
  public:
    FieldPolynomial(std::shared_ptr<const NumberField> field, int num_vars)
        : field_(std::move(field)), num_vars_(num_vars) {}

    // p with its rational coefficients seen in Q(c).
    static FieldPolynomial from_rational(std::shared_ptr<const NumberField> field,
                                         const Polynomial& p);

    int num_vars() const { return num_vars_; }
    const std::shared_ptr<const NumberField>& field() const { return field_; }
    const std::map<ExpVec, FieldElement>& terms() const { return terms_; }
    bool is_zero() const { return terms_.empty(); }
    // The coefficient of w^exponents (zero when absent).
    FieldElement coefficient(const ExpVec& exponents) const;
    FieldElement constant_term() const { return coefficient(ExpVec(num_vars_, 0)); }

    // Adds a·w^exponents.
    void add_term(const ExpVec& exponents, const FieldElement& a);

    // Throw LimitExceeded beyond kMaxTerms terms.
    FieldPolynomial operator*(const FieldPolynomial& other) const;
    FieldPolynomial pow(int exponent) const;

    // p(s ⊙ w) for signs s_i in {+1, -1}.
    FieldPolynomial with_signs(const std::vector<int>& signs) const;
    // p(w + offset·e_var): the Taylor shift in one coordinate.
    FieldPolynomial translated(int var, const FieldElement& offset) const;

    // The same polynomial over a larger field in which c is `image`.
    FieldPolynomial embedded(const FieldElement& image) const;

    // The positive rational multiple whose coefficients, as polynomials in c, have coprime
    // integer coefficients: the same zero set and RLCT, with the smallest numbers.
    FieldPolynomial primitive_part() const;

    // E.g. "(2*c)*v1^2 - v2"; c is the field's generator.
    std::string to_string(const std::vector<std::string>& vars) const;

    friend bool operator==(const FieldPolynomial& a, const FieldPolynomial& b) {
        return a.field_ == b.field_ && a.terms_ == b.terms_;
    }

  private:
    std::shared_ptr<const NumberField> field_;
    int num_vars_;
    std::map<ExpVec, FieldElement> terms_;
};

}  // namespace slt
