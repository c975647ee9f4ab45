// Text and JSON reports of a verified hand resolution (docs/resolve.md).
#include "slt/resolve/resolution_report.hpp"

#include <algorithm>
#include <sstream>

namespace slt::resolve {

namespace {

template <typename T, typename F>
std::string tuple_text(const std::vector<T>& values, F to_text) {
    std::string text;
    for (const auto& value : values)
        text += (text.empty() ? "" : ", ") + to_text(value);
    return "(" + text + ")";
}

std::string kappa_text(const Leaf& leaf) {
    return tuple_text(leaf.kappa, [](std::int64_t k) { return std::to_string(k); });
}

std::string eta_text(const Leaf& leaf) {
    return tuple_text(leaf.eta, [](const Rational& e) { return e.to_short_string(); });
}

// A ρ_j that is not attained on the leaf (its point is translated to) is shown in brackets.
std::string rho_text(const Leaf& leaf) {
    std::vector<std::string> parts;
    for (std::size_t j = 0; j < leaf.rho.size(); ++j) {
        std::string text = leaf.rho[j] ? leaf.rho[j]->to_short_string() : std::string("∞");
        if (leaf.rho[j] && j < leaf.attained.size() && !leaf.attained[j])
            text = "[" + text + "]";
        parts.push_back(text);
    }
    return tuple_text(parts, [](const std::string& part) { return part; });
}

std::string names_text(const Leaf& leaf) {
    return tuple_text(leaf.names, [](const std::string& name) { return name; });
}

// Pads to `width` display columns (UTF-8 aware for ∞, ε and κ).
std::size_t columns_of(const std::string& text);

std::string pad(const std::string& text, std::size_t width) {
    const std::size_t columns = columns_of(text);
    return text + std::string(columns < width ? width - columns : 1, ' ');
}

std::string problem_line(const HandResolution& result) {
    const Problem& problem = result.problem;
    std::string k =
        problem.form == Form::ideal ? "sum of squares of the ideal generators " : "K = ";
    if (problem.form == Form::ideal) {
        k += tuple_text(problem.generators,
                        [&](const Polynomial& f) { return f.to_string(problem.vars); });
    } else {
        k += problem.generators.at(0).to_string(problem.vars);
    }
    std::string point =
        tuple_text(problem.point, [](const Rational& p) { return p.to_short_string(); });
    std::string prior =
        tuple_text(problem.prior_exponents, [](const Rational& h) { return h.to_short_string(); });
    return k + "  (centred at the point " + point + "; prior exponents h = " + prior + ")";
}

std::string pair_text(const HandResolution& result) {
    if (result.infinite)
        return "(∞, 0)";
    return "(" + result.lambda.to_short_string() + ", " + std::to_string(result.multiplicity) + ")";
}

std::vector<std::vector<std::string>> leaf_rows(const HandResolution& result,
                                                const std::vector<LeafRecheck>& rechecks) {
    std::vector<std::vector<std::string>> rows = {
        {"leaf", "line", "coordinates", "κ", "η", "ρ", "status"}};
    for (std::size_t i = 0; i < result.leaves.size(); ++i) {
        const Leaf& leaf = result.leaves[i];
        std::string status = to_string(leaf.status);
        if (!rechecks.empty())
            status += rechecks[i].agrees ? ", rechecked" : ", RECHECK FAILED";
        rows.push_back({leaf.path, leaf.line > 0 ? std::to_string(leaf.line) : "-",
                        names_text(leaf), kappa_text(leaf), eta_text(leaf), rho_text(leaf),
                        status});
    }
    return rows;
}

std::size_t columns_of(const std::string& text) {
    std::size_t columns = 0;
    for (unsigned char c : text)
        columns += (c & 0xC0) != 0x80;
    return columns;
}

bool any_unattained(const HandResolution& result) {
    for (const auto& leaf : result.leaves) {
        for (std::size_t j = 0; j < leaf.attained.size(); ++j) {
            if (!leaf.attained[j] && leaf.rho[j])
                return true;
        }
    }
    return false;
}

void write_leaves(std::ostringstream& out, const HandResolution& result,
                  const std::vector<LeafRecheck>& rechecks, bool verbose) {
    const auto rows = leaf_rows(result, rechecks);
    std::vector<std::size_t> widths(rows[0].size(), 0);
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], columns_of(row[c]) + 2);
    }

    for (std::size_t r = 0; r < rows.size(); ++r) {
        out << "  ";
        for (std::size_t c = 0; c + 1 < rows[r].size(); ++c)
            out << pad(rows[r][c], widths[c]);
        out << rows[r].back() << "\n";
        if (!verbose || r == 0)
            continue;
        const Leaf& leaf = result.leaves[r - 1];
        std::string ranges;
        for (std::size_t j = 0; j < leaf.names.size(); ++j)
            ranges += (j ? ", " : "") + leaf.names[j] + " in " + leaf.ranges[j].to_string();
        out << "      ranges: " << ranges << "\n      K∘g = " << leaf.pullback.to_string(leaf.names)
            << "\n      " << leaf.detail << "\n";
        if (!rechecks.empty())
            out << "      recheck: " << rechecks[r - 1].detail << "\n";
    }
    if (any_unattained(result))
        out << "  [ρ]: v_j = 0 only at a translated point, where the child chart decides\n";
}

}  // namespace

std::string published_agreement(const HandResolution& result, const ChartScript& script) {
    if (!script.published_lambda)
        return "";
    if (result.certainty != ResolutionCertainty::exact)
        return "not proved (the script has gaps)";
    const bool equal = !result.infinite && result.lambda == *script.published_lambda &&
                       result.multiplicity == script.published_multiplicity;
    return equal ? "agrees" : "DIFFERS";
}

std::string to_report(const HandResolution& result, const ChartScript& script,
                      const std::vector<LeafRecheck>& rechecks, bool verbose) {
    std::ostringstream out;
    out << "hand resolution " << script.source << "\n" << problem_line(result) << "\n\n";
    write_leaves(out, result, rechecks, verbose);

    out << "\n";
    if (result.gaps.empty()) {
        out << "coverage: complete (every blow-up has all its charts; every zero of a unit on an "
               "exceptional set is translated to)\n";
    } else {
        out << "gaps (" << result.gaps.size() << "):\n";
        for (const auto& gap : result.gaps)
            out << "  line " << gap.line << ", " << gap.path << ": " << gap.what << "\n";
    }

    if (result.certainty == ResolutionCertainty::incomplete) {
        out << "(λ, m): not proved: no leaf is verified\n";
    } else if (result.certainty == ResolutionCertainty::exact) {
        out << "(λ, m) = " << pair_text(result) << ", exact\n";
    } else {
        out << "(λ, m) <= " << pair_text(result)
            << " in the pair order: upper bound (from the verified leaves only)\n";
    }
    const std::string agreement = published_agreement(result, script);
    if (!agreement.empty()) {
        out << "published (" << script.published_lambda->to_short_string() << ", "
            << script.published_multiplicity << ")"
            << (script.published_source.empty() ? "" : " [" + script.published_source + "]") << ": "
            << agreement << "\n";
    }
    return out.str();
}

nlohmann::json to_json(const HandResolution& result, const ChartScript& script,
                       const std::vector<LeafRecheck>& rechecks) {
    using nlohmann::json;
    const Problem& problem = result.problem;
    json leaves = json::array();
    for (std::size_t i = 0; i < result.leaves.size(); ++i) {
        const Leaf& leaf = result.leaves[i];
        json rho = json::array(), eta = json::array(), ranges = json::array();
        json attained = leaf.attained;
        for (const auto& r : leaf.rho)
            rho.push_back(r ? json(r->to_string()) : json(nullptr));
        for (const auto& e : leaf.eta)
            eta.push_back(e.to_string());
        for (const auto& range : leaf.ranges)
            ranges.push_back(range.to_string());
        json entry = {{"path", leaf.path},
                      {"line", leaf.line},
                      {"coordinates", leaf.names},
                      {"ranges", ranges},
                      {"kappa", leaf.kappa},
                      {"eta", eta},
                      {"rho", rho},
                      {"rho_attained", attained},
                      {"status", to_string(leaf.status)},
                      {"detail", leaf.detail},
                      {"pullback", leaf.pullback.to_string(leaf.names)}};
        if (!rechecks.empty())
            entry["recheck"] = {{"agrees", rechecks[i].agrees}, {"detail", rechecks[i].detail}};
        leaves.push_back(entry);
    }

    json gaps = json::array();
    for (const auto& gap : result.gaps)
        gaps.push_back({{"path", gap.path}, {"line", gap.line}, {"what", gap.what}});

    json out = {
        {"script", script.source},
        {"vars", problem.vars},
        {"K", problem.form == Form::function ? problem.generators.at(0).to_string(problem.vars)
                                             : std::string()},
        {"form", problem.form == Form::ideal ? "ideal" : "function"},
        {"leaves", leaves},
        {"gaps", gaps},
        {"verdict", result.gaps.empty() ? "complete" : "gap"},
        {"certainty", to_string(result.certainty)}};
    if (result.certainty != ResolutionCertainty::incomplete) {
        out["lambda"] = result.infinite ? std::string("inf") : result.lambda.to_string();
        out["multiplicity"] = result.infinite ? 0 : result.multiplicity;
    }
    const std::string agreement = published_agreement(result, script);
    if (!agreement.empty()) {
        out["published"] = {{"lambda", script.published_lambda->to_string()},
                            {"multiplicity", script.published_multiplicity},
                            {"source", script.published_source},
                            {"agreement", agreement}};
    }
    return out;
}

}  // namespace slt::resolve
