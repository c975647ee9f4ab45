#include "slt/linear_elimination.hpp"

#include "slt/factorization.hpp"
#include "slt/linear_algebra.hpp"

namespace slt {

namespace {

// p (free of w_l) with the variable w_l removed.
Polynomial drop_variable(const Polynomial& p, int coordinate) {
    std::vector<Term> terms;
    for (const auto& term : p.terms()) {
        Term t = term;
        t.exponents.erase(t.exponents.begin() + coordinate);
        terms.push_back(t);
    }
    return Polynomial::from_terms(p.num_vars() - 1, terms);
}

// The part of p free of w_l.
Polynomial free_of(const Polynomial& p, int coordinate) {
    std::vector<Term> terms;
    for (const auto& term : p.terms()) {
        if (term.exponents[coordinate] == 0)
            terms.push_back(term);
    }
    return Polynomial::from_terms(p.num_vars(), terms);
}

template <typename T>
std::vector<T> without(std::vector<T> values, int coordinate) {
    values.erase(values.begin() + coordinate);
    return values;
}

bool usable(const Problem& problem, const Polynomial& f, int l) {
    return problem.orthant[l] == CoordinateRange::free && problem.prior_exponents[l].is_zero() &&
           f.degree_in(l) == 1 && !derivative(f, l).constant_term().is_zero();
}

}  // namespace

Polynomial substitute_eliminated(const Polynomial& g, int coordinate, const Polynomial& u,
                                 const Polynomial& r) {
    const std::int64_t degree = g.degree_in(coordinate);
    const Polynomial minus_r = -r;
    Polynomial result(g.num_vars());
    for (const auto& term : g.terms()) {
        ExpVec rest = term.exponents;
        const std::int64_t e = rest[coordinate];
        rest[coordinate] = 0;
        result = result +
                 Polynomial::monomial(rest, term.coefficient) * minus_r.pow(e) * u.pow(degree - e);
    }
    return drop_variable(result, coordinate);
}

int linear_part_rank(const Problem& problem) {
    const int d = static_cast<int>(problem.vars.size());
    std::vector<std::vector<Rational>> parts;
    for (const auto& f : problem.generators) {
        std::vector<Rational> part(d, Rational(0));
        for (const auto& term : f.terms()) {
            std::int64_t degree = 0;
            int variable = -1;
            for (int j = 0; j < d; ++j) {
                degree += term.exponents[j];
                if (term.exponents[j] != 0)
                    variable = j;
            }
            if (degree == 1)
                part[variable] = term.coefficient;
        }
        parts.push_back(part);
    }
    return rational_rank(parts, d);
}

std::optional<Elimination> eliminate_linear_coordinate(const Problem& problem) {
    if (problem.form != Form::ideal)
        return std::nullopt;
    const int d = static_cast<int>(problem.vars.size());
    for (int i = 0; i < static_cast<int>(problem.generators.size()); ++i) {
        const Polynomial& f = problem.generators[i];
        for (int l = 0; l < d; ++l) {
            if (!usable(problem, f, l))
                continue;
            const Polynomial u = derivative(f, l);
            const Polynomial r = free_of(f, l);

            Elimination elimination;
            elimination.coordinate = l;
            elimination.generator = i;
            Problem& rest = elimination.rest;
            rest.name = problem.name;
            rest.form = Form::ideal;
            rest.vars = without(problem.vars, l);
            rest.prior_exponents = without(problem.prior_exponents, l);
            rest.point = without(problem.point, l);
            rest.orthant = without(problem.orthant, l);
            for (int k = 0; k < static_cast<int>(problem.generators.size()); ++k) {
                if (k != i)
                    rest.generators.push_back(
                        substitute_eliminated(problem.generators[k], l, u, r));
            }
            return elimination;
        }
    }
    return std::nullopt;
}

}  // namespace slt
