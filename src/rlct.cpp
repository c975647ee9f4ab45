#include "slt/rlct.hpp"

#include "detail/local_pair.hpp"
#include "slt/bernstein.hpp"
#include "slt/deadline.hpp"
#include "slt/disjoint_sum.hpp"
#include "slt/error.hpp"
#include "slt/linear_elimination.hpp"
#include "slt/newton_polyhedron.hpp"
#include "slt/nondegeneracy.hpp"
#include "slt/resolution.hpp"
#include "slt/tau_distance.hpp"
#include "slt/toric_charts.hpp"

#include <algorithm>
#include <chrono>
#include <optional>

namespace slt {

namespace {

using detail::signs_text;

using Clock = std::chrono::steady_clock;

// Above this many variables an uncertified Newton value is reported without θ.
constexpr int kMaxVariablesForLpMultiplicity = 24;
// Above this many variables an uncertified problem gets the cheap bound of the direction
// a = (1,...,1) instead of the Newton LP (exact rational simplex time grows fast).
constexpr int kMaxVariablesForUncertifiedLp = 64;
// Even with a certificate, the exact LP is skipped above this many variables.
constexpr int kMaxVariablesForCertifiedLp = 256;

// Everything one computation needs, prepared once.
struct Setup {
    Problem local;                       // at the origin
    std::vector<Polynomial> generators;  // non-zero ones
    int d = 0;
    int exponent_scale = 1;  // 2 in the ideal form: Γ+(K) = 2 Γ+(I)
    std::vector<Rational> tau;
    std::vector<ExpVec> support;
    RlctOptions options;
    Clock::time_point deadline = Clock::time_point::max();

    void progress(const std::string& line) const {
        if (options.progress)
            options.progress(line);
    }
    void check_time() const {
        if (Clock::now() > deadline)
            throw LimitExceeded("the time limit was reached");
    }
};

// "1 vertex", "3 vertices".
std::string counted(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

void validate(const Problem& problem) {
    if (problem.generators.empty()) {
        throw InputError("no polynomial given", "POLY", "give K, or generators with --ideal");
    }
    if (problem.form == Form::function && problem.generators.size() != 1) {
        throw InputError("the function form takes one polynomial K, got " +
                             std::to_string(problem.generators.size()),
                         "POLY", "use --ideal for generators f_1, ..., f_r with K = sum f_i^2");
    }
}

Setup make_setup(const Problem& problem, const RlctOptions& options) {
    Setup setup;
    setup.local = translated_to_origin(problem);
    setup.d = static_cast<int>(setup.local.vars.size());
    setup.exponent_scale = problem.form == Form::ideal ? 2 : 1;
    setup.options = options;
    if (options.time_limit_seconds > 0) {
        setup.deadline =
            Clock::now() + std::chrono::duration_cast<Clock::duration>(
                               std::chrono::duration<double>(options.time_limit_seconds));
    }
    for (const auto& h : setup.local.prior_exponents)
        setup.tau.push_back(h + Rational(1));
    for (const auto& f : setup.local.generators) {
        if (f.is_zero())
            continue;
        setup.generators.push_back(f);
        for (const auto& term : f.terms())
            setup.support.push_back(term.exponents);
    }
    return setup;
}

// K(0) != 0 (or a generator with a constant term): λ = ∞. K(0) < 0 is bad input.
bool nonzero_at_point(const Setup& setup, const Problem& problem) {
    for (const auto& f : setup.generators) {
        const Rational value = f.constant_term();
        if (value.is_zero())
            continue;
        if (problem.form == Form::function && value.sign() < 0) {
            throw InputError("K is negative at the point (K = " + value.to_short_string() + ")",
                             "POLY", "K must be >= 0 near the point; check the sign or the point");
        }
        return true;
    }
    return false;
}

void check_vertex_signs(const Setup& setup, const NewtonPolyhedron& polyhedron) {
    // A vertex term dominates K along curves towards its normal cone, so its sign on every
    // orthant is the sign of K there (§2.1; pitfall: odd exponents on full coordinates).
    const Polynomial& k = setup.generators.front();
    for (const auto& vertex : polyhedron.vertices()) {
        auto it = std::find_if(k.terms().begin(), k.terms().end(),
                               [&](const Term& t) { return t.exponents == vertex; });
        Polynomial vertex_term = Polynomial::monomial(vertex, it->coefficient);
        for (const auto& signs : sign_classes({vertex_term}, setup.local.orthant)) {
            if (vertex_term.with_signs(signs).terms().front().coefficient.sign() > 0)
                continue;
            throw InputError(
                "K is not >= 0 near the point: its Newton-polyhedron vertex term " +
                    vertex_term.to_string(setup.local.vars) + " is negative on the orthant " +
                    signs_text(signs),
                "POLY",
                "K must be a nonnegative function (a KL divergence); if K = f^2 for a "
                "sign-changing f, give f in the ideal form (--ideal), or restrict the domain "
                "with --orthant");
        }
    }
}

[[noreturn]] void throw_negative_face(const std::vector<int>& signs, const FaceDecision& decision) {
    throw InputError(
        "K is not >= 0 near the point: a face polynomial of its Newton polyhedron "
        "changes sign on the orthant " +
            signs_text(signs) + " (" + decision.witness + decision.reason + ")",
        "POLY",
        "K must be a nonnegative function; if K = f^2 for a sign-changing f, give f "
        "in the ideal form (--ideal)");
}

std::vector<ExpVec> vertices_of(const NewtonPolyhedron& polyhedron, const NewtonFace& face) {
    std::vector<ExpVec> out;
    for (int v : face.vertex_ids)
        out.push_back(polyhedron.vertices()[v]);
    return out;
}

void check_faces(const Setup& setup, const NewtonPolyhedron& polyhedron,
                 const std::vector<std::vector<int>>& cones, RlctResult& result) {
    std::uint64_t seed = 1;
    for (const auto& face : polyhedron.faces()) {
        if (!face.compact || face.dimension == 0)
            continue;
        setup.check_time();
        const auto system = face_system(polyhedron, face, setup.generators);

        for (const auto& signs : sign_classes(system, setup.local.orthant)) {
            std::vector<Polynomial> signed_system;
            for (const auto& p : system)
                signed_system.push_back(p.with_signs(signs));

            FaceDecision decision =
                decide_face(signed_system, polyhedron, face, setup.local.form, seed++);
            if (decision.status == FaceStatus::undecided && !cones.empty()) {
                decision = bernstein_on_strata(polyhedron, face, cones, signed_system,
                                               setup.local.form, setup.options.max_bernstein_depth,
                                               [&] { setup.check_time(); });
            }
            if (decision.negative_somewhere)
                throw_negative_face(signs, decision);

            result.faces.push_back({vertices_of(polyhedron, face), face.dimension, signs,
                                    decision.status, decision.reason, decision.witness});
        }
    }
}

void set_value(const Setup& setup, const TauDistance& tau_distance, RlctResult& result) {
    result.tau_distance = tau_distance.distance;
    result.lambda = Rational(1) / (Rational(setup.exponent_scale) * tau_distance.distance);
    result.multiplicity = tau_distance.multiplicity;
}

// λ <= λ_N = min over a >= 0 of <a, τ>/N(a) <= <1, τ>/N(1) (Theorem A; N(1) is the order of
// the support), the ratio of the exceptional divisor of the point blow-up.
void point_blowup_bound(const Setup& setup, RlctResult& result) {
    std::int64_t order = -1;
    for (const auto& beta : setup.support) {
        std::int64_t degree = 0;
        for (auto e : beta)
            degree += e;
        if (order < 0 || degree < order)
            order = degree;
    }
    Rational weight(0);
    for (const auto& t : setup.tau)
        weight += t;

    result.tau_distance = Rational(order) / weight;
    result.lambda = weight / Rational(setup.exponent_scale * order);
    result.multiplicity = 1;
    result.certainty = Certainty::upper_bound;
    result.notes.push_back(
        "upper bound from the point blow-up direction (1,...,1): the exact Newton LP is "
        "skipped above " +
        std::to_string(kMaxVariablesForUncertifiedLp) + " variables (" +
        std::to_string(kMaxVariablesForCertifiedLp) + " with a non-degeneracy certificate)");
}

void resolve(const Setup& setup, RlctResult& result);

// Eliminations whose substitutions grow the generators beyond this many terms are not tried.
constexpr std::size_t kMaxTermsAfterElimination = 1000;

// Whether eliminating every coordinate in which a generator is linear with a unit
// coefficient leaves few enough variables for the hull.
bool eliminable(const Setup& setup) {
    Problem rest = setup.local;
    rest.generators = setup.generators;
    if (setup.d - linear_part_rank(rest) > setup.options.max_hull_variables)
        return false;
    bool eliminated = false;
    try {
        while (auto elimination = eliminate_linear_coordinate(rest)) {
            rest = elimination->rest;
            eliminated = true;
            std::size_t terms = 0;
            for (const auto& g : rest.generators)
                terms += g.terms().size();
            if (terms > kMaxTermsAfterElimination)
                return false;
        }
    } catch (const LimitExceeded&) {
        return false;
    }
    return eliminated && static_cast<int>(rest.vars.size()) <= setup.options.max_hull_variables;
}

void by_linear_programming(const Setup& setup, RlctResult& result) {
    const bool certified =
        every_generator_one_signed(setup.generators, setup.local.orthant, setup.local.form);
    setup.progress("Newton value by exact linear programming (" + std::to_string(setup.d) +
                   " variables)");
    if (setup.d > (certified ? kMaxVariablesForCertifiedLp : kMaxVariablesForUncertifiedLp)) {
        point_blowup_bound(setup, result);
        return;
    }
    setup.check_time();

    // θ needs one LP per support point; for large uncertified problems (λ_N, 1) is still a
    // valid upper bound in the pair order, since θ >= 1.
    const bool with_multiplicity = certified || setup.d <= kMaxVariablesForLpMultiplicity;
    auto tau_distance = tau_distance_by_lp(setup.support, setup.tau, with_multiplicity);
    set_value(setup, tau_distance, result);
    if (result.multiplicity == 0) {
        result.multiplicity = 1;
        result.notes.push_back("multiplicity not computed (" + std::to_string(setup.d) +
                               " variables); m = 1 keeps the pair an upper bound");
    }

    result.notes.push_back("faces and charts not enumerated: " + std::to_string(setup.d) +
                           " variables exceed max_hull_variables = " +
                           std::to_string(setup.options.max_hull_variables));
    if (certified && tau_distance.multiplicity > 0) {
        result.certainty = Certainty::exact;
        result.notes.push_back(
            "non-degenerate: every generator has coefficients of one sign on "
            "every orthant of the domain");
    } else {
        result.notes.push_back(
            "upper bound (Newton value, Lin 2017 Thm 1.3): non-degeneracy "
            "not checked");
        // Too many variables for the hull, but perhaps not after eliminating coordinates in
        // which a generator is linear (the resolution tree starts with those eliminations).
        if (setup.options.resolve_degenerate && eliminable(setup))
            resolve(setup, result);
    }
}

// Replaces an upper-bound Newton value by the resolution's answer (§4): exact when every
// part of the tree is; otherwise the smaller of the two bounds in the pair order.
void resolve(const Setup& setup, RlctResult& result) {
    Problem root = setup.local;
    root.generators = setup.generators;
    ResolutionOutcome outcome;
    try {
        outcome = resolve_at_origin(root, setup.options, result.resolution);
    } catch (const LimitExceeded& e) {
        result.notes.push_back(std::string("resolution stopped: ") + e.what());
        return;
    }
    setup.progress("resolution: " + counted(result.resolution.size(), "node", "nodes"));

    if (outcome.exact && !outcome.infinite) {
        result.lambda = outcome.lambda;
        result.multiplicity = outcome.multiplicity;
        result.certainty = Certainty::exact;
        result.notes.push_back(
            "resolved exactly by toric charts and translations to the bad "
            "points (" +
            std::to_string(result.resolution.size()) + " nodes in the tree)");
        return;
    }
    if (!outcome.infinite &&
        pair_less(outcome.lambda, outcome.multiplicity, result.lambda, result.multiplicity)) {
        result.lambda = outcome.lambda;
        result.multiplicity = outcome.multiplicity;
    }
    for (const auto& gap : outcome.gaps)
        result.notes.push_back("not resolved: " + gap);
    if (outcome.unlisted_gaps > 0) {
        result.notes.push_back("not resolved: " + std::to_string(outcome.unlisted_gaps) +
                               " more parts like these");
    }
    if (outcome.unexplored > 0) {
        result.notes.push_back(std::to_string(outcome.unexplored) +
                               " further bad points were not explored: the answer was already "
                               "an upper bound");
    }
}

void by_hull(const Setup& setup, RlctResult& result) {
    std::optional<NewtonPolyhedron> hull;
    try {
        hull = NewtonPolyhedron::from_support(setup.support, setup.d);
    } catch (const LimitExceeded& e) {
        result.notes.push_back(std::string("no exact hull (") + e.what() +
                               "): the Newton value by linear programming instead");
        by_linear_programming(setup, result);
        return;
    }
    const NewtonPolyhedron& polyhedron = *hull;
    setup.progress("hull: " + counted(polyhedron.vertices().size(), "vertex", "vertices") + ", " +
                   counted(polyhedron.facets().size(), "facet", "facets"));
    if (setup.local.form == Form::function)
        check_vertex_signs(setup, polyhedron);

    auto tau_distance = slt::tau_distance(polyhedron, setup.tau);
    set_value(setup, tau_distance, result);
    for (int f : tau_distance.active_facets)
        result.active_facets.push_back(polyhedron.facets()[f]);

    std::vector<std::vector<int>> cones;
    try {
        cones = simplicial_normal_cones(polyhedron, setup.options.max_charts);
        for (const auto& cone : cones) {
            result.charts.push_back(make_chart(polyhedron, cone, setup.tau, setup.exponent_scale));
        }
        setup.progress("charts: " + std::to_string(cones.size()));
    } catch (const LimitExceeded& e) {
        result.notes.push_back(std::string("charts not listed: ") + e.what());
        cones.clear();
    }

    if (every_generator_one_signed(setup.generators, setup.local.orthant, setup.local.form)) {
        result.certainty = Certainty::exact;
        result.notes.push_back(
            "non-degenerate: every generator has coefficients of one sign on "
            "every orthant of the domain, so every compact face system does");
        return;
    }
    check_faces(setup, polyhedron, cones, result);
    bool all_nondegenerate =
        std::all_of(result.faces.begin(), result.faces.end(),
                    [](const FaceCheck& f) { return f.status == FaceStatus::nondegenerate; });
    if (all_nondegenerate) {
        result.certainty = Certainty::exact;
        return;
    }
    result.certainty = Certainty::upper_bound;
    if (setup.options.resolve_degenerate)
        resolve(setup, result);
    if (result.certainty == Certainty::upper_bound) {
        result.notes.insert(result.notes.begin(),
                            "the Newton value is only an upper bound (Lin 2017 Thm 1.3): some "
                            "compact face is degenerate or undecided");
    }
}

}  // namespace

Rational RlctResult::threshold_of_given_form() const {
    return form == Form::ideal ? lambda * Rational(2) : lambda;
}

namespace {

// K = K_1(w_A) + K_2(w_B) + ...: (λ, m) = (Σ λ_i, Σ m_i − (k − 1)) (ALGORITHMS.md §1.4, Lin
// Prop 3.7), exact when every part is. With upper bounds for some parts the sum is still an
// upper bound in the pair order (each λ_i is at most its bound, and where all λ_i are met the
// m_i are at least theirs).
constexpr const char* kPartsNotComputed =
    "K is a sum in disjoint variables, but its parts were not all computed within the limits";

struct PartsSum {
    Rational lambda;
    int multiplicity = 1;
    bool exact = true;
    std::string note;
    std::vector<RlctResult> parts;
};

// The sum over the parts in disjoint coordinates; nothing when K does not split, or a part
// could not be computed in the time left (then `why_not` says so).
std::optional<PartsSum> sum_of_parts(const Setup& setup, std::string& why_not) {
    Problem whole = setup.local;
    whole.generators = setup.generators;
    const auto groups = disjoint_variable_groups(whole);
    if (groups.size() < 2)
        return std::nullopt;

    RlctOptions options = setup.options;
    if (setup.deadline != Clock::time_point::max()) {
        const std::chrono::duration<double> left = setup.deadline - Clock::now();
        if (left.count() <= 0) {
            why_not = kPartsNotComputed;
            return std::nullopt;
        }
        options.time_limit_seconds = left.count();
    }
    PartsSum sum;
    std::string summary;
    for (const auto& group : groups) {
        RlctResult part;
        try {
            part = compute_rlct(restricted_to(whole, group), options);
        } catch (const LimitExceeded&) {
            why_not = kPartsNotComputed;
            return std::nullopt;
        }
        if (part.infinite)
            return std::nullopt;
        sum.lambda += part.lambda;
        sum.multiplicity += part.multiplicity - 1;
        sum.exact = sum.exact && part.certainty == Certainty::exact;
        std::string names;
        for (const auto& name : part.vars)
            names += (names.empty() ? "" : ", ") + name;
        summary += (summary.empty() ? "" : "; ") + names + ": (" + part.lambda.to_string() + ", " +
                   std::to_string(part.multiplicity) + ") " + to_string(part.certainty);
        sum.parts.push_back(std::move(part));
    }
    sum.note = std::string(sum.exact ? "exact" : "upper bound") +
               " as a sum in disjoint variables, λ = Σ λ_i and m = Σ m_i − " +
               std::to_string(groups.size() - 1) +
               " (docs/design/ALGORITHMS.md §1.4, Lin Prop 3.7): " + summary;
    return sum;
}

void adopt(PartsSum sum, RlctResult& result) {
    result.lambda = sum.lambda;
    result.multiplicity = sum.multiplicity;
    result.certainty = sum.exact ? Certainty::exact : Certainty::upper_bound;
    result.notes.push_back(sum.note);
    result.parts = std::move(sum.parts);
}

}  // namespace

RlctResult compute_rlct(const Problem& problem, const RlctOptions& options) {
    validate(problem);
    Setup setup = make_setup(problem, options);

    RlctResult result;
    result.form = problem.form;
    result.vars = problem.vars;
    result.tau = setup.tau;

    if (setup.generators.empty()) {
        // K ≡ 0 near the point: ζ(z) = ∫φ has no pole; the convention is (0, 1) (§1.1).
        result.lambda = Rational(0);
        result.multiplicity = 1;
        result.certainty = Certainty::exact;
        result.notes.push_back("K is identically zero: (λ, m) = (0, 1) by convention");
        return result;
    }
    if (nonzero_at_point(setup, problem)) {
        result.infinite = true;
        result.certainty = Certainty::exact;
        result.notes.push_back("K does not vanish at the point: λ = ∞");
        return result;
    }

    // A sum in disjoint variables is decided by its parts first: they are smaller problems, and
    // when all are exact nothing else is needed.
    std::string parts_not_computed;
    auto sum = sum_of_parts(setup, parts_not_computed);
    if (sum && sum->exact) {
        adopt(std::move(*sum), result);
        return result;
    }

    const ScopedDeadline scoped(setup.deadline);
    try {
        if (setup.d > options.max_hull_variables) {
            by_linear_programming(setup, result);
        } else {
            by_hull(setup, result);
        }
    } catch (const LimitExceeded& e) {
        result.certainty = Certainty::upper_bound;
        result.notes.push_back(std::string("stopped early: ") + e.what());
        if (result.tau_distance.is_zero())
            throw;
    }
    if (result.certainty != Certainty::exact && sum &&
        pair_less(sum->lambda, sum->multiplicity, result.lambda, result.multiplicity)) {
        adopt(std::move(*sum), result);
    }
    if (result.certainty != Certainty::exact && !parts_not_computed.empty())
        result.notes.push_back(parts_not_computed);
    return result;
}

bool pair_less(const Rational& lambda1, int m1, const Rational& lambda2, int m2) {
    return lambda1 < lambda2 || (lambda1 == lambda2 && m1 > m2);
}

const char* to_string(Certainty certainty) {
    return certainty == Certainty::exact ? "exact" : "upper_bound";
}

const char* to_string(Form form) {
    return form == Form::function ? "function" : "ideal";
}

const char* to_string(FaceStatus status) {
    switch (status) {
        case FaceStatus::nondegenerate:
            return "nondegenerate";
        case FaceStatus::degenerate:
            return "degenerate";
        case FaceStatus::undecided:
            return "undecided";
    }
    return "undecided";
}

}  // namespace slt
