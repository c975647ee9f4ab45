#include "slt/io/rlct_dot.hpp"

#include <sstream>

namespace slt::io {

namespace {

// DOT string literal: quotes and backslashes escaped, long text wrapped.
std::string quoted(const std::string& text) {
    std::string out = "\"";
    std::size_t column = 0;
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            column = 0;
            continue;
        }
        out += c;
        if (++column > 60 && c == ' ') {
            out += "\\n";
            column = 0;
        }
    }
    return out + "\"";
}

std::string pair_text(bool infinite, const Rational& lambda, int multiplicity) {
    if (infinite)
        return "λ = ∞";
    return "(λ, m) = (" + lambda.to_string() + ", " + std::to_string(multiplicity) + ")";
}

std::string tuple(const std::vector<Rational>& values) {
    std::string text = "(";
    for (std::size_t i = 0; i < values.size(); ++i) {
        text += (i ? ", " : "") + values[i].to_short_string();
    }
    return text + ")";
}

}  // namespace

std::string to_dot(const RlctResult& result, const Problem& problem) {
    std::ostringstream out;
    out << "digraph resolution {\n  node [shape=box, fontname=\"monospace\"];\n";

    if (result.resolution.empty()) {
        std::string polynomial;
        for (const auto& f : problem.generators) {
            polynomial += (polynomial.empty() ? "" : ", ") + f.to_string(problem.vars);
        }
        out << "  n0 [label="
            << quoted(polynomial + "\n" +
                      pair_text(result.infinite, result.lambda, result.multiplicity) + "\n" +
                      to_string(result.certainty))
            << "];\n}\n";
        return out.str();
    }

    for (std::size_t i = 0; i < result.resolution.size(); ++i) {
        const auto& node = result.resolution[i];
        const std::string label = node.origin + "\nK = " + node.polynomial +
                                  "\nη = " + tuple(node.eta) + ", domain " + node.domain + "\n" +
                                  pair_text(node.infinite, node.lambda, node.multiplicity) +
                                  (node.exact ? "" : " (bound)") + "\n" + node.how;
        out << "  n" << i << " [label=" << quoted(label)
            << (node.exact ? "" : ", color=red, fontcolor=red") << "];\n";
        if (node.parent >= 0)
            out << "  n" << node.parent << " -> n" << i << ";\n";
    }
    out << "}\n";
    return out.str();
}

}  // namespace slt::io
