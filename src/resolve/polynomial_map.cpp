// Substitution, derivatives and Jacobians of polynomial maps (docs/resolve.md).
#include "slt/resolve/polynomial_map.hpp"

#include <algorithm>
#include <cassert>
#include <map>

namespace slt::resolve {

namespace {

// g^e with the powers of one image computed once per exponent (images are reused by many
// terms of P).
class PowerCache {
  public:
    explicit PowerCache(const Polynomial& base) : base_(base) {}

    const Polynomial& get(std::int64_t exponent) {
        auto found = powers_.find(exponent);
        if (found != powers_.end())
            return found->second;
        return powers_.emplace(exponent, base_.pow(exponent)).first->second;
    }

  private:
    Polynomial base_;
    std::map<std::int64_t, Polynomial> powers_;
};

// The determinant of a square matrix of polynomials by expansion along the first row.
Polynomial determinant(const std::vector<std::vector<Polynomial>>& matrix, int num_vars) {
    const std::size_t n = matrix.size();
    if (n == 0)
        return Polynomial::constant(num_vars, Rational(1));
    if (n == 1)
        return matrix[0][0];

    Polynomial sum(num_vars);
    for (std::size_t column = 0; column < n; ++column) {
        if (matrix[0][column].is_zero())
            continue;
        std::vector<std::vector<Polynomial>> minor;
        for (std::size_t row = 1; row < n; ++row) {
            std::vector<Polynomial> entries;
            for (std::size_t c = 0; c < n; ++c) {
                if (c != column)
                    entries.push_back(matrix[row][c]);
            }
            minor.push_back(std::move(entries));
        }
        Polynomial term = matrix[0][column] * determinant(minor, num_vars);
        sum = (column % 2 == 0) ? sum + term : sum - term;
    }
    return sum;
}

}  // namespace

Polynomial substitute(const Polynomial& p, const std::vector<Polynomial>& images) {
    assert(static_cast<int>(images.size()) == p.num_vars());
    const int num_vars = images.empty() ? 0 : images[0].num_vars();
    std::vector<PowerCache> powers;
    for (const auto& image : images)
        powers.emplace_back(image);

    Polynomial result(num_vars);
    for (const auto& term : p.terms()) {
        Polynomial product = Polynomial::constant(num_vars, term.coefficient);
        for (std::size_t i = 0; i < images.size(); ++i) {
            if (term.exponents[i] > 0)
                product = product * powers[i].get(term.exponents[i]);
        }
        result = result + product;
    }
    return result;
}

Polynomial derivative(const Polynomial& p, int var) {
    std::vector<Term> terms;
    for (const auto& term : p.terms()) {
        const std::int64_t e = term.exponents[var];
        if (e == 0)
            continue;
        Term reduced = term;
        reduced.exponents[var] = e - 1;
        reduced.coefficient *= Rational(e);
        terms.push_back(std::move(reduced));
    }
    return Polynomial::from_terms(p.num_vars(), std::move(terms));
}

Polynomial jacobian_determinant(const std::vector<Polynomial>& images) {
    const int num_vars = images.empty() ? 0 : images[0].num_vars();
    assert(static_cast<int>(images.size()) == num_vars);

    std::vector<std::vector<Polynomial>> matrix;
    for (const auto& image : images) {
        std::vector<Polynomial> row;
        for (int j = 0; j < num_vars; ++j)
            row.push_back(derivative(image, j));
        matrix.push_back(std::move(row));
    }
    return determinant(matrix, num_vars);
}

MonomialFactor monomial_factor(const Polynomial& p) {
    assert(!p.is_zero());
    ExpVec smallest = p.terms().front().exponents;
    for (const auto& term : p.terms()) {
        for (int j = 0; j < p.num_vars(); ++j)
            smallest[j] = std::min(smallest[j], term.exponents[j]);
    }

    std::vector<Term> terms = p.terms();
    for (auto& term : terms) {
        for (int j = 0; j < p.num_vars(); ++j)
            term.exponents[j] -= smallest[j];
    }
    return {smallest, Polynomial::from_terms(p.num_vars(), std::move(terms))};
}

Polynomial restrict_to_zero(const Polynomial& p, const std::vector<bool>& drop) {
    std::vector<Term> kept;
    for (const auto& term : p.terms()) {
        bool survives = true;
        for (int j = 0; j < p.num_vars(); ++j) {
            if (drop[j] && term.exponents[j] != 0)
                survives = false;
        }
        if (survives)
            kept.push_back(term);
    }
    return Polynomial::from_terms(p.num_vars(), std::move(kept));
}

}  // namespace slt::resolve
