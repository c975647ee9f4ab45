// Substitution lines of a chart script as exact polynomial maps (docs/resolve.md).
#include "slt/resolve/coordinate_change.hpp"

#include "slt/error.hpp"
#include "slt/parser.hpp"

#include <algorithm>
#include <optional>

namespace slt::resolve {

namespace {

int index_of(const std::vector<std::string>& names, const std::string& name) {
    auto found = std::find(names.begin(), names.end(), name);
    return found == names.end() ? -1 : static_cast<int>(found - names.begin());
}

// For each old coordinate, its expression, or nullopt when it is kept.
std::vector<std::optional<std::string>> expressions_by_coordinate(
    const std::vector<std::string>& old_names, const std::vector<Substitution>& substitutions,
    const std::string& at) {
    std::vector<std::optional<std::string>> expressions(old_names.size());
    for (const auto& substitution : substitutions) {
        const int index = index_of(old_names, substitution.variable);
        if (index < 0) {
            throw InputError(
                "'" + substitution.variable + "' is not a coordinate of this chart", at,
                "the coordinates here are " + [&] {
                    std::string list;
                    for (const auto& name : old_names)
                        list += (list.empty() ? "" : ", ") + name;
                    return list;
                }());
        }
        if (expressions[index]) {
            throw InputError("'" + substitution.variable + "' is substituted twice", at,
                             "give one substitution per coordinate");
        }
        expressions[index] = substitution.expression;
    }
    return expressions;
}

// The new coordinates named on the right-hand side of one substitution, in order.
std::vector<std::string> new_names_in(const std::string& expression,
                                      const std::vector<std::string>& kept, const std::string& at) {
    std::vector<std::string> names;
    for (const auto& name : parse_polynomials(expression, {}, false, at).vars) {
        if (index_of(kept, name) < 0)
            names.push_back(name);
    }
    return names;
}

// Gives each substituted coordinate a new coordinate: first those whose expression has a
// single unassigned new name (repeatedly), then the rest in order of appearance.
std::vector<std::string> assign_positions(
    const std::vector<std::string>& old_names,
    const std::vector<std::optional<std::string>>& expressions,
    const std::vector<std::string>& kept, const std::string& at) {
    std::vector<std::vector<std::string>> candidates(old_names.size());
    std::vector<std::string> all_new;
    for (std::size_t k = 0; k < old_names.size(); ++k) {
        if (!expressions[k])
            continue;
        candidates[k] = new_names_in(*expressions[k], kept, at);
        for (const auto& name : candidates[k]) {
            if (index_of(all_new, name) < 0)
                all_new.push_back(name);
        }
    }

    std::vector<std::string> assigned(old_names.size());
    std::vector<std::string> taken;
    auto unassigned_in = [&](std::size_t k) {
        std::vector<std::string> open;
        for (const auto& name : candidates[k]) {
            if (index_of(taken, name) < 0)
                open.push_back(name);
        }
        return open;
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t k = 0; k < old_names.size(); ++k) {
            if (!expressions[k] || !assigned[k].empty())
                continue;
            const auto open = unassigned_in(k);
            if (open.size() == 1) {
                assigned[k] = open[0];
                taken.push_back(open[0]);
                changed = true;
            }
        }
    }
    for (std::size_t k = 0; k < old_names.size(); ++k) {
        if (!expressions[k] || !assigned[k].empty())
            continue;
        for (const auto& name : all_new) {
            if (index_of(taken, name) < 0) {
                assigned[k] = name;
                taken.push_back(name);
                break;
            }
        }
    }

    std::size_t substituted = 0;
    for (const auto& expression : expressions)
        substituted += expression.has_value();
    if (all_new.size() != substituted) {
        throw InputError("the step substitutes " + std::to_string(substituted) +
                             " coordinate(s) but names " + std::to_string(all_new.size()) +
                             " new one(s)",
                         at,
                         "a change of coordinates replaces each substituted coordinate by one "
                         "new coordinate, e.g. y = x*y1");
    }
    return assigned;
}

}  // namespace

CoordinateChange change_from_substitutions(const std::vector<std::string>& old_names,
                                           const std::vector<Substitution>& substitutions, int line,
                                           const std::string& source) {
    const std::string at = source + ":" + std::to_string(line);
    const auto expressions = expressions_by_coordinate(old_names, substitutions, at);

    std::vector<std::string> kept;
    for (std::size_t k = 0; k < old_names.size(); ++k) {
        if (!expressions[k])
            kept.push_back(old_names[k]);
    }
    const auto assigned = assign_positions(old_names, expressions, kept, at);

    CoordinateChange change;
    change.line = line;
    change.old_names = old_names;
    for (std::size_t k = 0; k < old_names.size(); ++k)
        change.new_names.push_back(expressions[k] ? assigned[k] : old_names[k]);

    const int d = static_cast<int>(old_names.size());
    for (int k = 0; k < d; ++k) {
        if (!expressions[k]) {
            change.images.push_back(Polynomial::variable(d, k));
            continue;
        }
        auto parsed = parse_polynomials(*expressions[k], change.new_names, false,
                                        at + " (" + old_names[k] + " = ...)");
        change.images.push_back(parsed.polynomials.at(0));
    }
    return change;
}

std::string to_string(const CoordinateChange& change) {
    std::string text;
    for (std::size_t k = 0; k < change.old_names.size(); ++k) {
        const Polynomial same =
            Polynomial::variable(static_cast<int>(change.new_names.size()), static_cast<int>(k));
        if (change.images[k] == same && change.old_names[k] == change.new_names[k])
            continue;
        text += (text.empty() ? "" : ", ") + change.old_names[k] + " = " +
                change.images[k].to_string(change.new_names);
    }
    return text.empty() ? "identity" : text;
}

}  // namespace slt::resolve
