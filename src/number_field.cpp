#include "slt/number_field.hpp"

#include "detail/qpoly.hpp"

#include <cassert>

namespace slt {

namespace {

using detail::QPoly;

}  // namespace

NumberField::NumberField(const RealAlgebraic& c) : c_(c) {
    fmpq_poly_init(minimal_);
    const QPoly q(c.minimal_polynomial());
    fmpq_poly_set(minimal_, q.get());
}

NumberField::~NumberField() {
    fmpq_poly_clear(minimal_);
}

std::shared_ptr<const NumberField> NumberField::make(const RealAlgebraic& c) {
    return std::shared_ptr<const NumberField>(new NumberField(c));
}

FieldElement NumberField::element(const Rational& value) const {
    return FieldElement(shared_from_this(), {value});
}

FieldElement NumberField::generator() const {
    return FieldElement(shared_from_this(), {Rational(0), Rational(1)});
}

void NumberField::reduce(fmpq_poly_t a) const {
    if (fmpq_poly_degree(a) >= fmpq_poly_degree(minimal_))
        fmpq_poly_rem(a, a, minimal_);
}

void NumberField::inverse(fmpq_poly_t result, const fmpq_poly_t a) const {
    assert(!fmpq_poly_is_zero(a));
    QPoly g, t;
    // g = result·a + t·q with g = 1: q is irreducible and does not divide a.
    fmpq_poly_xgcd(g.get(), result, t.get(), a, minimal_);
    reduce(result);
}

std::string NumberField::to_string() const {
    return "c = " + c_.to_string();
}

FieldElement::FieldElement(std::shared_ptr<const NumberField> field,
                           const UnivariateCoefficients& a)
    : field_(std::move(field)) {
    fmpq_poly_init(value_);
    const QPoly p(a);
    fmpq_poly_set(value_, p.get());
    field_->reduce(value_);
}

FieldElement::FieldElement(std::shared_ptr<const NumberField> field, fmpq_poly_t a)
    : field_(std::move(field)) {
    fmpq_poly_init(value_);
    fmpq_poly_swap(value_, a);
    field_->reduce(value_);
}

FieldElement::FieldElement(const FieldElement& other) : field_(other.field_) {
    fmpq_poly_init(value_);
    fmpq_poly_set(value_, other.value_);
}

FieldElement::FieldElement(FieldElement&& other) noexcept : field_(other.field_) {
    fmpq_poly_init(value_);
    fmpq_poly_swap(value_, other.value_);
}

FieldElement& FieldElement::operator=(const FieldElement& other) {
    if (this != &other) {
        field_ = other.field_;
        fmpq_poly_set(value_, other.value_);
    }
    return *this;
}

FieldElement& FieldElement::operator=(FieldElement&& other) noexcept {
    field_ = other.field_;
    fmpq_poly_swap(value_, other.value_);
    return *this;
}

FieldElement::~FieldElement() {
    fmpq_poly_clear(value_);
}

Rational FieldElement::rational() const {
    Rational value;
    fmpq_poly_get_coeff_fmpq(value.get(), value_, 0);
    return value;
}

int FieldElement::sign() const {
    return is_zero() ? 0 : field_->generator_value().sign_of(polynomial());
}

FieldElement FieldElement::operator+(const FieldElement& other) const {
    QPoly sum;
    fmpq_poly_add(sum.get(), value_, other.value_);
    return FieldElement(field_, sum.get());
}

FieldElement FieldElement::operator-(const FieldElement& other) const {
    QPoly difference;
    fmpq_poly_sub(difference.get(), value_, other.value_);
    return FieldElement(field_, difference.get());
}

FieldElement FieldElement::operator*(const FieldElement& other) const {
    QPoly product;
    fmpq_poly_mul(product.get(), value_, other.value_);
    return FieldElement(field_, product.get());
}

FieldElement FieldElement::operator/(const FieldElement& other) const {
    QPoly inverse;
    field_->inverse(inverse.get(), other.value_);
    return *this * FieldElement(field_, inverse.get());
}

FieldElement FieldElement::operator-() const {
    QPoly negated;
    fmpq_poly_neg(negated.get(), value_);
    return FieldElement(field_, negated.get());
}

FieldElement FieldElement::scaled(const Rational& factor) const {
    QPoly product;
    fmpq_poly_scalar_mul_fmpq(product.get(), value_, factor.get());
    return FieldElement(field_, product.get());
}

FieldElement FieldElement::embedded(const FieldElement& image) const {
    const UnivariateCoefficients a = polynomial();
    FieldElement value = image.field()->element(Rational(0));
    for (std::size_t k = a.size(); k-- > 0;)
        value = value * image + image.field()->element(a[k]);
    return value;
}

UnivariateCoefficients FieldElement::polynomial() const {
    UnivariateCoefficients c(static_cast<std::size_t>(fmpq_poly_length(value_)));
    for (slong i = 0; i < fmpq_poly_length(value_); ++i)
        fmpq_poly_get_coeff_fmpq(c[i].get(), value_, i);
    return c;
}

std::string FieldElement::to_string() const {
    if (is_rational())
        return rational().to_short_string();
    const UnivariateCoefficients value = polynomial();
    std::string text;
    for (std::size_t k = value.size(); k-- > 0;) {
        const Rational& a = value[k];
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
