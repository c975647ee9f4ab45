// Exact rational numbers, an owning wrapper of FLINT's fmpq.
//
// Exact values never convert silently to floating point: `to_double()` is the only way out,
// and it says how it rounds (STYLE.md §7).
#pragma once

#include <flint/fmpq.h>
#include <flint/fmpz.h>

#include <cstdint>
#include <ostream>
#include <string>

namespace slt {

class Rational {
  public:
    Rational() { fmpq_init(value_); }
    Rational(std::int64_t numerator) {  // NOLINT(google-explicit-constructor): exact widening
        fmpq_init(value_);
        fmpq_set_si(value_, numerator, 1);
    }
    Rational(std::int64_t numerator, std::int64_t denominator);
    Rational(const Rational& other) {
        fmpq_init(value_);
        fmpq_set(value_, other.value_);
    }
    Rational(Rational&& other) noexcept {
        fmpq_init(value_);
        fmpq_swap(value_, other.value_);
    }
    Rational& operator=(const Rational& other) {
        fmpq_set(value_, other.value_);
        return *this;
    }
    Rational& operator=(Rational&& other) noexcept {
        fmpq_swap(value_, other.value_);
        return *this;
    }
    ~Rational() { fmpq_clear(value_); }

    // Parses "p", "-p/q" or a decimal "1.25" exactly. Throws InputError naming `where` on
    // anything else, and on a zero denominator.
    static Rational from_fmpz(const fmpz_t integer) {
        Rational q;
        fmpq_set_fmpz_frac(q.value_, integer, one());
        return q;
    }

    static Rational from_string(const std::string& text, const std::string& where);

    bool is_zero() const { return fmpq_is_zero(value_); }
    bool is_integer() const { return fmpz_is_one(fmpq_denref(value_)); }
    int sign() const { return fmpq_sgn(value_); }

    // "p/q" always, also for integers ("2/1"), so that exact output has one shape.
    std::string to_string() const;
    // "p" for integers, "p/q" otherwise; for human-readable polynomial text.
    std::string to_short_string() const;
    // A double within one ulp, rounded towards zero (fmpq_get_d); +-inf beyond the double range.
    double to_double() const;

    fmpq* get() { return value_; }
    const fmpq* get() const { return value_; }

    Rational& operator+=(const Rational& other);
    Rational& operator-=(const Rational& other);
    Rational& operator*=(const Rational& other);
    // Precondition: other != 0 (asserted; callers validate user input first).
    Rational& operator/=(const Rational& other);

    friend Rational operator+(Rational a, const Rational& b) { return a += b; }
    friend Rational operator-(Rational a, const Rational& b) { return a -= b; }
    friend Rational operator*(Rational a, const Rational& b) { return a *= b; }
    friend Rational operator/(Rational a, const Rational& b) { return a /= b; }
    Rational operator-() const;

    friend bool operator==(const Rational& a, const Rational& b) {
        return fmpq_equal(a.value_, b.value_);
    }
    friend bool operator!=(const Rational& a, const Rational& b) { return !(a == b); }
    friend bool operator<(const Rational& a, const Rational& b) {
        return fmpq_cmp(a.value_, b.value_) < 0;
    }
    friend bool operator>(const Rational& a, const Rational& b) { return b < a; }
    friend bool operator<=(const Rational& a, const Rational& b) { return !(b < a); }
    friend bool operator>=(const Rational& a, const Rational& b) { return !(a < b); }

    friend std::ostream& operator<<(std::ostream& out, const Rational& q) {
        return out << q.to_string();
    }

  private:
    static const fmpz* one();

    fmpq_t value_;
};

}  // namespace slt
