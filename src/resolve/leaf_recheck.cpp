// Re-deriving a leaf from its composed chart map (docs/resolve.md, "independent check").
#include "slt/resolve/leaf_recheck.hpp"

#include "slt/resolve/polynomial_map.hpp"

namespace slt::resolve {

namespace {

// g = step_1 ∘ step_2 ∘ ... ∘ step_k, composed from the leaf outwards.
std::vector<Polynomial> composed_map(const std::vector<CoordinateChange>& chain, int d) {
    std::vector<Polynomial> map;
    for (int k = 0; k < d; ++k)
        map.push_back(Polynomial::variable(d, k));
    for (auto step = chain.rbegin(); step != chain.rend(); ++step) {
        std::vector<Polynomial> outer;
        for (const auto& image : step->images)
            outer.push_back(substitute(image, map));
        map = std::move(outer);
    }
    return map;
}

Polynomial function_form(const Problem& problem) {
    if (problem.form == Form::function)
        return problem.generators.at(0);
    Polynomial k(static_cast<int>(problem.vars.size()));
    for (const auto& generator : problem.generators)
        k = k + generator * generator;
    return k;
}

std::string vector_text(const std::vector<Rational>& values) {
    std::string text;
    for (const auto& value : values)
        text += (text.empty() ? "" : ", ") + value.to_short_string();
    return "(" + text + ")";
}

}  // namespace

LeafRecheck recheck_leaf(const Problem& problem, const Leaf& leaf) {
    const int d = static_cast<int>(leaf.names.size());
    const auto g = composed_map(leaf.chain, d);
    if (g != leaf.map)
        return {false, "the composed map differs from the step-by-step map"};

    const Polynomial pullback = substitute(function_form(problem), g);
    if (!(pullback == leaf.pullback))
        return {false, "K∘g differs: " + pullback.to_string(leaf.names)};
    const Polynomial determinant = jacobian_determinant(g);
    if (pullback.is_zero() || determinant.is_zero())
        return {false, "K∘g or det g' is 0"};

    // φ∘g |det g'| = v^η b with φ = |w^h|.
    const auto k_factor = monomial_factor(pullback);
    const auto j_factor = monomial_factor(determinant);
    std::vector<Rational> eta;
    for (auto exponent : j_factor.exponents)
        eta.push_back(Rational(exponent));
    Polynomial unit = k_factor.cofactor * j_factor.cofactor;
    for (std::size_t i = 0; i < problem.prior_exponents.size(); ++i) {
        if (problem.prior_exponents[i].is_zero())
            continue;
        const auto p_factor = monomial_factor(g[i]);
        for (int j = 0; j < d; ++j)
            eta[j] += problem.prior_exponents[i] * Rational(p_factor.exponents[j]);
        unit = unit * p_factor.cofactor;
    }

    if (k_factor.exponents != leaf.kappa)
        return {false, "κ differs"};
    if (eta != leaf.eta)
        return {false, "η differs: recomputed " + vector_text(eta)};
    // det g' equals the chain-rule product of the steps' determinants exactly, so the units
    // agree exactly, not only up to a constant.
    if (!(unit == leaf.unit))
        return {false, "the unit differs: recomputed " + unit.to_string(leaf.names)};
    return {true, "K∘g, κ, η and the unit agree"};
}

}  // namespace slt::resolve
