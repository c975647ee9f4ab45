#include "slt/nondegeneracy.hpp"

#include "slt/bernstein.hpp"
#include "slt/error.hpp"
#include "slt/real_roots.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>
#include <set>

namespace slt {

namespace {

bool on_face(const NewtonPolyhedron& polyhedron, const NewtonFace& face, const ExpVec& beta) {
    return std::all_of(face.facet_ids.begin(), face.facet_ids.end(),
                       [&](int f) { return polyhedron.slack(f, beta) == 0; });
}

// The sign s^β·sign(c) of every term, for one orthant.
std::vector<int> term_signs(const std::vector<Polynomial>& system, const std::vector<int>& signs) {
    std::vector<int> pattern;
    for (const auto& p : system) {
        const Polynomial signed_p = p.with_signs(signs);
        for (const auto& term : signed_p.terms())
            pattern.push_back(term.coefficient.sign());
    }
    return pattern;
}

bool has_one_sign(const Polynomial& p, int* sign_out = nullptr) {
    int sign = p.terms().front().coefficient.sign();
    bool same = std::all_of(p.terms().begin(), p.terms().end(),
                            [sign](const Term& t) { return t.coefficient.sign() == sign; });
    if (sign_out)
        *sign_out = sign;
    return same;
}

std::string describe_univariate(const UnivariateCoefficients& c) {
    std::string text;
    for (std::size_t k = c.size(); k-- > 0;) {
        if (c[k].is_zero())
            continue;
        Rational a = c[k];
        text += text.empty() ? (a.sign() < 0 ? "-" : "") : (a.sign() < 0 ? " - " : " + ");
        if (a.sign() < 0)
            a = -a;
        bool unit = a == Rational(1) && k > 0;
        if (!unit)
            text += a.to_short_string();
        if (k > 0)
            text += std::string(unit ? "" : "*") + "u" + (k > 1 ? "^" + std::to_string(k) : "");
    }
    return text;
}

std::string describe_vector(const ExpVec& v) {
    std::string text = "(";
    for (std::size_t i = 0; i < v.size(); ++i)
        text += (i ? "," : "") + std::to_string(v[i]);
    return text + ")";
}

// The univariate polynomial p with f_G(w) = w^α p(w^δ) on an edge with endpoints α, α + gδ.
UnivariateCoefficients edge_polynomial(const Polynomial& f, const ExpVec& alpha,
                                       const ExpVec& delta) {
    std::int64_t delta_norm = 0;
    for (auto x : delta)
        delta_norm += x * x;
    std::map<std::int64_t, Rational> by_step;
    for (const auto& term : f.terms()) {
        std::int64_t projection = 0;
        for (std::size_t i = 0; i < delta.size(); ++i)
            projection += (term.exponents[i] - alpha[i]) * delta[i];
        by_step[projection / delta_norm] += term.coefficient;
    }
    std::int64_t lowest = by_step.begin()->first;  // drop the monomial factor u^lowest
    UnivariateCoefficients c(static_cast<std::size_t>(by_step.rbegin()->first - lowest + 1));
    for (const auto& [step, coefficient] : by_step)
        c[step - lowest] = coefficient;
    return c;
}

FaceDecision decide_edge(const std::vector<Polynomial>& system, const NewtonPolyhedron& polyhedron,
                         const NewtonFace& face, Form form) {
    const ExpVec& alpha = polyhedron.vertices()[face.vertex_ids[0]];
    const ExpVec& beta = polyhedron.vertices()[face.vertex_ids[1]];
    ExpVec delta(alpha.size());
    std::int64_t g = 0;
    for (std::size_t i = 0; i < alpha.size(); ++i) {
        delta[i] = beta[i] - alpha[i];
        g = std::gcd(g, delta[i]);
    }
    for (auto& x : delta)
        x /= g;

    // Common positive roots of the system are the positive roots of the gcd.
    UnivariateCoefficients common = edge_polynomial(system[0], alpha, delta);
    for (std::size_t i = 1; i < system.size(); ++i)
        common = gcd(common, edge_polynomial(system[i], alpha, delta));

    FaceDecision decision;
    auto roots = positive_real_roots(common);
    const std::string where = "edge polynomial p(u) = " + describe_univariate(common) + ", u = w^" +
                              describe_vector(delta);
    if (roots.empty()) {
        decision.status = FaceStatus::nondegenerate;
        decision.reason = where + " has no positive root (Sturm sequence)";
        return decision;
    }
    decision.status = FaceStatus::degenerate;
    decision.witness = where + " vanishes at u in " + roots.front().to_string();
    decision.negative_somewhere =
        form == Form::function && std::any_of(roots.begin(), roots.end(),
                                              [](const RootInterval& r) { return r.sign_change; });
    return decision;
}

// f restricted to the line w_j = x, w_i = point_i (i != j), as a polynomial in x.
UnivariateCoefficients on_line(const Polynomial& f, int j, const std::vector<Rational>& point) {
    UnivariateCoefficients c(static_cast<std::size_t>(f.degree_in(j) + 1));
    for (const auto& term : f.terms()) {
        Rational value = term.coefficient;
        for (int i = 0; i < f.num_vars(); ++i) {
            if (i == j)
                continue;
            for (std::int64_t e = 0; e < term.exponents[i]; ++e)
                value *= point[i];
        }
        c[term.exponents[j]] += value;
    }
    while (c.size() > 1 && c.back().is_zero())
        c.pop_back();
    return c;
}

bool is_zero(const UnivariateCoefficients& c) {
    return std::all_of(c.begin(), c.end(), [](const Rational& x) { return x.is_zero(); });
}

// Looks for an exact common zero on random rational lines parallel to the axes.
FaceDecision search_witness(const std::vector<Polynomial>& system, Form form, std::uint64_t seed) {
    const int d = system.front().num_vars();
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> numerator(1, 9), denominator(1, 4);
    FaceDecision decision;

    for (int trial = 0; trial < 4 * d; ++trial) {
        const int j = trial % d;
        std::vector<Rational> point;
        for (int i = 0; i < d; ++i)
            point.emplace_back(numerator(rng), denominator(rng));

        UnivariateCoefficients common;
        for (const auto& f : system) {
            auto line = on_line(f, j, point);
            if (is_zero(line))
                continue;
            common = common.empty() ? line : gcd(common, line);
        }
        if (common.empty())
            common = {Rational(0), Rational(1)};  // every f vanishes: any x > 0
        auto roots = positive_real_roots(common);
        if (roots.empty())
            continue;

        decision.status = FaceStatus::degenerate;
        decision.witness = "the face system vanishes at w_" + std::to_string(j + 1) + " in " +
                           roots.front().to_string() + " with the other coordinates (";
        for (int i = 0; i < d; ++i) {
            decision.witness +=
                (i ? "," : "") + (i == j ? std::string("*") : point[i].to_short_string());
        }
        decision.witness += ")";
        decision.negative_somewhere =
            form == Form::function &&
            std::any_of(roots.begin(), roots.end(),
                        [](const RootInterval& r) { return r.sign_change; });
        return decision;
    }
    decision.reason = "no certificate or witness yet";
    return decision;
}

// The chart-stratum system of `face` in `cone`, or nothing if the cone does not meet the
// relative interior of the face's normal cone in full dimension (§3.4).
std::optional<std::vector<Polynomial>> stratum_system(const NewtonPolyhedron& polyhedron,
                                                      const NewtonFace& face,
                                                      const std::vector<int>& cone,
                                                      const std::vector<Polynomial>& system) {
    std::vector<int> free_rays;
    for (int f : cone) {
        if (!std::binary_search(face.facet_ids.begin(), face.facet_ids.end(), f))
            free_rays.push_back(f);
    }
    if (static_cast<int>(free_rays.size()) != face.dimension)
        return std::nullopt;

    std::vector<Polynomial> out;
    for (const auto& p : system) {
        std::vector<Term> terms;
        for (const auto& term : p.terms()) {
            ExpVec exponents;
            for (int f : free_rays)
                exponents.push_back(polyhedron.slack(f, term.exponents));
            terms.push_back({exponents, term.coefficient});
        }
        out.push_back(Polynomial::from_terms(face.dimension, terms));
    }
    return out;
}

}  // namespace

FaceDecision bernstein_on_strata(const NewtonPolyhedron& polyhedron, const NewtonFace& face,
                                 const std::vector<std::vector<int>>& cones,
                                 const std::vector<Polynomial>& system, Form form, int max_depth,
                                 const std::function<void()>& check_time) {
    FaceDecision decision;
    std::size_t strata = 0, boxes = 0;
    for (const auto& cone : cones) {
        check_time();
        auto stratum = stratum_system(polyhedron, face, cone, system);
        if (!stratum)
            continue;
        ++strata;
        auto certificate = certify_no_common_zero_on_cube(*stratum, max_depth * face.dimension,
                                                          20000, form == Form::function);
        boxes += certificate.boxes;
        if (certificate.negative_box) {
            decision.negative_somewhere = true;
            decision.reason = "the face polynomial is negative on a box of a chart stratum";
            return decision;
        }
        if (certificate.certified)
            continue;

        bool interior =
            certificate.common_zero &&
            std::all_of(certificate.common_zero->begin(), certificate.common_zero->end(),
                        [](const Rational& x) { return x.sign() > 0; });
        if (interior) {
            decision.status = FaceStatus::degenerate;
            decision.witness = "the face system vanishes in a chart stratum at v = (";
            for (std::size_t i = 0; i < certificate.common_zero->size(); ++i) {
                decision.witness +=
                    (i ? "," : "") + (*certificate.common_zero)[i].to_short_string();
            }
            decision.witness += ")";
        } else {
            decision.reason = "Bernstein test on a chart stratum: " + certificate.detail;
        }
        return decision;
    }
    decision.status = FaceStatus::nondegenerate;
    decision.reason = "no zero on " + std::to_string(strata) +
                      " chart strata (exact Bernstein expansion, " + std::to_string(boxes) +
                      " boxes)";
    return decision;
}

std::vector<Polynomial> face_system(const NewtonPolyhedron& polyhedron, const NewtonFace& face,
                                    const std::vector<Polynomial>& generators) {
    std::vector<Polynomial> system;
    for (const auto& f : generators) {
        std::vector<Term> terms;
        for (const auto& term : f.terms()) {
            if (on_face(polyhedron, face, term.exponents))
                terms.push_back(term);
        }
        if (!terms.empty())
            system.push_back(Polynomial::from_terms(f.num_vars(), terms));
    }
    return system;
}

std::vector<std::vector<int>> sign_classes(const std::vector<Polynomial>& system,
                                           const std::vector<CoordinateRange>& orthant) {
    std::vector<int> free_coordinates;
    std::vector<int> base(orthant.size(), 1);
    for (std::size_t i = 0; i < orthant.size(); ++i) {
        if (orthant[i] == CoordinateRange::negative)
            base[i] = -1;
        if (orthant[i] == CoordinateRange::free)
            free_coordinates.push_back(static_cast<int>(i));
    }

    if (free_coordinates.size() > 20) {
        throw LimitExceeded("too many free coordinates (" +
                            std::to_string(free_coordinates.size()) + ") to enumerate orthants");
    }
    std::set<std::vector<int>> seen;
    std::vector<std::vector<int>> representatives;
    const std::size_t count = std::size_t{1} << free_coordinates.size();
    for (std::size_t mask = 0; mask < count; ++mask) {
        std::vector<int> signs = base;
        for (std::size_t b = 0; b < free_coordinates.size(); ++b) {
            if (mask >> b & 1)
                signs[free_coordinates[b]] = -1;
        }
        if (seen.insert(term_signs(system, signs)).second)
            representatives.push_back(signs);
    }
    return representatives;
}

FaceDecision decide_face(const std::vector<Polynomial>& system, const NewtonPolyhedron& polyhedron,
                         const NewtonFace& face, Form form, std::uint64_t seed) {
    for (std::size_t i = 0; i < system.size(); ++i) {
        int sign = 0;
        if (!has_one_sign(system[i], &sign))
            continue;
        FaceDecision decision;
        decision.status = FaceStatus::nondegenerate;
        decision.reason = std::string(form == Form::function ? "K" : "f_" + std::to_string(i + 1)) +
                          " restricted to the face has coefficients of one sign";
        decision.negative_somewhere = form == Form::function && sign < 0;
        return decision;
    }
    if (face.dimension == 1)
        return decide_edge(system, polyhedron, face, form);
    return search_witness(system, form, seed);
}

bool every_generator_one_signed(const std::vector<Polynomial>& generators,
                                const std::vector<CoordinateRange>& orthant, Form form) {
    // One sign on every orthant iff all terms share their exponent parities on the free
    // coordinates and their signs on the fixed orthant.
    for (const auto& f : generators) {
        std::vector<int> fixed_signs(orthant.size(), 1);
        for (std::size_t i = 0; i < orthant.size(); ++i) {
            if (orthant[i] == CoordinateRange::negative)
                fixed_signs[i] = -1;
        }
        const Polynomial signed_f = f.with_signs(fixed_signs);
        const Term& first = signed_f.terms().front();
        int sign = first.coefficient.sign();
        if (form == Form::function && sign < 0)
            return false;

        for (const auto& term : signed_f.terms()) {
            if (term.coefficient.sign() != sign)
                return false;
            for (std::size_t i = 0; i < orthant.size(); ++i) {
                bool free = orthant[i] == CoordinateRange::free;
                if (free && (term.exponents[i] - first.exponents[i]) % 2 != 0)
                    return false;
            }
        }
        if (form == Form::function) {
            for (std::size_t i = 0; i < orthant.size(); ++i) {
                if (orthant[i] == CoordinateRange::free && first.exponents[i] % 2 != 0)
                    return false;
            }
        }
    }
    return true;
}

}  // namespace slt
