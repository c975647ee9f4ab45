// An owning FLINT fmpq_poly for the univariate algorithms over Q (Sturm sequences, number
// field arithmetic). Internal to the library.
#pragma once

#include "slt/real_roots.hpp"

#include <flint/fmpq_poly.h>

namespace slt::detail {

// An owning fmpq_poly.
class QPoly {
  public:
    QPoly() { fmpq_poly_init(p_); }
    explicit QPoly(const UnivariateCoefficients& c) {
        fmpq_poly_init(p_);
        for (std::size_t i = 0; i < c.size(); ++i)
            fmpq_poly_set_coeff_fmpq(p_, i, c[i].get());
    }
    QPoly(const QPoly& other) {
        fmpq_poly_init(p_);
        fmpq_poly_set(p_, other.p_);
    }
    QPoly& operator=(const QPoly& other) {
        fmpq_poly_set(p_, other.p_);
        return *this;
    }
    ~QPoly() { fmpq_poly_clear(p_); }

    fmpq_poly_struct* get() { return p_; }
    const fmpq_poly_struct* get() const { return p_; }
    bool is_zero() const { return fmpq_poly_is_zero(p_); }
    slong degree() const { return fmpq_poly_degree(p_); }

    int sign_at(const Rational& x) const {
        Rational value;
        fmpq_poly_evaluate_fmpq(value.get(), p_, x.get());
        return value.sign();
    }
    int leading_sign() const {
        Rational lead;
        fmpq_poly_get_coeff_fmpq(lead.get(), p_, degree());
        return lead.sign();
    }

    UnivariateCoefficients coefficients() const {
        UnivariateCoefficients c(static_cast<std::size_t>(degree() + 1));
        for (slong i = 0; i <= degree(); ++i)
            fmpq_poly_get_coeff_fmpq(c[i].get(), p_, i);
        return c;
    }

  private:
    fmpq_poly_t p_;
};

}  // namespace slt::detail
