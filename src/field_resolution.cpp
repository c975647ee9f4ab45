#include "detail/field_resolution.hpp"

#include "slt/deadline.hpp"
#include "slt/error.hpp"
#include "slt/factorization.hpp"
#include "slt/field_roots.hpp"
#include "slt/newton_polyhedron.hpp"
#include "slt/tau_distance.hpp"
#include "slt/toric_charts.hpp"
#include "slt/unimodular_fan.hpp"

#include <algorithm>
#include <cassert>
#include <memory>
#include <optional>
#include <set>

namespace slt::detail {

namespace {

// The exponents of v in w^e after w = v^A: (<a_j, e>)_j.
ExpVec chart_exponents(const Rays& rays, const ExpVec& e) {
    ExpVec image;
    for (const auto& ray : rays) {
        std::int64_t value = 0;
        for (std::size_t i = 0; i < e.size(); ++i)
            value += ray[i] * e[i];
        image.push_back(value);
    }
    return image;
}

// g(v^A) = v^N · g̃(v) with g̃ divisible by no v_j: the strict transform g̃ and N.
std::pair<FieldPolynomial, ExpVec> strict_transform(const FieldPolynomial& g, const Rays& rays) {
    std::vector<std::pair<ExpVec, FieldElement>> terms;
    ExpVec lowest;
    for (const auto& [exponents, a] : g.terms()) {
        terms.push_back({chart_exponents(rays, exponents), a});
        if (lowest.empty())
            lowest = terms.back().first;
        for (std::size_t j = 0; j < lowest.size(); ++j)
            lowest[j] = std::min(lowest[j], terms.back().first[j]);
    }
    FieldPolynomial transform(g.field(), static_cast<int>(rays.size()));
    for (auto& [exponents, a] : terms) {
        for (std::size_t j = 0; j < exponents.size(); ++j)
            exponents[j] -= lowest[j];
        transform.add_term(exponents, a);
    }
    return {transform, lowest};
}

// The restriction of g to the line {v_j = 0, j != l}, as a polynomial in v_l.
FieldUnivariate on_line(const FieldPolynomial& g, int l) {
    FieldUnivariate p;
    for (const auto& [exponents, a] : g.terms()) {
        bool on = true;
        for (int j = 0; j < g.num_vars(); ++j)
            on = on && (j == l || exponents[j] == 0);
        if (!on)
            continue;
        const auto power = static_cast<std::size_t>(exponents[l]);
        if (p.size() <= power)
            p.resize(power + 1, g.field()->element(Rational(0)));
        p[power] = a;
    }
    return p;
}

// The support of K = w^M · Π g_k^{e_k}: M plus the Minkowski sum of the supports, whose hull is
// the Newton polyhedron of the product (Ostrowski).
std::vector<ExpVec> product_support(const FieldProblem& problem) {
    std::set<ExpVec> support{problem.monomial};
    for (const auto& [g, e] : problem.factors) {
        for (int k = 0; k < e; ++k) {
            std::set<ExpVec> sum;
            for (const auto& p : support) {
                poll_deadline();
                for (const auto& [exponents, a] : g.terms()) {
                    ExpVec q = p;
                    for (std::size_t i = 0; i < q.size(); ++i)
                        q[i] += exponents[i];
                    sum.insert(q);
                }
            }
            support = std::move(sum);
            if (support.size() > kMaxTerms)
                throw LimitExceeded("the Newton polygon over Q(c) has too many points");
        }
    }
    return {support.begin(), support.end()};
}

Rational dot(const std::vector<std::int64_t>& ray, const std::vector<Rational>& tau) {
    Rational value(0);
    for (std::size_t i = 0; i < ray.size(); ++i)
        value += Rational(ray[i]) * tau[i];
    return value;
}

bool same_problem(const FieldProblem& a, const FieldProblem& b) {
    return a.monomial == b.monomial && a.prior_exponents == b.prior_exponents &&
           a.orthant == b.orthant && a.factors == b.factors;
}

// The pair of the normal-crossing monomial v^κ with prior exponents η: (min ρ_j, #ties),
// ρ_j = (η_j + 1)/κ_j over κ_j > 0.
Pair monomial_pair(const ExpVec& kappa, const std::vector<Rational>& eta) {
    Pair pair;
    for (std::size_t j = 0; j < kappa.size(); ++j) {
        if (kappa[j] == 0)
            continue;
        const Rational rho = (eta[j] + Rational(1)) / Rational(kappa[j]);
        if (pair.infinite || rho < pair.lambda) {
            pair = Pair{false, rho, 1};
        } else if (rho == pair.lambda) {
            ++pair.multiplicity;
        }
    }
    return pair;
}

// Factors with more terms are summarised in the tree: their full text can be megabytes, and
// writing it costs more than the resolution.
constexpr std::size_t kMaxTermsShown = 40;

std::string factor_text(const FieldPolynomial& g, const std::vector<std::string>& vars) {
    if (g.terms().size() <= kMaxTermsShown)
        return g.to_string(vars);
    std::int64_t degree = 0;
    for (const auto& [exponents, a] : g.terms())
        degree = std::max(degree, exponents[0] + exponents[1]);
    return "a polynomial of degree " + std::to_string(degree) + " with " +
           std::to_string(g.terms().size()) + " terms";
}

std::string problem_text(const FieldProblem& problem) {
    const auto vars = chart_vars(static_cast<int>(problem.monomial.size()));
    std::string text;
    for (std::size_t j = 0; j < vars.size(); ++j) {
        if (problem.monomial[j] == 0)
            continue;
        text += (text.empty() ? "" : "*") + vars[j];
        if (problem.monomial[j] > 1)
            text += "^" + std::to_string(problem.monomial[j]);
    }
    for (const auto& [g, e] : problem.factors) {
        text += (text.empty() ? "(" : "*(") + factor_text(g, vars) + ")";
        if (e > 1)
            text += "^" + std::to_string(e);
    }
    return text.empty() ? "1" : text;
}

class FieldResolver {
  public:
    explicit FieldResolver(ResolutionContext& context) : context_(context) {}

    Pair solve(const FieldProblem& problem, int parent, int depth, const std::string& origin,
               const Rays& rays = {}, const std::vector<int>& signs = {},
               std::shared_ptr<const ExtensionRoot> point = nullptr, int coordinate = -1) {
        check_time();
        const int index = add_node(problem, parent, depth, origin, rays, signs);
        context_.tree[index].field_point = std::move(point);
        context_.tree[index].field_coordinate = coordinate;
        bool exact = true;
        Pair value;
        if (auto limit = size_limit(depth, static_cast<int>(problem.monomial.size()))) {
            value = unresolved(problem, index, *limit + " was reached", exact);
        } else if (repeated_ancestor(problem)) {
            value =
                unresolved(problem, index, "a cycle: the same local problem as an ancestor", exact);
        } else {
            path_.push_back(problem);
            try {
                value = solve_node(problem, index, depth, exact);
            } catch (const LimitExceeded& e) {
                check_time();
                value = unresolved(problem, index, e.what(), exact);
            }
            path_.pop_back();
        }

        ResolutionNode& node = context_.tree[index];
        node.infinite = value.infinite;
        node.lambda = value.lambda;
        node.multiplicity = value.multiplicity;
        node.exact = exact;
        return value;
    }

  private:
    void check_time() const {
        if (std::chrono::steady_clock::now() > context_.deadline)
            throw LimitExceeded("the time limit was reached");
    }

    std::optional<std::string> size_limit(int depth, int d) const {
        const auto& options = context_.options;
        const int limit =
            d == 2 ? options.max_plane_resolution_depth : options.max_resolution_depth;
        if (depth > limit)
            return "the depth limit " + std::to_string(limit);
        if (context_.tree.size() > options.max_resolution_nodes)
            return "the limit of " + std::to_string(options.max_resolution_nodes) + " nodes";
        return std::nullopt;
    }

    bool repeated_ancestor(const FieldProblem& problem) const {
        return std::any_of(path_.begin(), path_.end(),
                           [&](const FieldProblem& a) { return same_problem(a, problem); });
    }

    int add_node(const FieldProblem& problem, int parent, int depth, const std::string& origin,
                 const Rays& rays, const std::vector<int>& signs) {
        ResolutionNode node;
        node.parent = parent;
        node.depth = depth;
        node.origin = origin;
        node.rays = rays;
        node.signs = signs;
        node.algebraic = true;
        node.polynomial = "over Q(c): " + problem_text(problem);
        node.field_problem = std::make_shared<const FieldProblem>(problem);
        node.eta = problem.prior_exponents;
        for (auto range : problem.orthant)
            node.domain += to_symbol(range);
        context_.tree.push_back(node);
        return static_cast<int>(context_.tree.size()) - 1;
    }

    // A node left unresolved keeps its Newton value, an upper bound (Lin 2017 Thm 1.3).
    Pair unresolved(const FieldProblem& problem, int index, const std::string& why, bool& exact) {
        exact = false;
        note_gap(context_.outcome, "node " + std::to_string(index) + ": " + why);
        context_.tree[index].how = "not resolved (" + why + "): Newton value, an upper bound";
        if (problem.factors.empty())
            return monomial_pair(problem.monomial, problem.prior_exponents);
        const auto support = product_support(problem);
        const auto polyhedron =
            NewtonPolyhedron::from_support(support, static_cast<int>(problem.monomial.size()));
        const auto distance = tau_distance(polyhedron, tau_of(problem));
        return Pair{false, Rational(1) / distance.distance, distance.multiplicity};
    }

    static std::vector<Rational> tau_of(const FieldProblem& problem) {
        std::vector<Rational> tau;
        for (const auto& h : problem.prior_exponents)
            tau.push_back(h + Rational(1));
        return tau;
    }

    Pair solve_node(const FieldProblem& problem, int index, int depth, bool& exact) {
        ResolutionNode& node = context_.tree[index];
        if (problem.factors.empty()) {
            const Pair leaf = monomial_pair(problem.monomial, problem.prior_exponents);
            node.how = leaf.infinite ? "K does not vanish here" : "normal crossing: a monomial";
            if (!leaf.infinite)
                node.poles = shifted({{leaf.lambda, leaf.multiplicity}});
            return leaf;
        }
        if (auto leaf = smooth_branch_leaf(problem)) {
            node.how =
                "smooth branch: K = v^M·g^e·unit with dg/dv_l(0) != 0 along a free v_l: "
                "normal crossing in (v, g)";
            node.poles = shifted({{leaf->lambda, leaf->multiplicity}});
            return *leaf;
        }

        const int d = static_cast<int>(problem.monomial.size());
        const auto polyhedron = NewtonPolyhedron::from_support(product_support(problem), d);
        const auto tau = tau_of(problem);
        Pair best;
        for (const auto& signs : sign_classes(problem.orthant)) {
            if (d == 2) {
                for (const auto& rays : unimodular_charts(polyhedron)) {
                    best = smaller(
                        best, chart_and_points(problem, rays, tau, signs, index, depth, exact));
                }
                continue;
            }
            if (!higher_faces_one_signed(problem, polyhedron, signs)) {
                // TODO(#3): bad sets on strata of dimension >= 2 over a number field.
                exact = false;
                note_gap(context_.outcome,
                         "node " + std::to_string(index) + ", orthant " + signs_text(signs) +
                             ": a face of dimension >= 2 over Q(c) whose terms have both signs "
                             "(bad sets on strata of dimension >= 2 are resolved over Q only)");
                best = smaller(best, newton_pair(polyhedron, tau));
                continue;
            }
            for (const auto& cone :
                 simplicial_normal_cones(polyhedron, context_.options.max_charts)) {
                best = smaller(best, simplicial_chart_and_points(problem, polyhedron, cone, tau,
                                                                 signs, index, depth, exact));
            }
        }
        context_.tree[index].how = d == 2 ? "unimodular charts and translations over Q(c)"
                                          : "charts and translations over Q(c)";
        return best;
    }

    static Pair newton_pair(const NewtonPolyhedron& polyhedron, const std::vector<Rational>& tau) {
        const auto distance = tau_distance(polyhedron, tau);
        return Pair{false, Rational(1) / distance.distance, distance.multiplicity};
    }

    // Every compact face of dimension >= 2 has terms of one sign in K(s ⊙ v), so K has no zero
    // on the torus of its strata (ALGORITHMS.md §2.5 step 1): the bad points are on edges only.
    static bool higher_faces_one_signed(const FieldProblem& problem,
                                        const NewtonPolyhedron& polyhedron,
                                        const std::vector<int>& signs) {
        const int d = static_cast<int>(problem.monomial.size());
        FieldPolynomial k(problem.factors.front().first.field(), d);
        k.add_term(problem.monomial, k.field()->element(Rational(1)));
        for (const auto& [g, e] : problem.factors)
            k = k * g.with_signs(signs).pow(e);
        for (const auto& face : polyhedron.faces()) {
            if (!face.compact || face.dimension < 2)
                continue;
            int sign = 0;
            for (const auto& [exponents, a] : k.terms()) {
                const bool on_face =
                    std::all_of(face.facet_ids.begin(), face.facet_ids.end(),
                                [&](int f) { return polyhedron.slack(f, exponents) == 0; });
                if (!on_face)
                    continue;
                const int term_sign = a.sign();
                if (sign != 0 && term_sign != sign)
                    return false;
                sign = term_sign;
            }
        }
        return true;
    }

    // K = v^M · g^e · unit with g(0) = 0 and ∂g/∂v_l(0) != 0 along a free v_l with M_l = 0
    // and η_l = 0: normal crossing in the coordinates (v_{j != l}, g) (Watanabe 2009 Thm 6.1).
    static std::optional<Pair> smooth_branch_leaf(const FieldProblem& problem) {
        if (problem.factors.size() != 1)
            return std::nullopt;
        const auto& [g, e] = problem.factors.front();
        const int d = static_cast<int>(problem.monomial.size());
        for (int l = 0; l < d; ++l) {
            ExpVec unit(d, 0);
            unit[l] = 1;
            const bool usable = problem.orthant[l] == CoordinateRange::free &&
                                problem.monomial[l] == 0 && problem.prior_exponents[l].is_zero() &&
                                !g.coefficient(unit).is_zero();
            if (!usable)
                continue;
            // K = Σ f_i² cannot change sign, so an odd e comes from a K given as a function.
            if (e % 2 != 0)
                throw_sign_change(e);
            ExpVec kappa = problem.monomial;
            kappa[l] = e;
            return monomial_pair(kappa, problem.prior_exponents);
        }
        return std::nullopt;
    }

    // The sign vectors of the orthants: -1 or +1 on each free coordinate.
    static std::vector<std::vector<int>> sign_classes(const std::vector<CoordinateRange>& orthant) {
        std::vector<std::vector<int>> classes{std::vector<int>(orthant.size(), 1)};
        for (std::size_t j = 0; j < orthant.size(); ++j) {
            if (orthant[j] != CoordinateRange::free)
                continue;
            const std::size_t count = classes.size();
            for (std::size_t k = 0; k < count; ++k) {
                classes.push_back(classes[k]);
                classes.back()[j] = -1;
            }
        }
        return classes;
    }

    std::vector<std::pair<Rational, int>> shifted(
        std::vector<std::pair<Rational, int>> poles) const {
        for (auto& pole : poles)
            pole.first += context_.pole_shift;
        return poles;
    }

    // The chart w = s ⊙ v^A of a unimodular cone (a_1, a_2), a normal-crossing leaf away from the
    // zeros of the strict transform on its exceptional divisor {v_1 = 0} (when a_1 > 0); each
    // zero v_2 = ω > 0 is translated to and solved. The divisor's other points are the
    // neighbouring chart's origin, and every divisor is the first ray of exactly one chart.
    // K(s ⊙ v^A) = v^κ · Π g̃_k^{e_k}, and the chart's prior-times-Jacobian exponents η.
    struct ChartImage {
        ExpVec kappa;
        std::vector<std::pair<FieldPolynomial, int>> transforms;
        std::vector<Rational> eta;
    };

    static ChartImage chart_image(const FieldProblem& problem, const Rays& rays,
                                  const std::vector<Rational>& tau, const std::vector<int>& signs) {
        ChartImage image;
        image.kappa = chart_exponents(rays, problem.monomial);
        for (const auto& [g, e] : problem.factors) {
            auto [transform, lowest] = strict_transform(g.with_signs(signs), rays);
            for (std::size_t j = 0; j < lowest.size(); ++j)
                image.kappa[j] += e * lowest[j];
            image.transforms.push_back({transform.primitive_part(), e});
        }
        for (const auto& ray : rays)
            image.eta.push_back(dot(ray, tau) - Rational(1));
        return image;
    }

    // The chart's own normal-crossing pair, recorded as a candidate pole.
    Pair chart_leaf(const ChartImage& image, int index) {
        const Pair pair = monomial_pair(image.kappa, image.eta);
        if (!pair.infinite)
            context_.tree[index].poles.push_back(shifted({{pair.lambda, pair.multiplicity}})[0]);
        return pair;
    }

    // Each zero on the stratum of v_l, translated to and solved.
    Pair translate_to_zeros(const ChartImage& image, int l, bool up_to_one, const Rays& rays,
                            const std::vector<int>& signs, const std::string& stratum, int index,
                            int depth, bool& exact) {
        if (!context_.outcome.exact) {
            ++context_.outcome.unexplored;
            return Pair{};
        }
        Pair best;
        for (const auto& point :
             stratum_zeros(image.transforms, l, up_to_one, index, stratum, exact)) {
            const FieldProblem child = translated_child(image, point, l);
            // The orthant, when not the positive one, tells apart points with the same value.
            const std::string orthant = signs_text(signs);
            std::string at =
                (orthant.find('-') == std::string::npos ? "" : "orthant " + orthant + ", ") +
                stratum + ", v" + std::to_string(l + 1) + " = " + point.root.to_string();
            if (point.field != image.transforms.front().first.field())
                at += " in Q(c') with c = " + point.c.to_string() + ", " + point.field->to_string();
            best = smaller(best, solve(child, index, depth + 1, at, rays, signs,
                                       std::make_shared<const ExtensionRoot>(point), l));
        }
        return best;
    }

    Pair chart_and_points(const FieldProblem& problem, const Rays& rays,
                          const std::vector<Rational>& tau, const std::vector<int>& signs,
                          int index, int depth, bool& exact) {
        const ChartImage image = chart_image(problem, rays, tau, signs);
        Pair best = chart_leaf(image, index);
        const bool exceptional = rays[0][0] > 0 && rays[0][1] > 0;
        if (!exceptional)
            return best;
        const std::string divisor = "chart " + rays_text(rays) + ", divisor v1 = 0";
        return smaller(
            best, translate_to_zeros(image, 1, false, rays, signs, divisor, index, depth, exact));
    }

    // In three or more variables, the simplicial chart of `cone` on v ∈ (0,1]^d, as over Q
    // (resolution.cpp): a leaf away from the zeros on the one-dimensional strata of compact
    // edges, which are the roots in (0, 1] of a polynomial in one coordinate (a root at 1 is on
    // the boundary shared with the next chart and seen as a half-line from each).
    Pair simplicial_chart_and_points(const FieldProblem& problem,
                                     const NewtonPolyhedron& polyhedron,
                                     const std::vector<int>& cone, const std::vector<Rational>& tau,
                                     const std::vector<int>& signs, int index, int depth,
                                     bool& exact) {
        Rays rays;
        for (int facet : cone)
            rays.push_back(polyhedron.facets()[facet].normal);
        const ChartImage image = chart_image(problem, rays, tau, signs);
        Pair best = chart_leaf(image, index);
        for (const auto& face : polyhedron.faces()) {
            if (!face.compact || face.dimension != 1)
                continue;
            for (int l = 0; l < static_cast<int>(cone.size()); ++l) {
                if (!stratum_of_edge(face, cone, l))
                    continue;
                const std::string stratum =
                    "chart " + rays_text(rays) + ", stratum of v" + std::to_string(l + 1);
                best = smaller(best, translate_to_zeros(image, l, true, rays, signs, stratum, index,
                                                        depth, exact));
            }
        }
        return best;
    }

    // The distinct positive zeros (at most 1 with `up_to_one`) of the strict transform on the
    // stratum {v_j = 0, j != l}, each in a field that contains it and c (an extension of Q(c)
    // when it lies outside).
    std::vector<ExtensionRoot> stratum_zeros(
        const std::vector<std::pair<FieldPolynomial, int>>& transforms, int l, bool up_to_one,
        int index, const std::string& stratum, bool& exact) {
        const auto& field = transforms.front().first.field();
        FieldUnivariate p{field->element(Rational(1))};
        for (const auto& [g, e] : transforms)
            p = multiply(p, on_line(g, l));
        if (p.size() <= 1)
            return {};

        check_time();
        FieldRoots roots = positive_field_roots(p);
        if (!roots.complete()) {
            exact = false;
            note_gap(context_.outcome, "node " + std::to_string(index) + ", " + stratum +
                                           ": a bad point that the norms over Q did not find");
        }
        std::vector<ExtensionRoot> points;
        for (const auto& root : roots.roots)
            points.push_back({field, field->generator(), root});
        for (auto& point : roots.extended)
            points.push_back(std::move(point));
        if (up_to_one) {
            points.erase(std::remove_if(points.begin(), points.end(),
                                        [](const ExtensionRoot& point) {
                                            const auto one = point.field->element(Rational(1));
                                            return (point.root - one).sign() > 0;
                                        }),
                         points.end());
        }
        return points;
    }

    // The local problem at v_l = ω on the stratum {v_j = 0, j != l} (§4.2): v_l = ω + u, a
    // full line, or 1 - u with u >= 0 when ω = 1 (a chart's boundary); η_l = 0 there and
    // v_l^{κ_l} is a unit; over the field of ω.
    static FieldProblem translated_child(const ChartImage& image, const ExtensionRoot& point,
                                         int l) {
        const int d = static_cast<int>(image.kappa.size());
        const bool reflected = point.root == point.field->element(Rational(1));
        std::vector<int> flip(d, 1);
        flip[l] = reflected ? -1 : 1;

        FieldProblem child;
        child.monomial = image.kappa;
        child.monomial[l] = 0;
        child.prior_exponents = image.eta;
        child.prior_exponents[l] = Rational(0);
        child.orthant.assign(d, CoordinateRange::positive);
        child.orthant[l] = reflected ? CoordinateRange::positive : CoordinateRange::free;
        for (const auto& [g, e] : image.transforms) {
            const FieldPolynomial there = g.field() == point.field ? g : g.embedded(point.c);
            FieldPolynomial local =
                there.translated(l, point.root).with_signs(flip).primitive_part();
            if (local.constant_term().is_zero())
                child.factors.push_back({local, e});
        }
        return child;
    }

    static std::string rays_text(const Rays& rays) {
        std::string text = "[";
        for (std::size_t j = 0; j < rays.size(); ++j) {
            text += j ? " (" : "(";
            for (std::size_t i = 0; i < rays[j].size(); ++i)
                text += (i ? "," : "") + std::to_string(rays[j][i]);
            text += ")";
        }
        return text + "]";
    }

    ResolutionContext& context_;
    std::vector<FieldProblem> path_;  // the ancestors of the node being solved
};

}  // namespace

Pair resolve_over_field(const FieldProblem& problem, int parent, int depth,
                        const std::string& origin, ResolutionContext& context) {
    const ScopedDeadline deadline(context.deadline);
    FieldResolver resolver(context);
    return resolver.solve(problem, parent, depth, origin);
}

}  // namespace slt::detail

namespace slt {

ResolutionOutcome resolve_plane_by_unimodular_charts(const Problem& problem,
                                                     const RlctOptions& options,
                                                     std::vector<ResolutionNode>& tree) {
    assert(problem.vars.size() == 2);
    // The orthant w_j <= 0 is w_j >= 0 after w_j -> -w_j.
    std::vector<int> flip(2, 1);
    detail::FieldProblem start;
    start.monomial.assign(2, 0);
    start.prior_exponents = problem.prior_exponents;
    for (int j = 0; j < 2; ++j) {
        const auto range = problem.orthant[j];
        flip[j] = range == CoordinateRange::negative ? -1 : 1;
        start.orthant.push_back(range == CoordinateRange::free ? CoordinateRange::free
                                                               : CoordinateRange::positive);
    }
    Polynomial k(2);
    for (const auto& f : problem.generators)
        k = problem.form == Form::ideal ? k + f * f : f;
    k = k.with_signs(flip);

    // Q as the field of the root of t.
    const auto field = NumberField::make(RealAlgebraic::from_root(
        {Rational(0), Rational(1)}, RootInterval{Rational(0), Rational(0), false}));
    ResolutionOutcome outcome;
    if (!k.constant_term().is_zero()) {
        outcome.infinite = true;
        return outcome;
    }
    for (const auto& [g, e] : factor(k).factors) {
        if (g.is_monomial()) {
            for (int j = 0; j < 2; ++j)
                start.monomial[j] += e * g.terms().front().exponents[j];
        } else if (g.constant_term().is_zero()) {
            start.factors.push_back({FieldPolynomial::from_rational(field, g).primitive_part(), e});
        }
    }

    auto deadline = std::chrono::steady_clock::time_point::max();
    if (options.time_limit_seconds > 0) {
        deadline = std::chrono::steady_clock::now() +
                   std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                       std::chrono::duration<double>(options.time_limit_seconds));
    }
    detail::ResolutionContext context{options, tree, deadline, outcome, Rational(0)};
    const detail::Pair pair = detail::resolve_over_field(start, -1, 0, "the point", context);
    outcome.infinite = pair.infinite;
    outcome.lambda = pair.lambda;
    outcome.multiplicity = pair.multiplicity;
    return outcome;
}

}  // namespace slt
