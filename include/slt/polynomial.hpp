// Sparse multivariate polynomials with exact rational coefficients.
//
// Terms are kept sorted by exponent vector with no zero coefficients, so equality of
// polynomials is equality of term lists. Sizes are bounded (kMaxExponent, kMaxTerms) so that
// a typo such as x^1000000 gives an error instead of exhausting memory.
#pragma once

#include "slt/rational.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace slt {

using ExpVec = std::vector<std::int64_t>;

// Largest exponent of one variable that input and expansion may produce.
constexpr std::int64_t kMaxExponent = 100000;
// Largest number of terms an expansion may produce.
constexpr std::size_t kMaxTerms = 50000;

struct Term {
    ExpVec exponents;
    Rational coefficient;
};

class Polynomial {
  public:
    explicit Polynomial(int num_vars = 0) : num_vars_(num_vars) {}

    static Polynomial constant(int num_vars, const Rational& value);
    static Polynomial variable(int num_vars, int index);
    static Polynomial monomial(const ExpVec& exponents, const Rational& coefficient);

    int num_vars() const { return num_vars_; }
    const std::vector<Term>& terms() const { return terms_; }
    bool is_zero() const { return terms_.empty(); }
    bool is_monomial() const { return terms_.size() == 1; }
    // True for 0 and for nonzero constants.
    bool is_constant() const;
    // The coefficient of w^0.
    Rational constant_term() const;
    std::int64_t degree_in(int var) const;

    Polynomial operator+(const Polynomial& other) const;
    Polynomial operator-(const Polynomial& other) const;
    Polynomial operator*(const Polynomial& other) const;
    Polynomial operator-() const;
    Polynomial scaled(const Rational& factor) const;
    // Throws LimitExceeded when the result would exceed kMaxExponent or kMaxTerms.
    Polynomial pow(std::int64_t exponent) const;

    // K(s ⊙ w) for signs s_i in {+1, -1}.
    Polynomial with_signs(const std::vector<int>& signs) const;
    // K(p + w): the Taylor shift to the point p.
    Polynomial translated(const std::vector<Rational>& point) const;
    Rational evaluate(const std::vector<Rational>& point) const;

    // Human-readable text in the parser's syntax, e.g. "x^2*y - 3/4*z".
    std::string to_string(const std::vector<std::string>& vars) const;

    friend bool operator==(const Polynomial& a, const Polynomial& b);

    // Builds from unsorted terms, merging equal exponents and dropping zeros.
    static Polynomial from_terms(int num_vars, std::vector<Term> terms);

  private:
    int num_vars_;
    std::vector<Term> terms_;
};

}  // namespace slt
