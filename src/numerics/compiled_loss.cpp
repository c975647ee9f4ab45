#include "slt/numerics/compiled_loss.hpp"

#include <flint/fmpq_mpoly.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace slt::numerics {

namespace {

// One FLINT context and polynomial, released on scope exit.
struct FlintPolynomial {
    explicit FlintPolynomial(int num_vars) {
        fmpq_mpoly_ctx_init(ctx, std::max(num_vars, 1), ORD_LEX);
        fmpq_mpoly_init(value, ctx);
    }
    ~FlintPolynomial() {
        fmpq_mpoly_clear(value, ctx);
        fmpq_mpoly_ctx_clear(ctx);
    }
    FlintPolynomial(const FlintPolynomial&) = delete;
    FlintPolynomial& operator=(const FlintPolynomial&) = delete;

    fmpq_mpoly_ctx_t ctx;
    fmpq_mpoly_t value;
};

}  // namespace

const char* to_string(Precision precision) {
    return precision == Precision::double_precision ? "double" : "long double";
}

std::vector<Polynomial> exact_square_root(const Polynomial& polynomial) {
    const int num_vars = polynomial.num_vars();
    if (polynomial.is_zero() || num_vars == 0)
        return {};

    FlintPolynomial square(num_vars);
    std::vector<ulong> exponents(std::max(num_vars, 1));
    for (const auto& term : polynomial.terms()) {
        for (int j = 0; j < num_vars; ++j)
            exponents[j] = static_cast<ulong>(term.exponents[j]);
        fmpq_mpoly_push_term_fmpq_ui(square.value, term.coefficient.get(), exponents.data(),
                                     square.ctx);
    }
    fmpq_mpoly_sort_terms(square.value, square.ctx);
    fmpq_mpoly_combine_like_terms(square.value, square.ctx);

    fmpq_mpoly_t root;
    fmpq_mpoly_init(root, square.ctx);
    std::vector<Polynomial> result;
    if (fmpq_mpoly_sqrt(root, square.value, square.ctx)) {
        std::vector<Term> terms;
        for (slong i = 0; i < fmpq_mpoly_length(root, square.ctx); ++i) {
            Term term;
            fmpq_mpoly_get_term_coeff_fmpq(term.coefficient.get(), root, i, square.ctx);
            fmpq_mpoly_get_term_exp_ui(exponents.data(), root, i, square.ctx);
            term.exponents.assign(exponents.begin(), exponents.begin() + num_vars);
            terms.push_back(std::move(term));
        }
        result.push_back(Polynomial::from_terms(num_vars, std::move(terms)));
    }
    fmpq_mpoly_clear(root, square.ctx);
    return result;
}

CompiledLoss::CompiledLoss(const Problem& problem)
    : num_vars_(static_cast<int>(problem.vars.size())) {
    std::vector<Polynomial> generators = problem.generators;
    if (problem.form == Form::function) {
        std::vector<Polynomial> root = exact_square_root(problem.generators.front());
        detected_square_ = !root.empty();
        squared_ = detected_square_;
        if (detected_square_)
            generators = root;
    }

    max_degrees_.assign(num_vars_, 0);
    for (const auto& generator : generators) {
        generators_.emplace_back(generator);
        for (int j = 0; j < num_vars_; ++j) {
            max_degrees_[j] = std::max(max_degrees_[j], generators_.back().max_degrees()[j]);
        }
    }
}

std::string CompiledLoss::evaluation_form() const {
    if (!squared_)
        return "function form, evaluated as given";
    if (detected_square_)
        return "function form, evaluated as the square of its exact root";
    return "ideal form, evaluated as a sum of " + std::to_string(generators_.size()) + " squares";
}

template <class Scalar>
double CompiledLoss::evaluate(const double* w, double* gradient) const {
    thread_local std::vector<Scalar> scratch;
    thread_local PowerTable<Scalar> powers;
    powers.reset(max_degrees_);
    powers.fill(w);

    if (gradient == nullptr) {
        Scalar sum = 0;
        for (const auto& generator : generators_) {
            const Scalar f = generator.value(powers);
            sum += squared_ ? f * f : f;
        }
        return static_cast<double>(sum);
    }

    scratch.assign(num_vars_, Scalar(0));
    Scalar sum = 0;
    for (const auto& generator : generators_) {
        if (!squared_) {
            sum += generator.value_and_gradient(powers, Scalar(1), scratch.data());
            continue;
        }
        // d(f^2) = 2 f df: evaluate f first, then accumulate 2f ∇f.
        const Scalar f = generator.value(powers);
        generator.value_and_gradient(powers, Scalar(2) * f, scratch.data());
        sum += f * f;
    }
    for (int j = 0; j < num_vars_; ++j)
        gradient[j] = static_cast<double>(scratch[j]);
    return static_cast<double>(sum);
}

double CompiledLoss::value(const double* w, Precision precision) const {
    if (precision == Precision::long_double_precision)
        return evaluate<long double>(w, nullptr);
    return evaluate<double>(w, nullptr);
}

double CompiledLoss::value_and_gradient(const double* w, double* gradient,
                                        Precision precision) const {
    if (precision == Precision::long_double_precision)
        return evaluate<long double>(w, gradient);
    return evaluate<double>(w, gradient);
}

double CompiledLoss::relative_error(double t, const std::vector<double>& bound,
                                    Precision precision) const {
    const double unit_roundoff =
        precision == Precision::double_precision ? DBL_EPSILON / 2 : LDBL_EPSILON / 2;
    double worst = 0;
    for (const auto& generator : generators_) {
        const double operations =
            static_cast<double>(generator.total_degree() + generator.num_terms());
        worst = std::max(worst, operations * unit_roundoff * generator.absolute_term_sum(bound));
    }
    const double count = static_cast<double>(generators_.size());
    return squared_ ? 2 * std::sqrt(count) * worst * std::sqrt(t) : worst * t;
}

Precision CompiledLoss::precision_for(double t, const std::vector<double>& bound) const {
    if (relative_error(t, bound, Precision::double_precision) <= kMaxRelativeError) {
        return Precision::double_precision;
    }
    return Precision::long_double_precision;
}

}  // namespace slt::numerics
