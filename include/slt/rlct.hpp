// The exact engine's entry point: the local RLCT (λ, m) of K at a point, with its certainty
// and certificate.
//
// Method (ALGORITHMS.md §2-3): the Newton polyhedron Γ+ of K (function form) or of the ideal
// (ideal form) gives the Newton value (1/l_τ, θ_τ), an upper bound in the pair order with no
// hypothesis (Lin 2017, Thm 1.3). It is exact when every compact face is non-degenerate over
// the reals on every orthant of the domain (Lin 2017 Thm 1.3 with Prop 4.5; the orthant form,
// ALGORITHMS.md Thm B'). The certificate lists the faces checked, with reasons or witnesses,
// and the toric charts of a simplicial refinement of the normal fan with their (κ, η, ρ).
#pragma once

#include "slt/problem.hpp"
#include "slt/rational.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace slt {

enum class Certainty { exact, upper_bound };

enum class FaceStatus { nondegenerate, degenerate, undecided };

// A facet {x : <normal, x> = offset} of Γ+; normal is primitive, integral and >= 0.
struct Facet {
    std::vector<std::int64_t> normal;
    std::int64_t offset = 0;
};

// The outcome of the real non-degeneracy test of one compact face on one class of orthants.
struct FaceCheck {
    std::vector<ExpVec> vertices;
    int dimension = 0;
    std::vector<int> signs;  // a representative orthant, +1/-1 per coordinate
    FaceStatus status = FaceStatus::undecided;
    std::string reason;   // why non-degenerate, or which test could not decide
    std::string witness;  // for a degenerate face: where the face system vanishes
};

// A toric chart w = s ⊙ v^A on the orthant with signs s, v in [0,1]^d (ALGORITHMS.md §3.3):
// K(w) = v^κ · K̃(v), φ|det| = |det A| v^η · unit, ρ_j = (η_j + 1)/κ_j.
struct FieldProblem;
struct ExtensionRoot;

struct ToricChart {
    std::vector<std::vector<std::int64_t>> rays;  // the columns a_j of A
    std::int64_t determinant = 0;
    std::vector<int> signs;
    std::vector<std::int64_t> kappa;  // exponents of K (Watanabe's 2k; ideal form: 2·N_I(a_j))
    std::vector<Rational> eta;        // <a_j, τ> - 1
    std::vector<std::optional<Rational>> rho;  // empty where κ_j = 0 (ρ_j = ∞)
};

// One node of the resolution tree (ALGORITHMS.md §4.5): a local problem at a point of an
// exceptional divisor, in chart coordinates v_1..v_d, with its prior-times-Jacobian exponents
// η and the range of each coordinate.
struct ResolutionNode {
    int parent = -1;  // index into RlctResult::resolution; -1 for the root
    int depth = 0;
    std::string origin;      // how it arose: orthant, chart rays, translated point
    std::string polynomial;  // K, or the generators, in the node's coordinates
    std::vector<Rational> eta;
    std::string domain;  // one of + (v_j >= 0) or * (both signs) per coordinate
    bool infinite = false;
    Rational lambda;  // the node's contribution, in the pair order
    int multiplicity = 0;
    bool exact = false;
    std::string how;  // non-degenerate / charts and points / why only a bound

    // The exact local problem and the map from the parent's coordinates (none at the root):
    // w = s ⊙ v^A (columns of A = `rays`), then, for every j with c_j = offset[j] != 0,
    // v_j = c_j + u_j, or v_j = 1 - u_j with u_j >= 0 when c_j = 1 (a bad point on the
    // chart's boundary, seen as a half-neighbourhood from each chart that contains it).
    std::vector<Polynomial> generators;
    std::vector<std::vector<std::int64_t>> rays;
    std::vector<int> signs;
    std::vector<Rational> offset;
    // Or: the parent's coordinate `eliminated` replaced by its generator `eliminated_by`, in
    // which that generator is linear with a unit coefficient (linear_elimination.hpp); the node
    // is the ideal of the other generators in the remaining coordinates, and the parent's
    // value is 1/2 more.
    int eliminated = -1;
    int eliminated_by = -1;
    // An irrational bad point, in the coordinates (v_J, t = q(v_l)) with q the minimal
    // polynomial: no exact generators are stored; `polynomial` lists its Newton points.
    bool algebraic = false;
    // Or a node over a number field (field_problem.hpp), also `algebraic`: its exact problem,
    // and the bad point of the parent's chart it was translated to (v_l = root on the stratum
    // {v_j = 0, j != l}, in a field that contains the parent's), none at the first such node.
    std::shared_ptr<const FieldProblem> field_problem;
    std::shared_ptr<const ExtensionRoot> field_point;
    int field_coordinate = -1;  // the translated coordinate l: v_l = root (1 - u when root = 1)
    // Candidate poles: every distinct ρ_j of the node's normal-crossing charts, with the
    // largest number of rays attaining it in one chart (for the numerical fits, §1.2).
    std::vector<std::pair<Rational, int>> poles;
};

struct RlctResult {
    Form form = Form::function;
    std::vector<std::string> vars;

    bool infinite = false;  // K(point) > 0: λ = ∞, m = 0
    Rational lambda;        // the learning coefficient of K (ideal form: half the threshold)
    int multiplicity = 0;
    Certainty certainty = Certainty::upper_bound;

    std::vector<Rational> tau;         // h + 1 at the point
    Rational tau_distance;             // l_τ of the polyhedron of the given form
    std::vector<Facet> active_facets;  // the facets through l_τ·τ
    std::vector<FaceCheck> faces;      // every compact face of dimension >= 1 checked
    std::vector<ToricChart> charts;
    std::vector<ResolutionNode> resolution;  // the resolution tree, when faces were degenerate
    std::vector<std::string> notes;          // what limited the certainty, what was skipped
    // When K is a sum in disjoint variables and the answer comes from its parts: the parts,
    // whose pairs add up, each with its certificate (disjoint_sum.hpp).
    std::vector<RlctResult> parts;

    // The ideal's own threshold (2λ) in the ideal form; λ in the function form.
    Rational threshold_of_given_form() const;
};

struct RlctOptions {
    // Face enumeration, non-degeneracy and charts need the convex hull of the support, whose
    // cost grows quickly with the dimension; above this many variables only the Newton value
    // by linear programming is computed (exact when a global certificate applies).
    int max_hull_variables = 10;
    // Charts are listed in the certificate only up to this many.
    std::size_t max_charts = 2000;
    // Subdivision depth of the Bernstein positivity test on chart strata.
    int max_bernstein_depth = 12;
    // Resolve degenerate faces by toric charts and translations to the bad points
    // (ALGORITHMS.md §4.1-4.2); limits on the depth and size of the resolution tree.
    bool resolve_degenerate = true;
    int max_resolution_depth = 8;
    // The same limit for nodes in two variables. There every chain of translations ends (the
    // Newton-Puiseux algorithm terminates, Cassou-Noguès–Veys), and the tree does not branch
    // widely, so the limit is only a safeguard.
    int max_plane_resolution_depth = 48;
    std::size_t max_resolution_nodes = 2000;
    // Wall-clock limit for one problem in seconds (0 = none); when hit, the answer so far is
    // returned as an upper bound with a note.
    double time_limit_seconds = 0;
    // Called with one line per phase ("hull: 12 facets", ...); may be empty.
    std::function<void(const std::string&)> progress;
};

// Computes the local RLCT of the problem at its point, on its orthant domain.
// Throws InputError when K is not >= 0 near the point in a way that is detectable (a vertex
// of Γ+ with a negative coefficient on some orthant of the domain, or a face polynomial that
// changes sign), with a hint to use the ideal form.
RlctResult compute_rlct(const Problem& problem, const RlctOptions& options = {});

// The pair order of DESIGN.md: (λ1, m1) < (λ2, m2) iff λ1 < λ2, or λ1 = λ2 and m1 > m2
// (smaller is more singular and dominates the asymptotics).
bool pair_less(const Rational& lambda1, int m1, const Rational& lambda2, int m2);

const char* to_string(Certainty certainty);
const char* to_string(Form form);
const char* to_string(FaceStatus status);

}  // namespace slt
