#include "slt/resolution_check.hpp"

#include "slt/factorization.hpp"
#include "slt/field_problem.hpp"
#include "slt/field_roots.hpp"
#include "slt/linear_algebra.hpp"

#include <algorithm>
#include <cstdlib>

namespace slt {

namespace {

// f(s ⊙ v^A) by substituting w_k = s_k Π_j v_j^{A_kj} term by term.
Polynomial substitute_monomial_map(const Polynomial& f, const ResolutionNode& node) {
    const int d = f.num_vars();
    std::vector<Polynomial> w;
    for (int k = 0; k < d; ++k) {
        ExpVec exponents(d);
        for (int j = 0; j < d; ++j)
            exponents[j] = node.rays[j][k];
        w.push_back(Polynomial::monomial(exponents, Rational(node.signs[k])));
    }
    Polynomial result(d);
    for (const auto& term : f.terms()) {
        Polynomial product = Polynomial::constant(d, term.coefficient);
        for (int k = 0; k < d; ++k)
            product = product * w[k].pow(term.exponents[k]);
        result = result + product;
    }
    return result;
}

bool is_translated(const ResolutionNode& node, int j) {
    return !node.offset[j].is_zero();
}

bool is_reflected(const ResolutionNode& node, int j) {
    return node.offset[j] == Rational(1);
}

// v_j -> c_j + u_j, or 1 - u_j when c_j = 1, for every translated coordinate.
Polynomial translate(const Polynomial& f, const ResolutionNode& node) {
    const Polynomial shifted = f.translated(node.offset);
    std::vector<int> flip(f.num_vars(), 1);
    for (int j = 0; j < f.num_vars(); ++j)
        flip[j] = is_reflected(node, j) ? -1 : 1;
    return shifted.with_signs(flip);
}

std::vector<std::string> check_node(const std::vector<ResolutionNode>& tree, std::size_t index) {
    const ResolutionNode& node = tree[index];
    const ResolutionNode& parent = tree[node.parent];
    const int d = static_cast<int>(node.eta.size());
    const std::string where = "node " + std::to_string(index) + ": ";
    std::vector<std::string> problems;

    if (static_cast<int>(node.rays.size()) != d || static_cast<int>(node.offset.size()) != d ||
        static_cast<int>(node.signs.size()) != d || static_cast<int>(node.eta.size()) != d ||
        static_cast<int>(node.domain.size()) != d) {
        problems.push_back(where + "the map from the parent is missing or malformed");
        return problems;
    }
    if (determinant_of_columns(node.rays) == 0)
        problems.push_back(where + "det A = 0");
    if (parent.generators.size() != node.generators.size()) {
        problems.push_back(where + "number of generators differs from the parent's");
        return problems;
    }

    std::vector<Polynomial> pulled;
    ExpVec smallest(d, -1);
    for (const auto& f : parent.generators) {
        pulled.push_back(substitute_monomial_map(f, node));
        for (const auto& term : pulled.back().terms()) {
            for (int j = 0; j < d; ++j) {
                if (smallest[j] < 0 || term.exponents[j] < smallest[j])
                    smallest[j] = term.exponents[j];
            }
        }
    }

    // The dropped unit Π (c_l ± u_l)^{N_l} over the translated coordinates.
    Polynomial unit = Polynomial::constant(d, Rational(1));
    for (int l = 0; l < d; ++l) {
        if (!is_translated(node, l))
            continue;
        const Polynomial base =
            Polynomial::variable(d, l).scaled(Rational(is_reflected(node, l) ? -1 : 1)) +
            Polynomial::constant(d, node.offset[l]);
        unit = unit * base.pow(smallest[l]);
    }
    for (std::size_t i = 0; i < pulled.size(); ++i) {
        if (!(translate(pulled[i], node) == node.generators[i] * unit)) {
            problems.push_back(where + "generator " + std::to_string(i + 1) +
                               " is not the parent's pulled back and translated");
        }
    }

    bool some_translated = false;
    for (int j = 0; j < d; ++j) {
        Rational expected(0);
        if (!is_translated(node, j)) {
            std::int64_t column_sum = 0;
            for (int k = 0; k < d; ++k) {
                expected += Rational(node.rays[j][k]) * parent.eta[k];
                column_sum += node.rays[j][k];
            }
            expected += Rational(column_sum - 1);
        }
        if (node.eta[j] != expected)
            problems.push_back(where + "η_" + std::to_string(j + 1) + " is wrong");
        const char range = node.domain[j];
        const bool full_line = is_translated(node, j) && !is_reflected(node, j);
        if (range != (full_line ? '*' : '+')) {
            problems.push_back(where + "the range of v_" + std::to_string(j + 1) + " is wrong");
        }
        if (node.offset[j].sign() < 0 || Rational(1) < node.offset[j])
            problems.push_back(where + "the bad point is not in [0, 1]^d");
        some_translated = some_translated || is_translated(node, j);
    }
    if (!some_translated)
        problems.push_back(where + "no coordinate is translated");
    return problems;
}

// g' with the eliminated variable put back (exponent 0).
Polynomial lifted(const Polynomial& g, int coordinate) {
    std::vector<Term> terms;
    for (const auto& term : g.terms()) {
        Term t = term;
        t.exponents.insert(t.exponents.begin() + coordinate, 0);
        terms.push_back(t);
    }
    return Polynomial::from_terms(g.num_vars() + 1, terms);
}

template <typename T>
T without(T values, int coordinate) {
    values.erase(values.begin() + coordinate);
    return values;
}

// A node whose parent's coordinate w_l was replaced by y = f_i = u·w_l + r (u(0) != 0): each
// generator must satisfy u^{deg_l g_k}·g_k ≡ g'_k (mod f_i), checked by exact division by f_i,
// with η and ranges of the other coordinates unchanged and w_l a full line without prior.
std::vector<std::string> check_elimination(const std::vector<ResolutionNode>& tree,
                                           std::size_t index) {
    const ResolutionNode& node = tree[index];
    const ResolutionNode& parent = tree[node.parent];
    const std::string where = "node " + std::to_string(index) + ": ";
    const int l = node.eliminated;
    const auto i = static_cast<std::size_t>(node.eliminated_by);
    if (i >= parent.generators.size() || l < 0 || l >= static_cast<int>(parent.eta.size()) ||
        node.generators.size() + 1 != parent.generators.size()) {
        return {where + "the elimination does not match the parent"};
    }
    const Polynomial& f = parent.generators[i];
    const Polynomial u = derivative(f, l);
    if (f.degree_in(l) != 1 || u.constant_term().is_zero() || parent.domain[l] != '*' ||
        !parent.eta[l].is_zero()) {
        return {where + "generator " + std::to_string(i + 1) +
                " is not linear with a unit coefficient in a free coordinate"};
    }

    std::vector<std::string> problems;
    std::size_t next = 0;
    for (std::size_t k = 0; k < parent.generators.size(); ++k) {
        if (k == i)
            continue;
        const Polynomial& g = parent.generators[k];
        const Polynomial difference = u.pow(g.degree_in(l)) * g - lifted(node.generators[next], l);
        if (!difference.is_zero() && !divide_exactly(difference, f)) {
            problems.push_back(where + "generator " + std::to_string(next + 1) +
                               " is not the parent's modulo the eliminated generator");
        }
        ++next;
    }
    if (node.eta != without(parent.eta, l) || node.domain != without(parent.domain, l))
        problems.push_back(where + "η or the ranges of the other coordinates changed");
    return problems;
}

// g(s ⊙ v^A) over its field, by substituting w_k = s_k Π_j v_j^{A_kj} term by term.
FieldPolynomial substitute_monomial_map(const FieldPolynomial& g, const ResolutionNode& node) {
    const int d = g.num_vars();
    std::vector<FieldPolynomial> w;
    for (int k = 0; k < d; ++k) {
        ExpVec exponents(d);
        for (int j = 0; j < d; ++j)
            exponents[j] = node.rays[j][k];
        FieldPolynomial wk(g.field(), d);
        wk.add_term(exponents, g.field()->element(Rational(node.signs[k])));
        w.push_back(wk);
    }
    FieldPolynomial result(g.field(), d);
    for (const auto& [exponents, a] : g.terms()) {
        FieldPolynomial product(g.field(), d);
        product.add_term(ExpVec(d, 0), a);
        for (int k = 0; k < d; ++k)
            product = product * w[k].pow(static_cast<int>(exponents[k]));
        for (const auto& [e, b] : product.terms())
            result.add_term(e, b);
    }
    return result;
}

// g / v^N for the largest monomial v^N dividing g, and N.
std::pair<FieldPolynomial, ExpVec> without_monomial(const FieldPolynomial& g) {
    const int d = g.num_vars();
    ExpVec smallest;
    for (const auto& [exponents, a] : g.terms()) {
        if (smallest.empty())
            smallest = exponents;
        for (int j = 0; j < d; ++j)
            smallest[j] = std::min(smallest[j], exponents[j]);
    }
    FieldPolynomial quotient(g.field(), d);
    for (const auto& [exponents, a] : g.terms()) {
        ExpVec e = exponents;
        for (int j = 0; j < d; ++j)
            e[j] -= smallest[j];
        quotient.add_term(e, a);
    }
    return {quotient, smallest};
}

// A node over a number field whose parent is one too: the parent's factors pulled back by the
// chart, freed of their monomials, seen in the point's field and translated to v_l = root
// (v_l = 1 - u when root = 1) must give the node's factors (those that vanish there, up to a
// positive rational scale), its monomial, η and ranges.
std::vector<std::string> check_field_node(const std::vector<ResolutionNode>& tree,
                                          std::size_t index) {
    const ResolutionNode& node = tree[index];
    const ResolutionNode& parent = tree[node.parent];
    const FieldProblem& child = *node.field_problem;
    const FieldProblem& from = *parent.field_problem;
    const int d = static_cast<int>(from.monomial.size());
    const int l = node.field_coordinate;
    const std::string where = "node " + std::to_string(index) + ": ";
    std::vector<std::string> problems;
    if (!node.field_point || l < 0 || l >= d || static_cast<int>(node.rays.size()) != d ||
        static_cast<int>(node.signs.size()) != d) {
        problems.push_back(where + "the map from the parent is missing");
        return problems;
    }
    const ExtensionRoot& point = *node.field_point;
    const std::int64_t det = determinant_of_columns(node.rays);
    if (det == 0 || (d == 2 && std::abs(det) != 1))
        problems.push_back(where + "the chart is singular, or not unimodular in two variables");
    const FieldElement one = point.field->element(Rational(1));
    const bool reflected = point.root == one;
    if (point.root.sign() <= 0 || (d > 2 && (point.root - one).sign() > 0))
        problems.push_back(where + "the bad point is not on the chart's part of the stratum");

    ExpVec monomial(d, 0);
    for (int j = 0; j < d; ++j) {
        for (int k = 0; k < d; ++k)
            monomial[j] += node.rays[j][k] * from.monomial[k];
    }
    std::vector<int> flip(d, 1);
    flip[l] = reflected ? -1 : 1;
    std::size_t next = 0;
    for (const auto& [g, e] : from.factors) {
        auto [strict, lowest] = without_monomial(substitute_monomial_map(g, node));
        for (int j = 0; j < d; ++j)
            monomial[j] += e * lowest[j];
        const FieldPolynomial there =
            strict.field() == point.field ? strict : strict.embedded(point.c);
        const FieldPolynomial local = there.translated(l, point.root).with_signs(flip);
        if (!local.constant_term().is_zero())
            continue;
        const bool same = next < child.factors.size() && child.factors[next].second == e &&
                          child.factors[next].first == local.primitive_part();
        if (!same) {
            problems.push_back(where + "factor " + std::to_string(next + 1) +
                               " is not the parent's pulled back and translated");
        }
        ++next;
    }
    if (next != child.factors.size())
        problems.push_back(where + "the node has factors the parent does not give");
    monomial[l] = 0;
    if (child.monomial != monomial)
        problems.push_back(where + "the exceptional monomial is wrong");

    std::vector<Rational> eta(d, Rational(0));
    std::string domain(d, '+');
    for (int j = 0; j < d; ++j) {
        if (j == l)
            continue;
        eta[j] = Rational(-1);
        for (int k = 0; k < d; ++k)
            eta[j] += Rational(node.rays[j][k]) * (parent.eta[k] + Rational(1));
    }
    domain[l] = reflected ? '+' : '*';
    if (node.eta != eta || node.domain != domain)
        problems.push_back(where + "η or the coordinate ranges are wrong");
    return problems;
}

// The first node over a number field: its factors vanish at the point (it is a bad point).
std::vector<std::string> check_field_root(const std::vector<ResolutionNode>& tree,
                                          std::size_t index) {
    std::vector<std::string> problems;
    for (const auto& [g, e] : tree[index].field_problem->factors) {
        if (!g.constant_term().is_zero()) {
            problems.push_back("node " + std::to_string(index) +
                               ": a factor does not vanish at the point");
        }
    }
    return problems;
}

}  // namespace

std::vector<std::string> check_resolution_tree(const std::vector<ResolutionNode>& tree) {
    std::vector<std::string> problems;
    for (std::size_t i = 0; i < tree.size(); ++i) {
        // The root has no map. A node over a number field is re-derived over its field; the
        // q-adic node before it is checked by its own data (minimal polynomial, digits).
        if (tree[i].parent < 0)
            continue;
        if (tree[i].field_problem) {
            const bool under_field = tree[tree[i].parent].field_problem != nullptr;
            auto found = under_field ? check_field_node(tree, i) : check_field_root(tree, i);
            problems.insert(problems.end(), found.begin(), found.end());
            continue;
        }
        if (tree[i].algebraic)
            continue;
        auto found = tree[i].eliminated >= 0 ? check_elimination(tree, i) : check_node(tree, i);
        problems.insert(problems.end(), found.begin(), found.end());
    }
    return problems;
}

}  // namespace slt
