#include "slt/polynomial.hpp"

#include "slt/error.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <map>

namespace slt {

namespace {

void check_size(std::size_t num_terms) {
    if (num_terms > kMaxTerms) {
        throw LimitExceeded("polynomial expansion exceeds " + std::to_string(kMaxTerms) +
                            " terms; give K in ideal form (generators f_i with K = sum f_i^2) "
                            "instead of expanded powers");
    }
}

// An estimate of the number of terms of p^e: the smaller of the bound from the degrees and
// the number of monomials of degree e in the terms of p, C(n + e - 1, e).
std::size_t expected_terms(std::size_t n, std::int64_t e, double degree_bound) {
    double multisets = 1;
    for (std::int64_t k = 1; k <= e && multisets < 1e18; ++k) {
        multisets = multisets * static_cast<double>(n - 1 + k) / static_cast<double>(k);
    }
    const double estimate = std::min(multisets, degree_bound);
    return estimate > 1e18 ? std::numeric_limits<std::size_t>::max()
                           : static_cast<std::size_t>(estimate);
}

ExpVec add_exponents(const ExpVec& a, const ExpVec& b) {
    ExpVec sum(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        sum[i] = a[i] + b[i];
        if (sum[i] > kMaxExponent) {
            throw LimitExceeded("an exponent exceeds " + std::to_string(kMaxExponent) +
                                " during expansion");
        }
    }
    return sum;
}

}  // namespace

Polynomial Polynomial::from_terms(int num_vars, std::vector<Term> terms) {
    std::sort(terms.begin(), terms.end(),
              [](const Term& a, const Term& b) { return a.exponents < b.exponents; });
    Polynomial result(num_vars);
    for (auto& term : terms) {
        assert(static_cast<int>(term.exponents.size()) == num_vars);
        if (!result.terms_.empty() && result.terms_.back().exponents == term.exponents) {
            result.terms_.back().coefficient += term.coefficient;
            if (result.terms_.back().coefficient.is_zero())
                result.terms_.pop_back();
        } else if (!term.coefficient.is_zero()) {
            result.terms_.push_back(std::move(term));
        }
    }
    return result;
}

Polynomial Polynomial::constant(int num_vars, const Rational& value) {
    return from_terms(num_vars, {Term{ExpVec(num_vars, 0), value}});
}

Polynomial Polynomial::variable(int num_vars, int index) {
    ExpVec exponents(num_vars, 0);
    exponents[index] = 1;
    return from_terms(num_vars, {Term{exponents, Rational(1)}});
}

Polynomial Polynomial::monomial(const ExpVec& exponents, const Rational& coefficient) {
    return from_terms(static_cast<int>(exponents.size()), {Term{exponents, coefficient}});
}

Rational Polynomial::constant_term() const {
    if (!terms_.empty() &&
        std::all_of(terms_.front().exponents.begin(), terms_.front().exponents.end(),
                    [](std::int64_t e) { return e == 0; })) {
        return terms_.front().coefficient;
    }
    return Rational(0);
}

std::int64_t Polynomial::degree_in(int var) const {
    std::int64_t degree = 0;
    for (const auto& term : terms_)
        degree = std::max(degree, term.exponents[var]);
    return degree;
}

Polynomial Polynomial::operator+(const Polynomial& other) const {
    assert(num_vars_ == other.num_vars_);
    std::vector<Term> all = terms_;
    all.insert(all.end(), other.terms_.begin(), other.terms_.end());
    return from_terms(num_vars_, std::move(all));
}

Polynomial Polynomial::operator-() const {
    return scaled(Rational(-1));
}

Polynomial Polynomial::operator-(const Polynomial& other) const {
    return *this + (-other);
}

Polynomial Polynomial::scaled(const Rational& factor) const {
    std::vector<Term> result = terms_;
    for (auto& term : result)
        term.coefficient *= factor;
    return from_terms(num_vars_, std::move(result));
}

Polynomial Polynomial::operator*(const Polynomial& other) const {
    assert(num_vars_ == other.num_vars_);
    std::map<ExpVec, Rational> product;
    for (const auto& a : terms_) {
        for (const auto& b : other.terms_) {
            product[add_exponents(a.exponents, b.exponents)] += a.coefficient * b.coefficient;
        }
        check_size(product.size());
    }

    std::vector<Term> terms;
    terms.reserve(product.size());
    for (auto& [exponents, coefficient] : product)
        terms.push_back({exponents, coefficient});
    return from_terms(num_vars_, std::move(terms));
}

Polynomial Polynomial::pow(std::int64_t exponent) const {
    assert(exponent >= 0);
    if (exponent > kMaxExponent) {
        throw LimitExceeded("power " + std::to_string(exponent) + " exceeds the limit " +
                            std::to_string(kMaxExponent));
    }
    if (terms_.size() == 1) {
        ExpVec exps = terms_[0].exponents;
        for (auto& e : exps) {
            if (e != 0 && e > kMaxExponent / std::max<std::int64_t>(exponent, 1)) {
                throw LimitExceeded("an exponent exceeds " + std::to_string(kMaxExponent));
            }
            e *= exponent;
        }
        Rational coefficient(1);
        for (std::int64_t i = 0; i < exponent; ++i)
            coefficient *= terms_[0].coefficient;
        return monomial(exps, coefficient);
    }

    // Refuse before expanding: p^e has at most Π_i (e·deg_i + 1) terms.
    double bound = 1;
    for (int i = 0; i < num_vars_; ++i) {
        bound *= static_cast<double>(exponent) * static_cast<double>(degree_in(i)) + 1;
    }
    if (bound > static_cast<double>(kMaxTerms) && terms_.size() > 1 &&
        static_cast<double>(exponent) * std::log(static_cast<double>(terms_.size())) >
            std::log(static_cast<double>(kMaxTerms))) {
        check_size(expected_terms(terms_.size(), exponent, bound));
    }

    Polynomial result = constant(num_vars_, Rational(1));
    Polynomial base = *this;
    for (std::int64_t e = exponent; e > 0; e >>= 1) {
        if (e & 1)
            result = result * base;
        if (e > 1)
            base = base * base;
    }
    return result;
}

Polynomial Polynomial::with_signs(const std::vector<int>& signs) const {
    std::vector<Term> result = terms_;
    for (auto& term : result) {
        int sign = 1;
        for (int i = 0; i < num_vars_; ++i) {
            if (signs[i] < 0 && term.exponents[i] % 2 != 0)
                sign = -sign;
        }
        if (sign < 0)
            term.coefficient = -term.coefficient;
    }
    return from_terms(num_vars_, std::move(result));
}

bool Polynomial::is_constant() const {
    return terms_.empty() || (terms_.size() == 1 &&
                              std::all_of(terms_[0].exponents.begin(), terms_[0].exponents.end(),
                                          [](std::int64_t e) { return e == 0; }));
}

Polynomial Polynomial::translated(const std::vector<Rational>& point) const {
    // One coordinate at a time: c·w_i^e ↦ Σ_k c·C(e, k)·p_i^{e-k}·w_i^k (the Taylor shift),
    // the other exponents unchanged; equal monomials are merged once per coordinate.
    Polynomial result = *this;
    for (int i = 0; i < num_vars_; ++i) {
        if (point[i].is_zero())
            continue;
        std::vector<Term> terms;
        for (const auto& term : result.terms_) {
            const std::int64_t e = term.exponents[i];
            // The coefficient of w_i^k is c·C(e, k)·p^{e-k}; walk k from e down to 0.
            Rational coefficient = term.coefficient;
            for (std::int64_t k = e; k >= 0; --k) {
                Term shifted = term;
                shifted.exponents[i] = k;
                shifted.coefficient = coefficient;
                terms.push_back(shifted);
                if (terms.size() > 4 * kMaxTerms)
                    throw LimitExceeded("a translation exceeds " + std::to_string(kMaxTerms) +
                                        " terms");
                // C(e, k-1)·p^{e-k+1} = C(e, k)·p^{e-k} · p · k / (e - k + 1)
                coefficient = coefficient * point[i] * Rational(k) / Rational(e - k + 1);
            }
        }
        result = from_terms(num_vars_, std::move(terms));
        if (result.terms_.size() > kMaxTerms)
            throw LimitExceeded("a translation exceeds " + std::to_string(kMaxTerms) + " terms");
    }
    return result;
}

Rational Polynomial::evaluate(const std::vector<Rational>& point) const {
    Rational sum(0);
    for (const auto& term : terms_) {
        Rational value = term.coefficient;
        for (int i = 0; i < num_vars_; ++i) {
            for (std::int64_t e = 0; e < term.exponents[i]; ++e)
                value *= point[i];
        }
        sum += value;
    }
    return sum;
}

std::string Polynomial::to_string(const std::vector<std::string>& vars) const {
    if (terms_.empty())
        return "0";
    std::string text;
    for (auto it = terms_.rbegin(); it != terms_.rend(); ++it) {
        Rational coefficient = it->coefficient;
        if (text.empty()) {
            if (coefficient.sign() < 0)
                text += "-";
        } else {
            text += coefficient.sign() < 0 ? " - " : " + ";
        }
        if (coefficient.sign() < 0)
            coefficient = -coefficient;

        std::string monomial;
        for (int i = 0; i < num_vars_; ++i) {
            if (it->exponents[i] == 0)
                continue;
            if (!monomial.empty())
                monomial += "*";
            monomial += vars[i];
            if (it->exponents[i] > 1)
                monomial += "^" + std::to_string(it->exponents[i]);
        }
        if (monomial.empty()) {
            text += coefficient.to_short_string();
        } else if (coefficient == Rational(1)) {
            text += monomial;
        } else {
            text += coefficient.to_short_string() + "*" + monomial;
        }
    }
    return text;
}

bool operator==(const Polynomial& a, const Polynomial& b) {
    if (a.num_vars_ != b.num_vars_ || a.terms_.size() != b.terms_.size())
        return false;
    for (std::size_t i = 0; i < a.terms_.size(); ++i) {
        if (a.terms_[i].exponents != b.terms_[i].exponents ||
            a.terms_[i].coefficient != b.terms_[i].coefficient) {
            return false;
        }
    }
    return true;
}

}  // namespace slt
