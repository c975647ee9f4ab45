#include "slt/io/rlct_report.hpp"

#include <algorithm>
#include <iomanip>
#include <sstream>

namespace slt::io {

namespace {

// Long polynomials are shown by their first and last characters (--json has them whole).
std::string abridged(const std::string& text) {
    constexpr std::size_t kShown = 300;
    if (text.size() <= kShown)
        return text;
    return text.substr(0, kShown / 2) + " ... (" + std::to_string(text.size()) +
           " characters) ... " + text.substr(text.size() - kShown / 2);
}

template <typename T, typename Format>
std::string joined(const std::vector<T>& items, const std::string& separator, Format format) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        text += (i == 0 ? "" : separator) + format(items[i]);
    }
    return text;
}

std::string integer_tuple(const std::vector<std::int64_t>& values) {
    return "(" + joined(values, ",", [](std::int64_t v) { return std::to_string(v); }) + ")";
}

std::string rational_tuple(const std::vector<Rational>& values) {
    return "(" + joined(values, ", ", [](const Rational& v) { return v.to_short_string(); }) + ")";
}

std::string sign_text(const std::vector<int>& signs) {
    return joined(signs, ",", [](int s) { return std::string(s < 0 ? "-" : "+"); });
}

// A facet <n, α> = c of Γ+ in the variables' names: "α_x + 2·α_y = 8".
std::string facet_text(const Facet& facet, const std::vector<std::string>& vars) {
    std::string text;
    for (std::size_t i = 0; i < facet.normal.size() && i < vars.size(); ++i) {
        if (facet.normal[i] == 0)
            continue;
        if (!text.empty())
            text += " + ";
        if (facet.normal[i] != 1)
            text += std::to_string(facet.normal[i]) + "·";
        text += "α_" + vars[i];
    }
    return text + " = " + std::to_string(facet.offset);
}

bool at_origin(const Problem& problem) {
    for (const auto& coordinate : problem.point) {
        if (!coordinate.is_zero())
            return false;
    }
    return true;
}

std::string domain_text(const Problem& problem) {
    bool all_free = true;
    for (auto range : problem.orthant)
        all_free = all_free && range == CoordinateRange::free;

    std::string text = at_origin(problem) ? "at the origin" : "at " + rational_tuple(problem.point);
    if (!all_free) {
        text += ", orthant " + joined(problem.orthant, ",", [](CoordinateRange r) {
                    return std::string(1, to_symbol(r));
                });
    }
    return text;
}

std::string problem_text(const Problem& problem) {
    std::ostringstream out;
    auto polynomial = [&](const Polynomial& p) { return p.to_string(problem.vars); };
    if (problem.form == Form::ideal) {
        out << "ideal  <" << abridged(joined(problem.generators, ", ", polynomial))
            << ">  (K = sum f_i^2)\n";
    } else {
        out << "K      " << abridged(joined(problem.generators, ", ", polynomial)) << "\n";
    }

    bool flat_prior = true;
    for (const auto& h : problem.prior_exponents)
        flat_prior = flat_prior && h.is_zero();
    out << "vars   "
        << abridged(joined(problem.vars, ", ", [](const std::string& v) { return v; }));
    if (!flat_prior)
        out << "; prior exponents h = " << rational_tuple(problem.prior_exponents);
    out << "; " << domain_text(problem) << "\n";
    return out.str();
}

void write_faces(std::ostringstream& out, const RlctResult& result) {
    out << "\nface checks (" << result.faces.size() << ")\n";
    out << "  " << std::left << std::setw(4) << "dim" << std::setw(14) << "status" << std::setw(10)
        << "signs"
        << "vertices; reason\n";
    for (const auto& face : result.faces) {
        out << "  " << std::setw(4) << face.dimension << std::setw(14) << to_string(face.status)
            << std::setw(10) << sign_text(face.signs) << joined(face.vertices, " ", integer_tuple);
        if (!face.reason.empty())
            out << "; " << face.reason;
        if (!face.witness.empty())
            out << "; witness " << face.witness;
        out << "\n";
    }
}

void write_charts(std::ostringstream& out, const RlctResult& result) {
    out << "\ncharts (" << result.charts.size() << ")  w = s·v^A, K = v^κ·unit, "
        << "prior·|Jacobian| = v^η·unit, ρ = (η+1)/κ\n";
    out << "  " << std::left << std::setw(6) << "det" << std::setw(10) << "signs"
        << "rays | κ | η | ρ\n";
    for (const auto& chart : result.charts) {
        auto rho = [](const std::optional<Rational>& r) {
            return r ? r->to_short_string() : std::string("∞");
        };
        out << "  " << std::setw(6) << chart.determinant << std::setw(10) << sign_text(chart.signs)
            << joined(chart.rays, " ", integer_tuple) << " | " << integer_tuple(chart.kappa)
            << " | " << rational_tuple(chart.eta) << " | (" << joined(chart.rho, ", ", rho)
            << ")\n";
    }
}

}  // namespace

// The resolution tree, one node a line, indented by depth (ALGORITHMS.md §4.5).
void write_resolution(std::ostream& out, const RlctResult& result) {
    if (result.resolution.empty())
        return;
    out << "resolution tree (" << result.resolution.size() << " nodes):\n";
    for (std::size_t i = 0; i < result.resolution.size(); ++i) {
        const auto& node = result.resolution[i];
        const std::string indent(2 * (node.depth + 1), ' ');
        out << indent << "#" << i << " " << node.origin << ": ";
        if (node.infinite) {
            out << "λ = ∞";
        } else {
            out << "(" << node.lambda.to_string() << ", " << node.multiplicity << ")";
        }
        out << (node.exact ? "" : " bound") << "  [" << node.how << "]\n";
        out << indent << "   K = " << node.polynomial << ", η = " << rational_tuple(node.eta)
            << ", domain " << node.domain << "\n";
    }
}

std::string certainty_in_words(const RlctResult& result) {
    if (result.certainty == Certainty::exact) {
        if (result.infinite)
            return "exact (K does not vanish at the point)";
        if (!result.parts.empty())
            return result.notes.back();
        if (!result.resolution.empty()) {
            const auto over_fields = std::count_if(
                result.resolution.begin(), result.resolution.end(),
                [](const ResolutionNode& node) { return node.field_problem != nullptr; });
            return "exact (resolved: " + std::to_string(result.resolution.size()) +
                   (result.resolution.size() == 1 ? " local problem" : " local problems") +
                   (over_fields > 0 ? ", " + std::to_string(over_fields) + " over number fields,"
                                    : "") +
                   " by toric charts and translations, every leaf normal "
                   "crossing)";
        }
        if (result.faces.empty() && !result.notes.empty())
            return "exact (" + result.notes.back() + ")";
        return "exact (certified: all compact faces non-degenerate)";
    }
    if (result.notes.empty())
        return "upper bound (no non-degeneracy certificate)";
    std::string notes = joined(result.notes, "; ", [](const std::string& n) { return n; });
    // The engine's notes usually begin with the words themselves; do not say them twice.
    return notes.rfind("upper bound", 0) == 0 ? notes : "upper bound: " + notes;
}

std::string to_report(const RlctResult& result, const Problem& problem, bool verbose) {
    std::ostringstream out;
    if (!problem.name.empty())
        out << problem.name << "\n";
    out << problem_text(problem);

    if (result.infinite) {
        out << "\nλ = ∞ (K does not vanish at the point)\n";
        return out.str();
    }

    std::string relation = result.certainty == Certainty::exact ? " = " : " <= ";
    out << "\nλ" << relation << result.lambda.to_string() << "   m = " << result.multiplicity;
    if (result.certainty == Certainty::upper_bound)
        out << "   (a bound in the pair order)";
    out << "\n";
    if (result.form == Form::ideal) {
        out << "ideal threshold 2λ = " << result.threshold_of_given_form().to_string() << "\n";
    }
    out << "certainty: " << certainty_in_words(result) << "\n";

    if (!result.parts.empty() && result.certainty == Certainty::exact) {
        out << "the parts give the answer; --verbose and --json show each part's certificate\n";
    } else if (!result.resolution.empty() && result.certainty == Certainty::exact) {
        out << "Newton distance l_τ = " << result.tau_distance.to_short_string()
            << " with τ = h + 1 = " << rational_tuple(result.tau)
            << "; the Newton value is only an upper bound here (a degenerate face), and the "
               "resolution tree gives the answer"
            << (verbose ? ":" : " (--verbose shows it)") << "\n";
    } else if (!result.active_facets.empty()) {
        if (!result.resolution.empty() && !result.tau_distance.is_zero()) {
            // The printed bound may come from the partial tree, below the Newton value.
            const Rational scale(result.form == Form::ideal ? 2 : 1);
            const Rational newton = Rational(1) / (scale * result.tau_distance);
            if (result.lambda < newton) {
                out << "the bound is the least pair the partial resolution tree found; the Newton "
                       "value is "
                    << newton.to_string() << (verbose ? "" : " (--verbose shows the tree)") << "\n";
            }
        }
        out << "Newton distance l_τ = " << result.tau_distance.to_short_string()
            << " with τ = h + 1 = " << rational_tuple(result.tau) << "; deciding facets";
        if (!at_origin(problem))
            out << " (exponents of K in coordinates centred at the point)";
        out << ":\n";
        for (const auto& facet : result.active_facets) {
            out << "  " << facet_text(facet, problem.vars) << "\n";
        }
    }
    if (!verbose)
        return out.str();

    if (!result.parts.empty()) {
        // A sum in disjoint variables: each part's own certificate.
        for (const auto& part : result.parts) {
            out << "\npart (" << joined(part.vars, ", ", [](const std::string& v) { return v; })
                << "): λ = " << part.lambda.to_string() << ", m = " << part.multiplicity << ", "
                << to_string(part.certainty) << "\n";
            write_faces(out, part);
            write_charts(out, part);
            write_resolution(out, part);
        }
        return out.str();
    }
    if (result.certainty == Certainty::exact) {
        for (const auto& note : result.notes)
            out << "note: " << note << "\n";
    }
    write_faces(out, result);
    write_charts(out, result);
    write_resolution(out, result);
    return out.str();
}

}  // namespace slt::io
