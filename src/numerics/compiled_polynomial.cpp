#include "slt/numerics/compiled_polynomial.hpp"

#include <algorithm>
#include <cmath>

namespace slt::numerics {

template <class Scalar>
void PowerTable<Scalar>::reset(const std::vector<int>& max_degrees) {
    if (max_degrees == max_degrees_)
        return;
    max_degrees_ = max_degrees;
    offsets_.clear();
    int offset = 0;
    for (int degree : max_degrees_) {
        offsets_.push_back(offset);
        offset += degree + 1;
    }
    powers_.assign(offset, Scalar(1));
}

template <class Scalar>
void PowerTable<Scalar>::fill(const double* w) {
    for (std::size_t j = 0; j < max_degrees_.size(); ++j) {
        Scalar* row = powers_.data() + offsets_[j];
        const Scalar x = static_cast<Scalar>(w[j]);
        for (int k = 1; k <= max_degrees_[j]; ++k)
            row[k] = row[k - 1] * x;
    }
}

template class PowerTable<double>;
template class PowerTable<long double>;

CompiledPolynomial::CompiledPolynomial(const Polynomial& polynomial)
    : num_vars_(polynomial.num_vars()), max_degrees_(polynomial.num_vars(), 0) {
    for (const auto& term : polynomial.terms()) {
        term_begin_.push_back(static_cast<int>(factors_.size()));
        coefficients_.push_back(term.coefficient.to_double());
        for (int j = 0; j < num_vars_; ++j) {
            const int exponent = static_cast<int>(term.exponents[j]);
            if (exponent == 0)
                continue;
            factors_.push_back({j, exponent});
            max_degrees_[j] = std::max(max_degrees_[j], exponent);
        }
    }
    term_begin_.push_back(static_cast<int>(factors_.size()));
}

template <class Scalar>
Scalar CompiledPolynomial::value(const PowerTable<Scalar>& powers) const {
    Scalar sum = 0;
    for (std::size_t i = 0; i < coefficients_.size(); ++i) {
        Scalar product = coefficients_[i];
        for (int f = term_begin_[i]; f < term_begin_[i + 1]; ++f) {
            product *= powers.power(factors_[f].var, factors_[f].exponent);
        }
        sum += product;
    }
    return sum;
}

// d/dw_j (c w^a) = c a_j w^{a - e_j}: the product of the other factors times a_j w_j^{a_j - 1}.
template <class Scalar>
Scalar CompiledPolynomial::value_and_gradient(const PowerTable<Scalar>& powers, Scalar factor,
                                              Scalar* gradient) const {
    Scalar sum = 0;
    for (std::size_t i = 0; i < coefficients_.size(); ++i) {
        const int begin = term_begin_[i];
        const int end = term_begin_[i + 1];
        Scalar product = coefficients_[i];
        for (int f = begin; f < end; ++f) {
            product *= powers.power(factors_[f].var, factors_[f].exponent);
        }
        sum += product;

        for (int f = begin; f < end; ++f) {
            Scalar partial = factor * coefficients_[i] * factors_[f].exponent *
                             powers.power(factors_[f].var, factors_[f].exponent - 1);
            for (int g = begin; g < end; ++g) {
                if (g != f)
                    partial *= powers.power(factors_[g].var, factors_[g].exponent);
            }
            gradient[factors_[f].var] += partial;
        }
    }
    return sum;
}

template double CompiledPolynomial::value(const PowerTable<double>&) const;
template long double CompiledPolynomial::value(const PowerTable<long double>&) const;
template double CompiledPolynomial::value_and_gradient(const PowerTable<double>&, double,
                                                       double*) const;
template long double CompiledPolynomial::value_and_gradient(const PowerTable<long double>&,
                                                            long double, long double*) const;

int CompiledPolynomial::total_degree() const {
    int degree = 0;
    for (int exponent : max_degrees_)
        degree += exponent;
    return degree;
}

double CompiledPolynomial::absolute_term_sum(const std::vector<double>& bound) const {
    double sum = 0;
    for (std::size_t i = 0; i < coefficients_.size(); ++i) {
        double product = std::fabs(coefficients_[i]);
        for (int f = term_begin_[i]; f < term_begin_[i + 1]; ++f) {
            product *= std::pow(bound[factors_[f].var], factors_[f].exponent);
        }
        sum += product;
    }
    return sum;
}

double CompiledPolynomial::value_naive(const double* w) const {
    double sum = 0;
    for (std::size_t i = 0; i < coefficients_.size(); ++i) {
        double product = coefficients_[i];
        for (int f = term_begin_[i]; f < term_begin_[i + 1]; ++f) {
            product *= std::pow(w[factors_[f].var], factors_[f].exponent);
        }
        sum += product;
    }
    return sum;
}

}  // namespace slt::numerics
