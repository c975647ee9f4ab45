#include "slt/field_polynomial.hpp"

#include "slt/error.hpp"

namespace slt {

namespace {

void check_size(std::size_t terms) {
    if (terms > kMaxTerms) {
        throw LimitExceeded("a polynomial over Q(c) would exceed " + std::to_string(kMaxTerms) +
                            " terms");
    }
}

}  // namespace

FieldPolynomial FieldPolynomial::from_rational(std::shared_ptr<const NumberField> field,
                                               const Polynomial& p) {
    FieldPolynomial result(field, p.num_vars());
    for (const auto& term : p.terms())
        result.add_term(term.exponents, field->element(term.coefficient));
    return result;
}

FieldElement FieldPolynomial::coefficient(const ExpVec& exponents) const {
    const auto found = terms_.find(exponents);
    return found == terms_.end() ? field_->element(Rational(0)) : found->second;
}

void FieldPolynomial::add_term(const ExpVec& exponents, const FieldElement& a) {
    if (a.is_zero())
        return;
    auto [it, inserted] = terms_.emplace(exponents, a);
    if (inserted)
        return;
    it->second = it->second + a;
    if (it->second.is_zero())
        terms_.erase(it);
}

FieldPolynomial FieldPolynomial::operator*(const FieldPolynomial& other) const {
    check_size(terms_.size() * other.terms_.size() / 4);
    FieldPolynomial product(field_, num_vars_);
    for (const auto& [a_exponents, a] : terms_) {
        for (const auto& [b_exponents, b] : other.terms_) {
            ExpVec exponents = a_exponents;
            for (int i = 0; i < num_vars_; ++i)
                exponents[i] += b_exponents[i];
            product.add_term(exponents, a * b);
        }
        check_size(product.terms_.size());
    }
    return product;
}

FieldPolynomial FieldPolynomial::pow(int exponent) const {
    FieldPolynomial result(field_, num_vars_);
    result.add_term(ExpVec(num_vars_, 0), field_->element(Rational(1)));
    for (int k = 0; k < exponent; ++k)
        result = result * *this;
    return result;
}

FieldPolynomial FieldPolynomial::with_signs(const std::vector<int>& signs) const {
    FieldPolynomial result(field_, num_vars_);
    for (const auto& [exponents, a] : terms_) {
        int sign = 1;
        for (int i = 0; i < num_vars_; ++i) {
            if (signs[i] < 0 && exponents[i] % 2 != 0)
                sign = -sign;
        }
        result.add_term(exponents, sign > 0 ? a : -a);
    }
    return result;
}

FieldPolynomial FieldPolynomial::translated(int var, const FieldElement& offset) const {
    std::int64_t top = 0;
    for (const auto& [exponents, a] : terms_)
        top = std::max(top, exponents[var]);
    std::vector<FieldElement> powers{field_->element(Rational(1))};
    for (std::int64_t k = 1; k <= top; ++k)
        powers.push_back(powers.back() * offset);

    // a·w_var^e = a·(u + offset)^e = Σ_i binom(e, i)·offset^(e-i)·a·u^i.
    FieldPolynomial result(field_, num_vars_);
    for (const auto& [exponents, a] : terms_) {
        const std::int64_t e = exponents[var];
        Rational binomial(1);
        for (std::int64_t i = 0; i <= e; ++i) {
            ExpVec shifted = exponents;
            shifted[var] = i;
            result.add_term(shifted, (a * powers[e - i]).scaled(binomial));
            binomial = binomial * Rational(e - i) / Rational(i + 1);
        }
        check_size(result.terms_.size());
    }
    return result;
}

std::string FieldPolynomial::to_string(const std::vector<std::string>& vars) const {
    if (terms_.empty())
        return "0";
    std::string text;
    for (auto it = terms_.rbegin(); it != terms_.rend(); ++it) {
        const auto& [exponents, a] = *it;
        std::string monomial;
        for (int i = 0; i < num_vars_; ++i) {
            if (exponents[i] == 0)
                continue;
            monomial += (monomial.empty() ? "" : "*") + vars[i];
            if (exponents[i] > 1)
                monomial += "^" + std::to_string(exponents[i]);
        }
        std::string coefficient = a.to_string();
        const bool negative = a.is_rational() && a.sign() < 0;
        if (negative)
            coefficient = (-a).to_string();
        text += text.empty() ? (negative ? "-" : "") : (negative ? " - " : " + ");
        if (monomial.empty()) {
            text += coefficient;
        } else {
            text += (coefficient == "1" ? "" : coefficient + "*") + monomial;
        }
    }
    return text;
}

}  // namespace slt
