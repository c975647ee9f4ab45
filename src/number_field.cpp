#include "slt/number_field.hpp"

#include "detail/qpoly.hpp"

#include <cassert>

namespace slt {

namespace {

using detail::QPoly;

UnivariateCoefficients trimmed(UnivariateCoefficients a) {
    while (!a.empty() && a.back().is_zero())
        a.pop_back();
    return a;
}

UnivariateCoefficients coefficients_of(const QPoly& p) {
    return p.is_zero() ? UnivariateCoefficients{} : p.coefficients();
}

}  // namespace

std::shared_ptr<const NumberField> NumberField::make(const RealAlgebraic& c) {
    return std::shared_ptr<const NumberField>(new NumberField(c));
}

FieldElement NumberField::element(const Rational& value) const {
    return FieldElement(shared_from_this(), {value});
}

FieldElement NumberField::generator() const {
    return FieldElement(shared_from_this(), {Rational(0), Rational(1)});
}

UnivariateCoefficients NumberField::reduce(const UnivariateCoefficients& a) const {
    const UnivariateCoefficients a_trimmed = trimmed(a);
    if (static_cast<int>(a_trimmed.size()) <= degree())
        return a_trimmed;
    return trimmed(divide(a_trimmed, c_.minimal_polynomial()).second);
}

UnivariateCoefficients NumberField::inverse(const UnivariateCoefficients& a) const {
    QPoly g, s, t;
    const QPoly pa(a), q(c_.minimal_polynomial());
    assert(!pa.is_zero());
    // g = s·a + t·q with g = 1: q is irreducible and does not divide a.
    fmpq_poly_xgcd(g.get(), s.get(), t.get(), pa.get(), q.get());
    return reduce(coefficients_of(s));
}

std::string NumberField::to_string() const {
    return "c = " + c_.to_string();
}

FieldElement::FieldElement(std::shared_ptr<const NumberField> field,
                           const UnivariateCoefficients& a)
    : field_(std::move(field)), value_(field_->reduce(a)) {}

int FieldElement::sign() const {
    return is_zero() ? 0 : field_->generator_value().sign_of(value_);
}

FieldElement FieldElement::operator+(const FieldElement& other) const {
    UnivariateCoefficients sum(std::max(value_.size(), other.value_.size()));
    for (std::size_t i = 0; i < value_.size(); ++i)
        sum[i] += value_[i];
    for (std::size_t i = 0; i < other.value_.size(); ++i)
        sum[i] += other.value_[i];
    return FieldElement(field_, sum);
}

FieldElement FieldElement::operator-(const FieldElement& other) const {
    return *this + (-other);
}

FieldElement FieldElement::operator*(const FieldElement& other) const {
    if (is_zero() || other.is_zero())
        return FieldElement(field_, {});
    QPoly product;
    const QPoly a(value_), b(other.value_);
    fmpq_poly_mul(product.get(), a.get(), b.get());
    return FieldElement(field_, coefficients_of(product));
}

FieldElement FieldElement::operator/(const FieldElement& other) const {
    return *this * FieldElement(field_, field_->inverse(other.value_));
}

FieldElement FieldElement::operator-() const {
    return scaled(Rational(-1));
}

FieldElement FieldElement::scaled(const Rational& factor) const {
    UnivariateCoefficients product = value_;
    for (auto& a : product)
        a *= factor;
    return FieldElement(field_, product);
}

std::string FieldElement::to_string() const {
    if (is_rational())
        return rational().to_short_string();
    std::string text;
    for (std::size_t k = value_.size(); k-- > 0;) {
        const Rational& a = value_[k];
        if (a.is_zero())
            continue;
        const bool negative = a.sign() < 0;
        const Rational magnitude = negative ? -a : a;
        text += text.empty() ? (negative ? "-" : "") : (negative ? " - " : " + ");
        const std::string power = k == 0 ? "" : k == 1 ? "c" : "c^" + std::to_string(k);
        if (k == 0 || magnitude != Rational(1))
            text += magnitude.to_short_string() + (k == 0 ? "" : "*");
        text += power;
    }
    return "(" + text + ")";
}

}  // namespace slt
