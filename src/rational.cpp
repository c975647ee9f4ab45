#include "slt/rational.hpp"

#include "slt/error.hpp"

#include <cassert>
#include <cctype>
#include <memory>

namespace slt {

namespace {

bool is_digits(const std::string& text) {
    if (text.empty())
        return false;
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

// A decimal integer string into an fmpz; the caller has checked it is all digits.
void set_digits(fmpz_t out, const std::string& digits) {
    fmpz_set_str(out, digits.c_str(), 10);
}

}  // namespace

Rational::Rational(std::int64_t numerator, std::int64_t denominator) {
    assert(denominator != 0);
    fmpq_init(value_);
    fmpq_set_si(value_, numerator, 1);
    Rational den(denominator);
    fmpq_div(value_, value_, den.value_);
}

const fmpz* Rational::one() {
    static fmpz_t value = {1};  // small fmpz values are stored inline
    return value;
}

Rational Rational::from_string(const std::string& text, const std::string& where) {
    std::string body = text;
    bool negative = false;
    if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
        negative = body[0] == '-';
        body = body.substr(1);
    }

    const std::string fix = "write a rational number such as 3, -1/2 or 0.25";
    Rational result;
    const auto slash = body.find('/');
    const auto dot = body.find('.');
    fmpz_t num, den;
    fmpz_init(num);
    fmpz_init(den);
    std::unique_ptr<fmpz, void (*)(fmpz*)> guard_num(num, fmpz_clear);
    std::unique_ptr<fmpz, void (*)(fmpz*)> guard_den(den, fmpz_clear);

    if (slash != std::string::npos) {
        std::string top = body.substr(0, slash), bottom = body.substr(slash + 1);
        if (!is_digits(top) || !is_digits(bottom)) {
            throw InputError("'" + text + "' is not a rational number", where, fix);
        }
        set_digits(num, top);
        set_digits(den, bottom);
    } else if (dot != std::string::npos) {
        std::string whole = body.substr(0, dot), fraction = body.substr(dot + 1);
        if ((!whole.empty() && !is_digits(whole)) || !is_digits(fraction)) {
            throw InputError("'" + text + "' is not a rational number", where, fix);
        }
        set_digits(num, (whole.empty() ? "0" : whole) + fraction);
        fmpz_set_ui(den, 10);
        fmpz_pow_ui(den, den, fraction.size());
    } else {
        if (!is_digits(body)) {
            throw InputError("'" + text + "' is not a rational number", where, fix);
        }
        set_digits(num, body);
        fmpz_one(den);
    }

    if (fmpz_is_zero(den)) {
        throw InputError("'" + text + "' has a zero denominator", where, fix);
    }
    fmpq_set_fmpz_frac(result.value_, num, den);
    if (negative)
        fmpq_neg(result.value_, result.value_);
    return result;
}

std::string Rational::to_string() const {
    char* num = fmpz_get_str(nullptr, 10, fmpq_numref(value_));
    char* den = fmpz_get_str(nullptr, 10, fmpq_denref(value_));
    std::string text = std::string(num) + "/" + den;
    flint_free(num);
    flint_free(den);
    return text;
}

std::string Rational::to_short_string() const {
    if (!is_integer())
        return to_string();
    char* num = fmpz_get_str(nullptr, 10, fmpq_numref(value_));
    std::string text(num);
    flint_free(num);
    return text;
}

double Rational::to_double() const {
    return fmpq_get_d(value_);
}

Rational& Rational::operator+=(const Rational& other) {
    fmpq_add(value_, value_, other.value_);
    return *this;
}

Rational& Rational::operator-=(const Rational& other) {
    fmpq_sub(value_, value_, other.value_);
    return *this;
}

Rational& Rational::operator*=(const Rational& other) {
    fmpq_mul(value_, value_, other.value_);
    return *this;
}

Rational& Rational::operator/=(const Rational& other) {
    assert(!other.is_zero());
    fmpq_div(value_, value_, other.value_);
    return *this;
}

Rational Rational::operator-() const {
    Rational result(*this);
    fmpq_neg(result.value_, result.value_);
    return result;
}

}  // namespace slt
