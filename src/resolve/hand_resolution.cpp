// Applying a chart script and checking its leaves and its coverage (docs/resolve.md).
#include "slt/resolve/hand_resolution.hpp"

#include "slt/error.hpp"
#include "slt/resolve/blowup_chart.hpp"
#include "slt/resolve/polynomial_map.hpp"

#include <algorithm>
#include <cassert>

namespace slt::resolve {

namespace {

// A chart of the tree while it is being walked: everything pulled back to its coordinates.
struct ChartNode {
    std::string path = "root";
    int line = 0;
    std::vector<std::string> names;
    std::vector<ChartRange> ranges;
    std::vector<CoordinateChange> chain;
    std::vector<Polynomial> map;
    Polynomial pullback;
    Polynomial jacobian;
};

struct Walk {
    const Problem& problem;
    const std::string& source;
    HandResolution& result;

    void visit(const ChartNode& node, const std::vector<ScriptStep>& steps);
    void blow_up(const ChartNode& node, const ScriptStep& step);
    void change_coordinates(const ChartNode& node, const ScriptStep& step);
    void translate(const ChartNode& node, const std::vector<ScriptStep>& steps);
    void add_leaf(const ChartNode& node, const std::vector<CorePoint>& covered);
    void add_gap(const ChartNode& node, int line, const std::string& what) {
        result.gaps.push_back({node.path, line, what});
    }
    std::string at(int line) const { return source + ":" + std::to_string(line); }
};

std::string child_path(const std::string& parent, const std::string& step) {
    return parent == "root" ? step : parent + " / " + step;
}

ChartNode root_node(const Problem& problem) {
    ChartNode node;
    node.names = problem.vars;
    const int d = static_cast<int>(problem.vars.size());
    for (int k = 0; k < d; ++k) {
        const int sign = problem.orthant[k] == CoordinateRange::positive   ? 1
                         : problem.orthant[k] == CoordinateRange::negative ? -1
                                                                           : 0;
        node.ranges.push_back({RangeKind::small, sign});
        node.map.push_back(Polynomial::variable(d, k));
    }

    node.pullback = Polynomial(d);
    if (problem.form == Form::ideal) {
        for (const auto& generator : problem.generators)
            node.pullback = node.pullback + generator * generator;
    } else {
        node.pullback = problem.generators.at(0);
    }
    node.jacobian = Polynomial::constant(d, Rational(1));
    return node;
}

// The child chart w = change(v): everything pulled back along the step, the Jacobian
// determinant of the step multiplied in (chain rule).
ChartNode apply(const ChartNode& node, const CoordinateChange& change,
                std::vector<ChartRange> ranges, const std::string& path) {
    ChartNode child;
    child.path = path;
    child.line = change.line;
    child.names = change.new_names;
    child.ranges = std::move(ranges);
    child.chain = node.chain;
    child.chain.push_back(change);
    for (const auto& image : node.map)
        child.map.push_back(substitute(image, change.images));
    child.pullback = substitute(node.pullback, change.images);
    child.jacobian = substitute(node.jacobian, change.images) * jacobian_determinant(change.images);
    return child;
}

std::vector<std::optional<Rational>> ratios(const std::vector<std::int64_t>& kappa,
                                            const std::vector<Rational>& eta) {
    std::vector<std::optional<Rational>> rho;
    for (std::size_t j = 0; j < kappa.size(); ++j) {
        if (kappa[j] > 0)
            rho.push_back((eta[j] + Rational(1)) / Rational(kappa[j]));
        else
            rho.push_back(std::nullopt);
    }
    return rho;
}

void Walk::visit(const ChartNode& node, const std::vector<ScriptStep>& steps) {
    if (steps.empty() || steps[0].kind == StepKind::leaf) {
        add_leaf(node, {});
        return;
    }
    switch (steps[0].kind) {
        case StepKind::blowup:
            blow_up(node, steps[0]);
            return;
        case StepKind::coords:
            change_coordinates(node, steps[0]);
            return;
        default:
            translate(node, steps);
    }
}

void Walk::blow_up(const ChartNode& node, const ScriptStep& step) {
    const BlowupCentre centre = centre_of(step, node.names, node.ranges, source);
    const auto required = required_charts(centre, node.ranges);

    std::vector<BlowupChartId> seen;
    for (const auto& chart : step.children) {
        const auto change =
            change_from_substitutions(node.names, chart.substitutions, chart.line, source);
        const BlowupChartId id = identify_chart(change, centre, at(chart.line));
        if (std::find(required.begin(), required.end(), id) == required.end()) {
            throw InputError("chart '" + chart.label + "' lies outside the domain", at(chart.line),
                             "remove it: the coordinate it makes negative (or positive) is "
                             "one-sided here");
        }
        if (std::find(seen.begin(), seen.end(), id) != seen.end())
            throw InputError("chart '" + chart.label + "' is given twice", at(chart.line),
                             "give each chart of a blow-up once");
        seen.push_back(id);

        auto ranges = chart_ranges(centre, id, node.ranges, node.names, at(chart.line));
        const std::string label =
            chart.label.empty() ? change.new_names[centre.coordinates[id.main]] : chart.label;
        visit(apply(node, change, std::move(ranges), child_path(node.path, label)), chart.children);
    }

    for (const auto& id : required) {
        if (std::find(seen.begin(), seen.end(), id) != seen.end())
            continue;
        add_gap(node, step.line,
                "the blow-up misses a chart; add: " + expected_chart_line(centre, id, node.names));
    }
}

// The positions a step substitutes, from the script (an image may look unchanged, as in
// "translate x1 = 0 + x1").
std::vector<bool> substituted_positions(const ChartNode& node, const ScriptStep& step) {
    std::vector<bool> substituted(node.names.size(), false);
    for (const auto& substitution : step.substitutions) {
        const auto found = std::find(node.names.begin(), node.names.end(), substitution.variable);
        substituted[found - node.names.begin()] = true;
    }
    return substituted;
}

void Walk::change_coordinates(const ChartNode& node, const ScriptStep& step) {
    const auto change =
        change_from_substitutions(node.names, step.substitutions, step.line, source);
    const auto substituted = substituted_positions(node, step);
    std::vector<bool> small;
    for (const auto& range : node.ranges)
        small.push_back(range.kind == RangeKind::small);

    for (std::size_t k = 0; k < node.names.size(); ++k) {
        if (!substituted[k])
            continue;
        if (node.ranges[k].kind != RangeKind::small || node.ranges[k].sign != 0) {
            throw InputError("coords changes '" + node.names[k] + "', which ranges over " +
                                 node.ranges[k].to_string(),
                             at(step.line),
                             "coords may only change coordinates that range over a full "
                             "neighbourhood [-ε, ε] of 0 (TODO(#3): one-sided ones)");
        }
        if (!restrict_to_zero(change.images[k], small).is_zero()) {
            throw InputError("coords moves the chart's origin: " + node.names[k] + " = " +
                                 change.images[k].to_string(change.new_names) +
                                 " is not 0 where the new coordinates are 0",
                             at(step.line), "use translate to move to a point");
        }
    }

    // An invertible change has a Jacobian determinant without zeros on the core.
    const Polynomial determinant = jacobian_determinant(change.images);
    const std::string name = "coords " + to_string(change);
    if (determinant.is_zero()) {
        add_gap(node, step.line, name + " is not invertible: its Jacobian determinant is 0");
        return;
    }
    const auto check = check_unit_on_core(determinant, node.ranges, change.new_names, {});
    if (check.status != UnitStatus::unit) {
        add_gap(node, step.line,
                name + " is not shown invertible along the chart: Jacobian determinant " +
                    determinant.to_string(change.new_names) + "; " + check.detail);
        return;
    }
    visit(apply(node, change, node.ranges, child_path(node.path, "coords")), step.children);
}

struct Translation {
    std::vector<ChartRange> ranges;
    CorePoint point;
    std::string label;
};

// A bounded coordinate t moved to c + a·u: u is small, one-sided when c is an end of t's range.
Translation translation_of(const ChartNode& node, const ScriptStep& step,
                           const CoordinateChange& change, const std::string& at) {
    Translation translation{node.ranges, CorePoint(node.names.size()), ""};
    const auto substituted = substituted_positions(node, step);
    const int d = static_cast<int>(node.names.size());
    for (int k = 0; k < d; ++k) {
        if (!substituted[k])
            continue;
        const ChartRange& range = node.ranges[k];
        if (range.kind != RangeKind::bounded) {
            throw InputError("translate moves '" + node.names[k] + "', which ranges over " +
                                 range.to_string() + " around the origin",
                             at,
                             "translate only the bounded coordinates of a blow-up chart, to a "
                             "point of the exceptional set");
        }
        const Rational c = change.images[k].constant_term();
        const Polynomial linear = change.images[k] - Polynomial::constant(d, c);
        ExpVec unit_exponent(d, 0);
        unit_exponent[k] = 1;
        if (!linear.is_monomial() || linear.terms()[0].exponents != unit_exponent) {
            throw InputError("'" + node.names[k] + " = " +
                                 change.images[k].to_string(change.new_names) +
                                 "' is not a translation",
                             at, "write " + node.names[k] + " = c + u with a number c");
        }
        if (c < range.lower() || c > range.upper()) {
            throw InputError("the point " + node.names[k] + " = " + c.to_short_string() +
                                 " is outside the chart's range " + range.to_string(),
                             at,
                             "translate to a point of the range; the rest lies in other charts");
        }

        const Rational a = linear.terms()[0].coefficient;
        Rational from = (range.lower() - c) / a, to = (range.upper() - c) / a;
        if (to < from)
            std::swap(from, to);
        translation.ranges[k] = {RangeKind::small, from.is_zero() ? 1 : (to.is_zero() ? -1 : 0)};
        translation.point[k] = c;
        translation.label +=
            (translation.label.empty() ? "" : ",") + node.names[k] + "=" + c.to_short_string();
    }
    return translation;
}

void Walk::translate(const ChartNode& node, const std::vector<ScriptStep>& steps) {
    std::vector<CoordinateChange> changes;
    std::vector<Translation> translations;
    std::vector<CorePoint> covered;
    for (const auto& step : steps) {
        changes.push_back(
            change_from_substitutions(node.names, step.substitutions, step.line, source));
        translations.push_back(translation_of(node, step, changes.back(), at(step.line)));
        covered.push_back(translations.back().point);
    }

    // The chart away from the translated points first, then each point.
    add_leaf(node, covered);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        visit(apply(node, changes[i], std::move(translations[i].ranges),
                    child_path(node.path, translations[i].label)),
              steps[i].children);
    }
}

// A bounded coordinate's hyperplane meets a 1-dimensional core in the single point v_j = 0;
// when a child covers that point, the rest of the chart never reaches v_j = 0.
std::vector<bool> attained_coordinates(const std::vector<ChartRange>& ranges,
                                       const std::vector<CorePoint>& covered) {
    std::vector<bool> attained(ranges.size(), true);
    for (std::size_t j = 0; j < ranges.size(); ++j) {
        for (const auto& point : covered) {
            if (ranges[j].kind == RangeKind::bounded && point[j] && point[j]->is_zero())
                attained[j] = false;
        }
    }
    return attained;
}

void Walk::add_leaf(const ChartNode& node, const std::vector<CorePoint>& covered) {
    Leaf leaf;
    leaf.path = node.path;
    leaf.line = node.line;
    leaf.names = node.names;
    leaf.ranges = node.ranges;
    leaf.chain = node.chain;
    leaf.map = node.map;
    leaf.pullback = node.pullback;
    if (node.pullback.is_zero() || node.jacobian.is_zero()) {
        leaf.status = LeafStatus::not_normal_crossing;
        leaf.detail = node.pullback.is_zero() ? "K pulls back to 0" : "the Jacobian is 0";
        add_gap(node, node.line, leaf.detail);
        result.leaves.push_back(std::move(leaf));
        return;
    }

    // K∘g = v^κ u and |det g'| φ∘g = v^η b, the prior |w^h| pulled back factor by factor.
    const auto k_factor = monomial_factor(node.pullback);
    const auto jacobian_factor = monomial_factor(node.jacobian);
    leaf.kappa = k_factor.exponents;
    leaf.unit = k_factor.cofactor * jacobian_factor.cofactor;
    for (auto exponent : jacobian_factor.exponents)
        leaf.eta.push_back(Rational(exponent));
    for (std::size_t i = 0; i < problem.prior_exponents.size(); ++i) {
        if (problem.prior_exponents[i].is_zero())
            continue;
        const auto prior_factor = monomial_factor(node.map[i]);
        for (std::size_t j = 0; j < leaf.eta.size(); ++j)
            leaf.eta[j] += problem.prior_exponents[i] * Rational(prior_factor.exponents[j]);
        leaf.unit = leaf.unit * prior_factor.cofactor;
    }
    leaf.rho = ratios(leaf.kappa, leaf.eta);
    leaf.attained = attained_coordinates(leaf.ranges, covered);

    const auto check = check_unit_on_core(leaf.unit, leaf.ranges, leaf.names, covered);
    leaf.detail = check.detail;
    leaf.status = check.status == UnitStatus::unit       ? LeafStatus::normal_crossing
                  : check.status == UnitStatus::vanishes ? LeafStatus::not_normal_crossing
                                                         : LeafStatus::undecided;
    if (leaf.status != LeafStatus::normal_crossing) {
        add_gap(node, node.line,
                std::string(leaf.status == LeafStatus::undecided ? "undecided: "
                                                                 : "not normal crossing: ") +
                    check.detail);
    }
    result.leaves.push_back(std::move(leaf));
}

void summarise(HandResolution& result) {
    std::optional<std::pair<Rational, int>> best;
    bool any_verified = false;
    for (const auto& leaf : result.leaves) {
        if (leaf.status != LeafStatus::normal_crossing)
            continue;
        any_verified = true;
        const auto pair = leaf.pair();
        if (!pair)
            continue;
        if (!best || pair->first < best->first) {
            best = pair;
        } else if (pair->first == best->first) {
            best->second = std::max(best->second, pair->second);
        }
    }

    result.complete = result.gaps.empty() && any_verified;
    result.certainty = result.complete ? ResolutionCertainty::exact
                       : any_verified  ? ResolutionCertainty::upper_bound
                                       : ResolutionCertainty::incomplete;
    result.infinite = any_verified && !best;
    if (best) {
        result.lambda = best->first;
        result.multiplicity = best->second;
    }
}

}  // namespace

std::optional<std::pair<Rational, int>> Leaf::pair() const {
    std::optional<std::pair<Rational, int>> best;
    for (std::size_t j = 0; j < rho.size(); ++j) {
        const auto& value = rho[j];
        if (!value || (j < attained.size() && !attained[j]))
            continue;
        if (!best || *value < best->first)
            best = std::make_pair(*value, 1);
        else if (*value == best->first)
            ++best->second;
    }
    return best;
}

HandResolution verify_hand_resolution(const Problem& problem, const std::vector<ScriptStep>& steps,
                                      const std::string& source) {
    HandResolution result;
    result.problem = translated_to_origin(problem);
    Walk walk{result.problem, source, result};
    walk.visit(root_node(result.problem), steps);
    summarise(result);
    return result;
}

const char* to_string(LeafStatus status) {
    switch (status) {
        case LeafStatus::normal_crossing:
            return "normal crossing";
        case LeafStatus::not_normal_crossing:
            return "NOT normal crossing";
        case LeafStatus::undecided:
            return "undecided";
    }
    return "?";
}

const char* to_string(ResolutionCertainty certainty) {
    switch (certainty) {
        case ResolutionCertainty::exact:
            return "exact";
        case ResolutionCertainty::upper_bound:
            return "upper bound";
        case ResolutionCertainty::incomplete:
            return "incomplete";
    }
    return "?";
}

}  // namespace slt::resolve
