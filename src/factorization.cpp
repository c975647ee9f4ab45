#include "slt/factorization.hpp"

#include <flint/fmpq_mpoly.h>
#include <flint/fmpq_mpoly_factor.h>

#include <cassert>
#include <stdexcept>
#include <string>

namespace slt {

namespace {

// An owning fmpq_mpoly context and polynomial, converted from and to Polynomial.
class FlintPolynomialContext {
  public:
    explicit FlintPolynomialContext(int num_vars) : num_vars_(num_vars) {
        fmpq_mpoly_ctx_init(ctx_, num_vars, ORD_LEX);
    }
    ~FlintPolynomialContext() { fmpq_mpoly_ctx_clear(ctx_); }

    void to_flint(fmpq_mpoly_t out, const Polynomial& p) const {
        std::vector<ulong> exponents(num_vars_);
        for (const auto& term : p.terms()) {
            for (int i = 0; i < num_vars_; ++i)
                exponents[i] = static_cast<ulong>(term.exponents[i]);
            fmpq_mpoly_set_coeff_fmpq_ui(out, term.coefficient.get(), exponents.data(), ctx_);
        }
    }

    Polynomial from_flint(const fmpq_mpoly_t p) const {
        std::vector<Term> terms;
        std::vector<slong> exponents(num_vars_);
        for (slong k = 0; k < fmpq_mpoly_length(p, ctx_); ++k) {
            Term term{ExpVec(num_vars_), Rational()};
            fmpq_mpoly_get_term_coeff_fmpq(term.coefficient.get(), p, k, ctx_);
            fmpq_mpoly_get_term_exp_si(exponents.data(), p, k, ctx_);
            for (int i = 0; i < num_vars_; ++i)
                term.exponents[i] = exponents[i];
            terms.push_back(term);
        }
        return Polynomial::from_terms(num_vars_, terms);
    }

    const fmpq_mpoly_ctx_struct* get() const { return ctx_; }
    fmpq_mpoly_ctx_struct* get() { return ctx_; }

  private:
    int num_vars_;
    fmpq_mpoly_ctx_t ctx_;
};

}  // namespace

Factorization factor(const Polynomial& p) {
    assert(!p.is_zero());
    FlintPolynomialContext ctx(p.num_vars());
    fmpq_mpoly_t a, base;
    fmpq_mpoly_factor_t f;
    fmpq_mpoly_init(a, ctx.get());
    fmpq_mpoly_init(base, ctx.get());
    fmpq_mpoly_factor_init(f, ctx.get());
    ctx.to_flint(a, p);

    if (!fmpq_mpoly_factor(f, a, ctx.get())) {
        fmpq_mpoly_factor_clear(f, ctx.get());
        fmpq_mpoly_clear(base, ctx.get());
        fmpq_mpoly_clear(a, ctx.get());
        throw std::runtime_error("FLINT could not factor a polynomial");
    }
    Factorization result;
    fmpq_set(result.constant.get(), f->constant);
    for (slong i = 0; i < fmpq_mpoly_factor_length(f, ctx.get()); ++i) {
        fmpq_mpoly_factor_get_base(base, f, i, ctx.get());
        result.factors.push_back({ctx.from_flint(base),
                                  static_cast<int>(fmpq_mpoly_factor_get_exp_si(f, i, ctx.get()))});
    }
    fmpq_mpoly_factor_clear(f, ctx.get());
    fmpq_mpoly_clear(base, ctx.get());
    fmpq_mpoly_clear(a, ctx.get());
    return result;
}

Polynomial derivative(const Polynomial& p, int var) {
    std::vector<Term> terms;
    for (const auto& term : p.terms()) {
        if (term.exponents[var] == 0)
            continue;
        Term d = term;
        d.coefficient *= Rational(term.exponents[var]);
        d.exponents[var] -= 1;
        terms.push_back(d);
    }
    return Polynomial::from_terms(p.num_vars(), terms);
}

namespace {

// Applies a FLINT binary operation `op(out, a, b, ctx)` that returns 0 on failure.
template <typename Operation>
Polynomial binary_operation(const Polynomial& a, const Polynomial& b, const char* what,
                            Operation op) {
    FlintPolynomialContext ctx(a.num_vars());
    fmpq_mpoly_t x, y, out;
    fmpq_mpoly_init(x, ctx.get());
    fmpq_mpoly_init(y, ctx.get());
    fmpq_mpoly_init(out, ctx.get());
    ctx.to_flint(x, a);
    ctx.to_flint(y, b);
    const int ok = op(out, x, y, ctx.get());
    Polynomial result = ctx.from_flint(out);
    fmpq_mpoly_clear(out, ctx.get());
    fmpq_mpoly_clear(y, ctx.get());
    fmpq_mpoly_clear(x, ctx.get());
    if (!ok)
        throw std::runtime_error(std::string("FLINT could not compute a ") + what);
    return result;
}

}  // namespace

Polynomial gcd(const Polynomial& a, const Polynomial& b) {
    return binary_operation(a, b, "gcd", [](auto out, auto x, auto y, auto ctx) {
        return fmpq_mpoly_gcd(out, x, y, ctx);
    });
}

std::optional<Polynomial> divide_exactly(const Polynomial& a, const Polynomial& b) {
    assert(!b.is_zero());
    bool divides = true;
    Polynomial quotient =
        binary_operation(a, b, "quotient", [&divides](auto out, auto x, auto y, auto ctx) {
            divides = fmpq_mpoly_divides(out, x, y, ctx) != 0;
            return 1;
        });
    if (!divides)
        return std::nullopt;
    return quotient;
}

Polynomial resultant(const Polynomial& a, const Polynomial& b, int var) {
    return binary_operation(a, b, "resultant", [var](auto out, auto x, auto y, auto ctx) {
        return fmpq_mpoly_resultant(out, x, y, var, ctx);
    });
}

}  // namespace slt
