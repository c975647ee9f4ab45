#include "slt/field_polynomial.hpp"

#include "slt/deadline.hpp"
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
            poll_deadline();
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
    // The coefficients of each power product of the other variables, as a polynomial in w_var.
    std::map<ExpVec, std::vector<FieldElement>> columns;
    for (const auto& [exponents, a] : terms_) {
        ExpVec key = exponents;
        key[var] = 0;
        auto& column = columns[key];
        const auto power = static_cast<std::size_t>(exponents[var]);
        if (column.size() <= power)
            column.resize(power + 1, field_->element(Rational(0)));
        column[power] = a;
    }

    // The Taylor shift p(u + offset) by n(n+1)/2 steps a_j += offset·a_{j+1}: each multiplies
    // by offset itself, whose numbers stay small, not by its powers.
    FieldPolynomial result(field_, num_vars_);
    for (auto& [key, column] : columns) {
        const std::size_t n = column.size();
        for (std::size_t i = 0; i + 1 < n; ++i) {
            for (std::size_t j = n - 1; j-- > i;) {
                poll_deadline();
                column[j] = column[j] + offset * column[j + 1];
            }
        }
        for (std::size_t power = 0; power < n; ++power) {
            ExpVec exponents = key;
            exponents[var] = static_cast<std::int64_t>(power);
            result.add_term(exponents, column[power]);
        }
        check_size(result.terms_.size());
    }
    return result;
}

FieldPolynomial FieldPolynomial::embedded(const FieldElement& image) const {
    FieldPolynomial result(image.field(), num_vars_);
    for (const auto& [exponents, a] : terms_) {
        poll_deadline();
        result.add_term(exponents, a.embedded(image));
    }
    return result;
}

FieldPolynomial FieldPolynomial::primitive_part() const {
    fmpz_t denominators, numerators;
    fmpz_init_set_ui(denominators, 1);
    fmpz_init(numerators);
    for (const auto& [exponents, a] : terms_) {
        for (const auto& digit : a.polynomial()) {
            if (!digit.is_zero())
                fmpz_lcm(denominators, denominators, fmpq_denref(digit.get()));
        }
    }
    for (const auto& [exponents, a] : terms_) {
        for (const auto& digit : a.polynomial()) {
            // digit·L is an integer; the gcd of all of them is the content.
            fmpz_t scaled;
            fmpz_init(scaled);
            fmpz_divexact(scaled, denominators, fmpq_denref(digit.get()));
            fmpz_mul(scaled, scaled, fmpq_numref(digit.get()));
            fmpz_gcd(numerators, numerators, scaled);
            fmpz_clear(scaled);
        }
    }
    Rational factor(1);
    if (!fmpz_is_zero(numerators))
        fmpq_set_fmpz_frac(factor.get(), denominators, numerators);
    fmpz_clear(denominators);
    fmpz_clear(numerators);

    FieldPolynomial result(field_, num_vars_);
    for (const auto& [exponents, a] : terms_)
        result.terms_.emplace(exponents, a.scaled(factor));
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
