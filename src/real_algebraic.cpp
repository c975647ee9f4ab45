#include "slt/real_algebraic.hpp"

#include "slt/deadline.hpp"

#include <flint/fmpq_poly.h>
#include <flint/fmpz_poly.h>
#include <flint/fmpz_poly_factor.h>

#include <cassert>

namespace slt {

namespace {

void to_flint(fmpq_poly_t out, const UnivariateCoefficients& c) {
    fmpq_poly_zero(out);
    for (std::size_t i = 0; i < c.size(); ++i)
        fmpq_poly_set_coeff_fmpq(out, i, c[i].get());
}

UnivariateCoefficients from_flint(const fmpq_poly_t p) {
    UnivariateCoefficients c(static_cast<std::size_t>(fmpq_poly_length(p)));
    for (slong i = 0; i < fmpq_poly_length(p); ++i)
        fmpq_poly_get_coeff_fmpq(c[i].get(), p, i);
    return c;
}

bool is_zero(const UnivariateCoefficients& c) {
    for (const auto& x : c) {
        if (!x.is_zero())
            return false;
    }
    return true;
}

// The irreducible factors over Z of p (primitive parts), as rational coefficient vectors.
std::vector<UnivariateCoefficients> irreducible_factors(const UnivariateCoefficients& p) {
    fmpq_poly_t q;
    fmpz_poly_t numerator;
    fmpz_poly_factor_t factors;
    fmpq_poly_init(q);
    fmpz_poly_init(numerator);
    fmpz_poly_factor_init(factors);
    to_flint(q, p);
    fmpq_poly_get_numerator(numerator, q);
    fmpz_poly_factor(factors, numerator);

    std::vector<UnivariateCoefficients> out;
    for (slong i = 0; i < factors->num; ++i) {
        UnivariateCoefficients c;
        for (slong k = 0; k < fmpz_poly_length(factors->p + i); ++k) {
            c.push_back(Rational::from_fmpz(factors->p[i].coeffs + k));
        }
        out.push_back(c);
    }
    fmpz_poly_factor_clear(factors);
    fmpz_poly_clear(numerator);
    fmpq_poly_clear(q);
    return out;
}

}  // namespace

std::pair<UnivariateCoefficients, UnivariateCoefficients> divide(const UnivariateCoefficients& a,
                                                                 const UnivariateCoefficients& b) {
    fmpq_poly_t pa, pb, quotient, remainder;
    fmpq_poly_init(pa);
    fmpq_poly_init(pb);
    fmpq_poly_init(quotient);
    fmpq_poly_init(remainder);
    to_flint(pa, a);
    to_flint(pb, b);
    assert(!fmpq_poly_is_zero(pb));
    fmpq_poly_divrem(quotient, remainder, pa, pb);
    auto result = std::make_pair(from_flint(quotient), from_flint(remainder));
    fmpq_poly_clear(pa);
    fmpq_poly_clear(pb);
    fmpq_poly_clear(quotient);
    fmpq_poly_clear(remainder);
    return result;
}

RealAlgebraic RealAlgebraic::from_root(const UnivariateCoefficients& p, const RootInterval& root) {
    RealAlgebraic c;
    c.lower_ = root.lower;
    c.upper_ = root.upper;
    for (const auto& factor : irreducible_factors(p)) {
        const bool vanishes = root.lower == root.upper
                                  ? evaluate(factor, root.lower).is_zero()
                                  : !real_roots_in(factor, root.lower, root.upper).empty() ||
                                        evaluate(factor, root.upper).is_zero();
        if (vanishes) {
            c.minimal_ = factor;
            return c;
        }
    }
    assert(false && "an isolated root of p is a root of one of its factors");
    return c;
}

int RealAlgebraic::sign_of(const UnivariateCoefficients& a) const {
    const UnivariateCoefficients r = divide(a, minimal_).second;
    if (is_zero(r))
        return 0;
    if (lower_ == upper_)
        return evaluate(r, lower_).sign();

    // r(c) != 0 (q is irreducible and deg r < deg q): shrink the interval around c until r
    // has no root in it; then r has the sign of r(upper).
    Rational lower = lower_, upper = upper_;
    while (!real_roots_in(r, lower, upper).empty() || evaluate(r, upper).is_zero() ||
           evaluate(r, lower).is_zero()) {
        const Rational mid = (lower + upper) * Rational(1, 2);
        const int at_mid = evaluate(minimal_, mid).sign();
        if (at_mid == 0)
            return evaluate(r, mid).sign();
        if (at_mid == evaluate(minimal_, upper).sign()) {
            upper = mid;
        } else {
            lower = mid;
        }
    }
    return evaluate(r, upper).sign();
}

std::pair<int, UnivariateCoefficients> RealAlgebraic::valuation(
    const UnivariateCoefficients& a) const {
    assert(!is_zero(a));
    int j = 0;
    UnivariateCoefficients rest = a;
    while (true) {
        poll_deadline();
        auto [quotient, remainder] = divide(rest, minimal_);
        if (!is_zero(remainder))
            return {j, remainder};
        rest = quotient;
        ++j;
    }
}

std::string RealAlgebraic::to_string() const {
    std::string text = "root of ";
    for (std::size_t k = minimal_.size(); k-- > 0;) {
        if (minimal_[k].is_zero())
            continue;
        text += (minimal_[k].sign() < 0 ? " - " : (text.size() > 8 ? " + " : ""));
        Rational a = minimal_[k].sign() < 0 ? -minimal_[k] : minimal_[k];
        text += a.to_short_string() +
                (k > 0 ? "*t" + (k > 1 ? "^" + std::to_string(k) : std::string()) : "");
    }
    return text + " in [" + lower_.to_short_string() + ", " + upper_.to_short_string() + "]";
}

}  // namespace slt
