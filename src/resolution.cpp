#include "slt/resolution.hpp"

#include "detail/field_resolution.hpp"
#include "detail/local_pair.hpp"

#include "slt/deadline.hpp"
#include "slt/error.hpp"
#include "slt/factorization.hpp"
#include "slt/field_polynomial.hpp"
#include "slt/linear_elimination.hpp"
#include "slt/newton_polyhedron.hpp"
#include "slt/nondegeneracy.hpp"
#include "slt/plane_bad_set.hpp"
#include "slt/real_algebraic.hpp"
#include "slt/real_roots.hpp"
#include "slt/tau_distance.hpp"
#include "slt/toric_charts.hpp"

#include <algorithm>
#include <chrono>
#include <map>

namespace slt {

namespace {

using Clock = std::chrono::steady_clock;
using detail::chart_vars;
using detail::note_gap;
using detail::Pair;
using detail::signs_text;
using detail::smaller;
using detail::throw_sign_change;

// An unresolved node's Newton value by linear programming only up to this many variables.
constexpr int kMaxVariablesForBoundingLp = 16;

// The smooth-branch test factors the node's polynomial; only for small ones.
// Exact division by a non-monic minimal polynomial grows its numbers with the degree; above
// this degree in the translated coordinate an irrational point is left as a named limit.
constexpr std::size_t kMaxDegreeAtAlgebraicPoints = 2000;

// Factoring in two variables is cheap, and there the smooth-branch leaf is what ends a chain of
// translations along a branch (a squared branch never becomes normal crossing otherwise).
constexpr int kMaxVariablesForFactoring = 8;
constexpr std::size_t kMaxTermsForFactoring = 400;
constexpr std::size_t kMaxTermsForFactoringInTwo = 20000;

std::size_t factoring_limit(int d) {
    return d == 2 ? kMaxTermsForFactoringInTwo : kMaxTermsForFactoring;
}

std::string rays_text(const NewtonPolyhedron& polyhedron, const std::vector<int>& cone) {
    std::string text = "[";
    for (std::size_t j = 0; j < cone.size(); ++j) {
        const auto& normal = polyhedron.facets()[cone[j]].normal;
        text += j ? " (" : "(";
        for (std::size_t i = 0; i < normal.size(); ++i) {
            text += (i ? "," : "") + std::to_string(normal[i]);
        }
        text += ")";
    }
    return text + "]";
}

// The map from a parent's coordinates to a child's (ResolutionNode): chart and translation,
// or elimination.
struct ChildMap {
    std::vector<std::vector<std::int64_t>> rays;
    std::vector<int> signs;
    std::vector<Rational> offset;
    int eliminated = -1;
    int eliminated_by = -1;
};

class Resolver {
  public:
    Resolver(const RlctOptions& options, std::vector<ResolutionNode>& tree)
        : options_(options), tree_(tree) {
        if (options.time_limit_seconds > 0) {
            deadline_ =
                Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                   std::chrono::duration<double>(options.time_limit_seconds));
        }
    }

    ResolutionOutcome run(const Problem& root) {
        const ScopedDeadline scoped(deadline_);
        ResolutionOutcome outcome;
        Pair value = solve(root, -1, 0, "the point", outcome);
        outcome.infinite = value.infinite;
        outcome.lambda = value.lambda;
        outcome.multiplicity = value.multiplicity;
        return outcome;
    }

  private:
    // Everything about one orthant of one node that the charts need.
    struct Orthant {
        std::vector<int> signs;
        std::vector<Polynomial> generators;         // with the signs applied
        std::vector<const NewtonFace*> bad_edges;   // degenerate edges
        std::vector<const NewtonFace*> bad_planes;  // degenerate or undecided 2-faces
        bool settled = true;                        // no degenerate face at all
        bool resolvable = true;                     // every bad face is a decided edge or a 2-face
    };

    // The time limit stops the whole resolution; the depth and node limits only stop the
    // branch that reaches them (ALGORITHMS.md §4.6).
    void check_time() const {
        if (Clock::now() > deadline_)
            throw LimitExceeded("the time limit was reached");
    }

    std::optional<std::string> size_limit(int depth, int d) const {
        const int limit =
            d == 2 ? options_.max_plane_resolution_depth : options_.max_resolution_depth;
        if (depth > limit)
            return "the depth limit " + std::to_string(limit);
        if (tree_.size() > options_.max_resolution_nodes)
            return "the limit of " + std::to_string(options_.max_resolution_nodes) + " nodes";
        return std::nullopt;
    }

    int add_node(const Problem& problem, int parent, int depth, const std::string& origin,
                 const ChildMap& map = {}) {
        ResolutionNode node;
        node.rays = map.rays;
        node.signs = map.signs;
        node.offset = map.offset;
        node.eliminated = map.eliminated;
        node.eliminated_by = map.eliminated_by;
        node.parent = parent;
        node.depth = depth;
        node.origin = origin;
        for (const auto& f : problem.generators) {
            node.polynomial += (node.polynomial.empty() ? "" : ", ") + f.to_string(problem.vars);
        }
        node.eta = problem.prior_exponents;
        node.generators = problem.generators;
        for (auto range : problem.orthant)
            node.domain += to_symbol(range);
        tree_.push_back(node);
        return static_cast<int>(tree_.size()) - 1;
    }

    Pair solve(const Problem& problem, int parent, int depth, const std::string& origin,
               ResolutionOutcome& outcome, const ChildMap& map = {}) {
        check_time();
        const int index = add_node(problem, parent, depth, origin, map);
        bool exact = true;
        Pair value;
        if (auto limit = size_limit(depth, static_cast<int>(problem.vars.size()))) {
            value = unresolved(problem, index, *limit + " was reached", exact, outcome);
        } else if (auto ancestor = repeated_ancestor(index)) {
            value =
                unresolved(problem, index,
                           "a cycle: the same local problem as node " + std::to_string(*ancestor),
                           exact, outcome);
        } else {
            try {
                value = solve_node(problem, index, depth, exact, outcome);
            } catch (const LimitExceeded& e) {
                check_time();
                value = unresolved(problem, index, e.what(), exact, outcome);
            }
        }

        ResolutionNode& node = tree_[index];
        node.infinite = value.infinite;
        node.lambda = value.lambda;
        node.multiplicity = value.multiplicity;
        node.exact = exact;
        if (!exact)
            outcome.exact = false;
        return value;
    }

    // The ancestor with the same generators, η and coordinate ranges, if any: translating
    // again would repeat the same steps forever (ALGORITHMS.md §4.6).
    std::optional<int> repeated_ancestor(int index) const {
        const ResolutionNode& node = tree_[index];
        for (int a = node.parent; a >= 0; a = tree_[a].parent) {
            const ResolutionNode& ancestor = tree_[a];
            if (!ancestor.algebraic && ancestor.eta == node.eta && ancestor.domain == node.domain &&
                ancestor.generators == node.generators) {
                return a;
            }
        }
        return std::nullopt;
    }

    // The node's value from the ideal with one coordinate eliminated (linear_elimination.hpp):
    // λ = 1/2 + λ(rest), m = m(rest). The rest's candidate poles are shifted by the same 1/2.
    Pair eliminated(const Elimination& elimination, int index, int depth,
                    ResolutionOutcome& outcome) {
        tree_[index].how = "v" + std::to_string(elimination.coordinate + 1) +
                           " eliminated by generator " + std::to_string(elimination.generator + 1) +
                           " (linear in it with a unit coefficient): λ = 1/2 + λ(rest)";
        std::vector<Polynomial> rest;
        for (const auto& g : elimination.rest.generators) {
            if (!g.is_zero())
                rest.push_back(g);
        }
        if (rest.empty()) {
            tree_[index].poles = shifted({{Rational(1, 2), 1}});
            return Pair{false, Rational(1, 2), 1};
        }

        ChildMap map;
        map.eliminated = elimination.coordinate;
        map.eliminated_by = elimination.generator;
        pole_shift_ += Rational(1, 2);
        Pair value = solve(elimination.rest, index, depth + 1, "the rest", outcome, map);
        pole_shift_ -= Rational(1, 2);
        if (!value.infinite)
            value.lambda += Rational(1, 2);
        return value;
    }

    std::vector<std::pair<Rational, int>> shifted(
        std::vector<std::pair<Rational, int>> poles) const {
        for (auto& pole : poles)
            pole.first += pole_shift_;
        return poles;
    }

    // A node left unresolved: its Newton value, a valid upper bound for its point (Lin 2017
    // Thm 1.3), or no contribution when even that is out of reach. Leaving points out keeps
    // the minimum an upper bound in the pair order, never more.
    Pair unresolved(const Problem& problem, int index, const std::string& why, bool& exact,
                    ResolutionOutcome& outcome) {
        exact = false;
        note_gap(outcome, "node " + std::to_string(index) + ": " + why);
        tree_[index].how = "not resolved (" + why + "): Newton value, an upper bound";
        try {
            return newton_pair(problem);
        } catch (const LimitExceeded&) {
            tree_[index].how = "not resolved (" + why + ")";
            return Pair{};
        }
    }

    // τ = h + 1 of a node.
    static std::vector<Rational> tau_of(const Problem& problem) {
        std::vector<Rational> tau;
        for (const auto& h : problem.prior_exponents)
            tau.push_back(h + Rational(1));
        return tau;
    }

    // The Newton value (1/(scale·l_τ), θ) of a node (Lin 2017 Thm 1.3); θ = 1 when it was not
    // computed, still an upper bound in the pair order.
    static Pair newton_value(const TauDistance& distance, Form form, bool with_theta = true) {
        const int scale = form == Form::ideal ? 2 : 1;
        return Pair{false, Rational(1) / (Rational(scale) * distance.distance),
                    with_theta ? distance.multiplicity : 1};
    }

    Pair newton_pair(const Problem& problem) const {
        std::vector<ExpVec> support;
        for (const auto& f : problem.generators) {
            for (const auto& term : f.terms())
                support.push_back(term.exponents);
        }
        const int d = static_cast<int>(problem.vars.size());
        const auto tau = tau_of(problem);
        // Above the hull limit by linear programming, without θ: (λ_N, 1) is still an upper
        // bound in the pair order since θ >= 1. Far above it even that is too slow, and the
        // point is left out (which keeps the minimum an upper bound).
        const bool by_lp = d > options_.max_hull_variables;
        if (d > kMaxVariablesForBoundingLp)
            throw LimitExceeded(std::to_string(d) + " variables are too many for a bound");
        const auto distance = by_lp ? tau_distance_by_lp(support, tau, false)
                                    : tau_distance(NewtonPolyhedron::from_support(support, d), tau);
        return newton_value(distance, problem.form, !by_lp);
    }

    Pair solve_node(const Problem& problem, int index, int depth, bool& exact,
                    ResolutionOutcome& outcome) {
        std::vector<Polynomial> generators;
        std::vector<ExpVec> support;
        for (const auto& f : problem.generators) {
            if (f.is_zero())
                continue;
            if (!f.constant_term().is_zero()) {
                tree_[index].how = "K does not vanish here";
                return Pair{};
            }
            generators.push_back(f);
            for (const auto& term : f.terms())
                support.push_back(term.exponents);
        }

        const int d = static_cast<int>(problem.vars.size());
        const int scale = problem.form == Form::ideal ? 2 : 1;
        const auto tau = tau_of(problem);

        if (auto elimination = eliminate_linear_coordinate(problem))
            return eliminated(*elimination, index, depth, outcome);

        if (d > options_.max_hull_variables) {
            return unresolved(problem, index,
                              std::to_string(d) + " variables exceed max_hull_variables = " +
                                  std::to_string(options_.max_hull_variables),
                              exact, outcome);
        }

        if (auto leaf = smooth_branch_leaf(problem, generators, scale)) {
            tree_[index].how = leaf->second;
            tree_[index].poles = shifted({{leaf->first.lambda, leaf->first.multiplicity}});
            return leaf->first;
        }

        const auto polyhedron = NewtonPolyhedron::from_support(support, d);
        const auto distance = tau_distance(polyhedron, tau);
        const Pair newton = newton_value(distance, problem.form);
        const auto cones = simplicial_normal_cones(polyhedron, options_.max_charts);
        tree_[index].poles = shifted(chart_poles(polyhedron, cones, tau, scale));

        Pair best;
        std::string how;
        for (const auto& signs : sign_classes(generators, problem.orthant)) {
            Orthant orthant = classify(polyhedron, cones, generators, signs, problem.form);
            if (orthant.settled) {
                best = smaller(best, newton);
                continue;
            }
            if (!orthant.resolvable) {
                // TODO(#3): bad sets on strata of dimension >= 3 (blow-ups along
                // non-monomial centres).
                best = smaller(best, newton);
                exact = false;
                note_gap(
                    outcome,
                    "node " + std::to_string(index) + ", orthant " + signs_text(signs) +
                        ": a degenerate or undecided face of dimension >= 3, or an undecided edge "
                        "(bad sets on strata of dimension >= 3 are not resolved)");
                continue;
            }
            for (const auto& cone : cones) {
                best = smaller(best, chart_pair(polyhedron, cone, tau, scale));
                best = smaller(best, bad_points(problem, polyhedron, cone, tau, orthant, index,
                                                depth, exact, outcome));
                best = smaller(best, plane_points(problem, polyhedron, cone, tau, orthant, index,
                                                  depth, exact, outcome));
            }
            how = "charts and translations";
        }
        tree_[index].how = how.empty() ? "non-degenerate: Newton value" : how;
        return best;
    }

    // K = v^M · g^e · unit, g irreducible with g(0) = 0 and ∂g/∂v_l(0) != 0 for a coordinate
    // v_l that is a full line with M_l = 0 and η_l = 0: in the coordinates (v_{j != l}, g) the
    // problem is a monomial times a unit, a normal-crossing leaf (Watanabe 2009 Thm 6.1; the
    // smooth strict transform of ALGORITHMS.md §4.4, easy case 1). This ends the otherwise
    // endless translations along a smooth branch that is not a coordinate line.
    static std::optional<std::pair<Pair, std::string>> smooth_branch_leaf(
        const Problem& problem, const std::vector<Polynomial>& generators, int scale) {
        const int d = static_cast<int>(problem.vars.size());
        if (d > kMaxVariablesForFactoring)
            return std::nullopt;
        const auto principal = principal_generator(generators);
        if (!principal || principal->terms().size() > factoring_limit(d))
            return std::nullopt;
        const Polynomial& f = *principal;
        ExpVec content = f.terms().front().exponents;
        for (const auto& term : f.terms()) {
            for (int j = 0; j < d; ++j)
                content[j] = std::min(content[j], term.exponents[j]);
        }

        std::vector<std::pair<Polynomial, int>> vanishing;
        for (const auto& [g, e] : factor(f).factors) {
            if (g.constant_term().is_zero() && !g.is_monomial())
                vanishing.push_back({g, e});
        }
        if (vanishing.size() != 1)
            return std::nullopt;
        const auto& [branch, power] = vanishing.front();

        for (int l = 0; l < d; ++l) {
            const bool usable = problem.orthant[l] == CoordinateRange::free && content[l] == 0 &&
                                problem.prior_exponents[l].is_zero() &&
                                !derivative(branch, l).constant_term().is_zero();
            if (!usable)
                continue;
            if (problem.form == Form::function && power % 2 != 0)
                throw_sign_change(power);
            Pair leaf;
            for (int j = 0; j < d; ++j) {
                const std::int64_t kappa = scale * (j == l ? power : content[j]);
                if (kappa == 0)
                    continue;
                const Rational eta = j == l ? Rational(0) : problem.prior_exponents[j];
                const Rational rho = (eta + Rational(1)) / Rational(kappa);
                if (leaf.infinite || rho < leaf.lambda) {
                    leaf = Pair{false, rho, 1};
                } else if (rho == leaf.lambda) {
                    ++leaf.multiplicity;
                }
            }
            return std::make_pair(leaf, "smooth branch: K = v^M·g^" + std::to_string(power) +
                                            "·unit with g = " + branch.to_string(problem.vars) +
                                            ", dg/dv" + std::to_string(l + 1) +
                                            "(0) != 0: normal crossing in (v, g)");
        }
        return std::nullopt;
    }

    // A single generator of the ideal near the origin: G = gcd(f_i) when some cofactor f_i/G
    // is a unit there (f_i/G(0) != 0), since then <G·q_1, ..., G·q_r> = <G> in the local ring.
    static std::optional<Polynomial> principal_generator(
        const std::vector<Polynomial>& generators) {
        if (generators.size() == 1)
            return generators.front();
        std::size_t terms = 0;
        for (const auto& f : generators)
            terms += f.terms().size();
        if (terms > factoring_limit(generators.front().num_vars()))
            return std::nullopt;
        Polynomial common = generators.front();
        for (const auto& f : generators)
            common = gcd(common, f);
        for (const auto& f : generators) {
            if (!divide_exactly(f, common)->constant_term().is_zero())
                return common;
        }
        return std::nullopt;
    }

    Orthant classify(const NewtonPolyhedron& polyhedron, const std::vector<std::vector<int>>& cones,
                     const std::vector<Polynomial>& generators, const std::vector<int>& signs,
                     Form form) const {
        Orthant orthant;
        orthant.signs = signs;
        for (const auto& f : generators)
            orthant.generators.push_back(f.with_signs(signs));

        std::uint64_t seed = 1;
        for (const auto& face : polyhedron.faces()) {
            if (!face.compact || face.dimension == 0)
                continue;
            const auto system = face_system(polyhedron, face, orthant.generators);
            FaceDecision decision = decide_face(system, polyhedron, face, form, seed++);
            if (decision.status == FaceStatus::undecided && face.dimension >= 2) {
                decision =
                    bernstein_on_strata(polyhedron, face, cones, system, form,
                                        options_.max_bernstein_depth, [this] { check_time(); });
            }
            if (decision.status == FaceStatus::nondegenerate)
                continue;
            orthant.settled = false;
            if (face.dimension == 1 && decision.status == FaceStatus::degenerate) {
                orthant.bad_edges.push_back(&face);
            } else if (face.dimension == 2) {
                orthant.bad_planes.push_back(&face);
            } else {
                orthant.resolvable = false;
            }
        }
        return orthant;
    }

    // Every distinct ρ_j over the charts, with its largest count in one chart.
    static std::vector<std::pair<Rational, int>> chart_poles(
        const NewtonPolyhedron& polyhedron, const std::vector<std::vector<int>>& cones,
        const std::vector<Rational>& tau, int scale) {
        std::map<Rational, int> order;
        for (const auto& cone : cones) {
            std::map<Rational, int> in_chart;
            for (const auto& rho : make_chart(polyhedron, cone, tau, scale).rho) {
                if (rho)
                    ++in_chart[*rho];
            }
            for (const auto& [rho, count] : in_chart)
                order[rho] = std::max(order[rho], count);
        }
        return {order.begin(), order.end()};
    }

    // A chart is a normal-crossing leaf away from its bad points: (min_j ρ_j, #ties) (§3.3).
    static Pair chart_pair(const NewtonPolyhedron& polyhedron, const std::vector<int>& cone,
                           const std::vector<Rational>& tau, int scale) {
        return detail::chart_pair(make_chart(polyhedron, cone, tau, scale));
    }

    // The strict transforms f̃_i with f_i(v^A) = v^N f̃_i(v), N_j the offset of facet j.
    static std::vector<Polynomial> strict_transforms(const NewtonPolyhedron& polyhedron,
                                                     const std::vector<int>& cone,
                                                     const std::vector<Polynomial>& generators) {
        std::vector<Polynomial> transforms;
        for (const auto& f : generators) {
            std::vector<Term> terms;
            for (const auto& term : f.terms()) {
                ExpVec exponents;
                for (int facet : cone)
                    exponents.push_back(polyhedron.slack(facet, term.exponents));
                terms.push_back({exponents, term.coefficient});
            }
            transforms.push_back(Polynomial::from_terms(f.num_vars(), terms));
        }
        return transforms;
    }

    // The polynomial in v_l of the system on the one-dimensional stratum {v_j = 0, j != l}
    // of `edge`, or nothing if that stratum does not belong to the edge.
    static std::optional<UnivariateCoefficients> on_stratum(
        const NewtonFace& edge, const std::vector<int>& cone, int l,
        const std::vector<Polynomial>& transforms) {
        if (!detail::stratum_of_edge(edge, cone, l))
            return std::nullopt;

        UnivariateCoefficients common;
        for (const auto& f : transforms) {
            UnivariateCoefficients c;
            for (const auto& term : f.terms()) {
                bool on_edge = true;
                for (int j = 0; j < static_cast<int>(cone.size()); ++j) {
                    if (j != l && term.exponents[j] != 0)
                        on_edge = false;
                }
                if (!on_edge)
                    continue;
                const auto power = static_cast<std::size_t>(term.exponents[l]);
                if (c.size() <= power)
                    c.resize(power + 1);
                c[power] += term.coefficient;
            }
            if (c.empty())
                continue;
            common = common.empty() ? c : gcd(common, c);
        }
        return common;
    }

    Pair bad_points(const Problem& problem, const NewtonPolyhedron& polyhedron,
                    const std::vector<int>& cone, const std::vector<Rational>& tau,
                    const Orthant& orthant, int index, int depth, bool& exact,
                    ResolutionOutcome& outcome) {
        check_time();
        const auto transforms = strict_transforms(polyhedron, cone, orthant.generators);
        Pair best;
        for (const NewtonFace* edge : orthant.bad_edges) {
            for (int l = 0; l < static_cast<int>(cone.size()); ++l) {
                auto p = on_stratum(*edge, cone, l, transforms);
                if (!p || p->empty())
                    continue;

                auto roots = real_roots_in(*p, Rational(0), Rational(1));
                if (evaluate(*p, Rational(1)).is_zero())
                    roots.push_back({Rational(1), Rational(1)});
                for (const auto& root : roots) {
                    const std::string where = "orthant " + signs_text(orthant.signs) + ", chart " +
                                              rays_text(polyhedron, cone) + ", v" +
                                              std::to_string(l + 1) + " = " + root.to_string();
                    if (root.lower != root.upper) {
                        const RealAlgebraic c = RealAlgebraic::from_root(*p, root);
                        best = smaller(
                            best, algebraic_point(problem, polyhedron, cone, tau, transforms, l, c,
                                                  index, depth, where, exact, outcome));
                        continue;
                    }
                    std::vector<Rational> offset(cone.size(), Rational(0));
                    offset[l] = root.lower;
                    best = smaller(best, translate_and_solve(problem, polyhedron, cone, tau,
                                                             orthant.signs, transforms, offset,
                                                             index, depth, where, outcome));
                }
            }
        }
        return best;
    }

    // The free coordinates (a, b) of the two-dimensional stratum of `plane` in the chart: every
    // other ray of the cone is the normal of a facet through the face, a and b are not.
    static std::optional<std::pair<int, int>> free_pair(const NewtonFace& plane,
                                                        const std::vector<int>& cone) {
        std::vector<int> free;
        for (int j = 0; j < static_cast<int>(cone.size()); ++j) {
            if (!std::binary_search(plane.facet_ids.begin(), plane.facet_ids.end(), cone[j]))
                free.push_back(j);
        }
        if (free.size() != 2)
            return std::nullopt;
        return std::make_pair(free[0], free[1]);
    }

    // The block pair of a smooth curve of bad points g^e = 0 on the stratum where the
    // coordinates other than a and b vanish: min{ρ_j (j != a, b); 1/κ_g}, κ_g = scale·e,
    // the block counting once (ALGORITHMS.md §4.4).
    static Pair block_pair(const ToricChart& chart, int a, int b, std::int64_t kappa_g) {
        const Rational block = Rational(1) / Rational(kappa_g);
        Rational lambda = block;
        for (int j = 0; j < static_cast<int>(chart.rho.size()); ++j) {
            if (j != a && j != b && chart.rho[j] && *chart.rho[j] < lambda)
                lambda = *chart.rho[j];
        }
        int ties = block == lambda ? 1 : 0;
        for (int j = 0; j < static_cast<int>(chart.rho.size()); ++j) {
            if (j != a && j != b && chart.rho[j] && *chart.rho[j] == lambda)
                ++ties;
        }
        return Pair{false, lambda, ties};
    }

    // The bad points of the chart on the two-dimensional strata of degenerate faces (§4.4):
    // every special point is translated to and solved; every curve with a smooth point in the
    // box contributes its block pair. Exact when the bad set was decided exactly.
    Pair plane_points(const Problem& problem, const NewtonPolyhedron& polyhedron,
                      const std::vector<int>& cone, const std::vector<Rational>& tau,
                      const Orthant& orthant, int index, int depth, bool& exact,
                      ResolutionOutcome& outcome) {
        if (orthant.bad_planes.empty())
            return Pair{};
        const int scale = problem.form == Form::ideal ? 2 : 1;
        check_time();
        const auto transforms = strict_transforms(polyhedron, cone, orthant.generators);
        const ToricChart chart = make_chart(polyhedron, cone, tau, scale);
        Pair best;
        for (const NewtonFace* plane : orthant.bad_planes) {
            const auto free = free_pair(*plane, cone);
            if (!free)
                continue;
            if (!outcome.exact) {
                ++outcome.unexplored;
                best = smaller(best, chart_pair(polyhedron, cone, tau, scale));
                continue;
            }
            const auto [a, b] = *free;
            const std::string where = "orthant " + signs_text(orthant.signs) + ", chart " +
                                      rays_text(polyhedron, cone) + ", stratum (v" +
                                      std::to_string(a + 1) + ", v" + std::to_string(b + 1) + ")";
            check_time();
            const PlaneBadSet bad = plane_bad_set(transforms, a, b);
            if (!bad.complete) {
                exact = false;
                note_gap(outcome, "node " + std::to_string(index) + ", " + where + ": " +
                                      bad.reason + " could not be decided exactly");
                best = smaller(best, chart_pair(polyhedron, cone, tau, scale));
                continue;
            }
            for (const auto& point : bad.special_points) {
                std::vector<Rational> offset(cone.size(), Rational(0));
                offset[a] = point.a;
                offset[b] = point.b;
                const std::string at = where + " at v" + std::to_string(a + 1) + " = " +
                                       point.a.to_string() + ", v" + std::to_string(b + 1) + " = " +
                                       point.b.to_string();
                best = smaller(best,
                               translate_and_solve(problem, polyhedron, cone, tau, orthant.signs,
                                                   transforms, offset, index, depth, at, outcome));
            }
            for (const auto& point : bad.algebraic_points) {
                if (!outcome.exact) {
                    ++outcome.unexplored;
                    continue;
                }
                const std::string at = where + " at v" + std::to_string(a + 1) + " = " +
                                       point.a.to_string() + ", v" + std::to_string(b + 1) + " = " +
                                       point.b.to_string() + ", " + point.field->to_string();
                best = smaller(
                    best, over_field(problem, polyhedron, cone, tau, transforms,
                                     {{a, point.a}, {b, point.b}}, index, depth + 1, at, outcome));
            }
            for (int e : bad.block_exponents) {
                const Pair block = block_pair(chart, a, b, scale * e);
                best = smaller(best, block);
                for (const auto& pole : shifted({{block.lambda, block.multiplicity}}))
                    tree_[index].poles.push_back(pole);
            }
        }
        return best;
    }

    // The local problem at an irrational bad point v_l = c, c a root of the irreducible q,
    // in the coordinates (v_J, t = q(v_l)), a local diffeomorphism since q'(c) != 0 (its
    // Jacobian is a unit, so η_t = 0). Grouping f̃_i by the monomials v_J^K, each coefficient
    // g_K(v_l) = q^{j_K} (r_K + q·(...)) with r_K(c) != 0, so in the new coordinates the only
    // points that can lie on compact faces are (K + N_J, j_K) with coefficients r_K(c); the
    // rest are dominated. Exact when every compact face has a one-signed face polynomial on
    // every orthant (t takes both signs); otherwise a named gap.
    Pair algebraic_point(const Problem& problem, const NewtonPolyhedron& polyhedron,
                         const std::vector<int>& cone, const std::vector<Rational>& tau,
                         const std::vector<Polynomial>& transforms, int l, const RealAlgebraic& c,
                         int parent, int depth, const std::string& where, bool& exact,
                         ResolutionOutcome& outcome) {
        if (!outcome.exact) {
            ++outcome.unexplored;
            return Pair{};
        }
        const int d = static_cast<int>(cone.size());
        std::vector<std::vector<std::pair<ExpVec, int>>> systems;  // (point, sign of r_K(c))
        std::vector<ExpVec> support;
        for (const auto& f : transforms) {
            std::map<ExpVec, UnivariateCoefficients> by_monomial;
            for (const auto& term : f.terms()) {
                ExpVec key = term.exponents;
                key[l] = 0;
                auto& coefficients = by_monomial[key];
                const auto power = static_cast<std::size_t>(term.exponents[l]);
                if (coefficients.size() <= power)
                    coefficients.resize(power + 1);
                coefficients[power] += term.coefficient;
            }
            std::vector<std::pair<ExpVec, int>> points;
            for (const auto& [key, coefficients] : by_monomial) {
                if (coefficients.size() > kMaxDegreeAtAlgebraicPoints) {
                    throw LimitExceeded("degree " + std::to_string(coefficients.size() - 1) +
                                        " in v" + std::to_string(l + 1) +
                                        " is too high for exact arithmetic at an irrational "
                                        "point (limit " +
                                        std::to_string(kMaxDegreeAtAlgebraicPoints) + ")");
                }
                const auto [order, digit] = c.valuation(coefficients);
                ExpVec point = key;
                for (int j = 0; j < d; ++j) {
                    if (j != l)
                        point[j] += polyhedron.facets()[cone[j]].offset;
                }
                point[l] = order;
                points.push_back({point, c.sign_of(digit)});
                support.push_back(point);
            }
            systems.push_back(points);
        }

        Problem child;
        child.form = problem.form;
        child.vars = chart_vars(d);
        std::vector<Rational> child_tau;
        for (int j = 0; j < d; ++j) {
            Rational weight(0);
            for (int i = 0; i < d; ++i) {
                weight += Rational(polyhedron.facets()[cone[j]].normal[i]) * tau[i];
            }
            child_tau.push_back(j == l ? Rational(1) : weight);
            child.prior_exponents.push_back(child_tau.back() - Rational(1));
            child.orthant.push_back(j == l ? CoordinateRange::free : CoordinateRange::positive);
        }
        child.point.assign(d, Rational(0));

        check_time();
        const int index = add_node(child, parent, depth + 1, where + " (" + c.to_string() + ")");
        ResolutionNode& node = tree_[index];
        node.algebraic = true;
        node.polynomial = "in (v_J, t = q(v" + std::to_string(l + 1) + ")): Newton points";
        for (const auto& p : support) {
            node.polynomial += " (";
            for (int j = 0; j < d; ++j)
                node.polynomial += (j ? "," : "") + std::to_string(p[j]);
            node.polynomial += ")";
        }

        const auto child_polyhedron = NewtonPolyhedron::from_support(support, d);
        const auto distance = tau_distance(child_polyhedron, child_tau);
        const int scale = problem.form == Form::ideal ? 2 : 1;
        Pair value = newton_value(distance, problem.form);
        const bool settled = one_signed_faces(child_polyhedron, systems, l);
        node.poles = shifted(chart_poles(
            child_polyhedron, simplicial_normal_cones(child_polyhedron, options_.max_charts),
            child_tau, scale));

        node.exact = settled;
        if (settled) {
            node.how = "algebraic point: non-degenerate in q-adic coordinates";
        } else {
            // The node's own part is done; any gap is in the subtree over Q(c), marked there.
            node.exact = true;
            node.how = "algebraic point: degenerate in q-adic coordinates, resolved over Q(c)";
            const auto field = NumberField::make(c);
            value = over_field(problem, polyhedron, cone, tau, transforms,
                               {{l, field->generator()}}, index, depth + 2,
                               "v" + std::to_string(l + 1) + " -> c + v" + std::to_string(l + 1) +
                                   ", " + field->to_string(),
                               outcome);
        }
        tree_[index].lambda = value.lambda;
        tree_[index].multiplicity = value.multiplicity;
        return value;
    }

    // The local problem at a bad point of the chart with irrational coordinates, as a polynomial
    // over their number field, resolved by the same steps as over Q (field_resolution.hpp):
    // K = v^M · Π g_k(v + point)^{e_k} with the factors over Q of the chart's local K. The
    // translated coordinates are full lines with η = 0; the others keep η_j = <a_j, τ> - 1.
    Pair over_field(const Problem& problem, const NewtonPolyhedron& polyhedron,
                    const std::vector<int>& cone, const std::vector<Rational>& tau,
                    const std::vector<Polynomial>& transforms,
                    const std::vector<std::pair<int, FieldElement>>& point, int parent, int depth,
                    const std::string& origin, ResolutionOutcome& outcome) {
        const int d = static_cast<int>(cone.size());
        const int scale = problem.form == Form::ideal ? 2 : 1;
        Polynomial local(d);
        for (const auto& f : transforms)
            local = problem.form == Form::ideal ? local + f * f : f;

        const auto& field = point.front().second.field();
        std::vector<bool> translated(d, false);
        for (const auto& [j, value] : point)
            translated[j] = true;
        detail::FieldProblem start;
        start.monomial.assign(d, 0);
        for (int j = 0; j < d; ++j) {
            Rational weight(0);
            for (int i = 0; i < d; ++i)
                weight += Rational(polyhedron.facets()[cone[j]].normal[i]) * tau[i];
            start.prior_exponents.push_back(translated[j] ? Rational(0) : weight - Rational(1));
            start.orthant.push_back(translated[j] ? CoordinateRange::free
                                                  : CoordinateRange::positive);
            if (!translated[j])
                start.monomial[j] = scale * polyhedron.facets()[cone[j]].offset;
        }
        const auto factors = local.terms().size() <= factoring_limit(d)
                                 ? factor(local).factors
                                 : std::vector<std::pair<Polynomial, int>>{{local, 1}};
        for (const auto& [g, e] : factors) {
            if (g.is_monomial()) {
                for (int j = 0; j < d; ++j)
                    start.monomial[j] += translated[j] ? 0 : e * g.terms().front().exponents[j];
                continue;
            }
            FieldPolynomial there = FieldPolynomial::from_rational(field, g);
            for (const auto& [j, value] : point)
                there = there.translated(j, value);
            there = there.primitive_part();
            // A factor that does not vanish at the point is a unit there.
            if (there.constant_term().is_zero())
                start.factors.push_back({there, e});
        }

        detail::ResolutionContext context{options_, tree_, deadline_, outcome, pole_shift_};
        return detail::resolve_over_field(start, parent, depth, origin, context);
    }

    // Every compact face of dimension >= 1 has, on every orthant (v_J >= 0, t of either sign),
    // a generator whose face terms all have one sign (ALGORITHMS.md §2.5 step 1).
    static bool one_signed_faces(const NewtonPolyhedron& polyhedron,
                                 const std::vector<std::vector<std::pair<ExpVec, int>>>& systems,
                                 int l) {
        for (const auto& face : polyhedron.faces()) {
            if (!face.compact || face.dimension == 0)
                continue;
            for (int t_sign : {1, -1}) {
                bool some_one_signed = false;
                for (const auto& points : systems) {
                    int sign = 0;
                    bool one_signed = true, met = false;
                    for (const auto& [point, coefficient_sign] : points) {
                        bool on_face =
                            std::all_of(face.facet_ids.begin(), face.facet_ids.end(),
                                        [&](int f) { return polyhedron.slack(f, point) == 0; });
                        if (!on_face)
                            continue;
                        const int term_sign = coefficient_sign * (point[l] % 2 != 0 ? t_sign : 1);
                        met = true;
                        if (sign == 0)
                            sign = term_sign;
                        one_signed = one_signed && term_sign == sign;
                    }
                    some_one_signed = some_one_signed || (met && one_signed);
                }
                if (!some_one_signed)
                    return false;
            }
        }
        return true;
    }

    // The child at a bad point of the chart, solved, with its map from this node recorded.
    Pair translate_and_solve(const Problem& problem, const NewtonPolyhedron& polyhedron,
                             const std::vector<int>& cone, const std::vector<Rational>& tau,
                             const std::vector<int>& signs,
                             const std::vector<Polynomial>& transforms,
                             const std::vector<Rational>& offset, int index, int depth,
                             const std::string& where, ResolutionOutcome& outcome) {
        // Once some part is only bounded the answer is an upper bound whatever else is found;
        // exploring further would only cost time (a point left out keeps the bound valid).
        if (!outcome.exact) {
            ++outcome.unexplored;
            return Pair{};
        }
        check_time();
        const Problem child = translated_child(problem, polyhedron, cone, tau, transforms, offset);
        ChildMap map{{}, signs, offset};
        for (int facet : cone)
            map.rays.push_back(polyhedron.facets()[facet].normal);
        return solve(child, index, depth + 1, where, outcome, map);
    }

    // The local problem at the bad point v_l = c_l (l with c_l = offset[l] != 0) on a stratum
    // {v_J = 0} (§4.2): generators v_J^{N_J} f̃_i(v) with v_l = c_l + u_l (full line) or
    // 1 - u_l (u_l >= 0, c_l = 1 on the chart's boundary); η_j = <a_j, τ> - 1 on J and 0 on the
    // translated coordinates, whose factors v_l^{N_l} are units there and dropped.
    static Problem translated_child(const Problem& parent, const NewtonPolyhedron& polyhedron,
                                    const std::vector<int>& cone, const std::vector<Rational>& tau,
                                    const std::vector<Polynomial>& transforms,
                                    const std::vector<Rational>& offset) {
        const int d = static_cast<int>(cone.size());
        Problem child;
        child.form = parent.form;
        child.vars = chart_vars(d);

        ExpVec exceptional(d, 0);
        std::vector<int> flip(d, 1);
        for (int j = 0; j < d; ++j) {
            const Facet& facet = polyhedron.facets()[cone[j]];
            const bool translated = !offset[j].is_zero();
            const bool reflected = offset[j] == Rational(1);
            Rational weight(0);
            for (int i = 0; i < d; ++i)
                weight += Rational(facet.normal[i]) * tau[i];
            child.prior_exponents.push_back(translated ? Rational(0) : weight - Rational(1));
            child.orthant.push_back(translated && !reflected ? CoordinateRange::free
                                                             : CoordinateRange::positive);
            if (!translated)
                exceptional[j] = facet.offset;
            if (reflected)
                flip[j] = -1;
        }
        child.point.assign(d, Rational(0));

        const Polynomial monomial = Polynomial::monomial(exceptional, Rational(1));
        for (const auto& f : transforms)
            child.generators.push_back((monomial * f.translated(offset)).with_signs(flip));
        return child;
    }

    const RlctOptions& options_;
    std::vector<ResolutionNode>& tree_;
    Clock::time_point deadline_ = Clock::time_point::max();
    Rational pole_shift_;  // 1/2 per elimination above the node being solved
};

}  // namespace

ResolutionOutcome resolve_at_origin(const Problem& problem, const RlctOptions& options,
                                    std::vector<ResolutionNode>& tree) {
    Resolver resolver(options, tree);
    return resolver.run(problem);
}

}  // namespace slt
