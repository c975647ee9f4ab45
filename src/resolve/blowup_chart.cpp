// Charts of weighted blow-ups along coordinate subspaces (ALGORITHMS.md §4.3).
#include "slt/resolve/blowup_chart.hpp"

#include "slt/error.hpp"

#include <algorithm>

namespace slt::resolve {

namespace {

std::string power(const std::string& name, std::int64_t exponent) {
    return exponent == 1 ? name : name + "^" + std::to_string(exponent);
}

std::string chart_label(const BlowupCentre& centre, const BlowupChartId& id,
                        const std::vector<std::string>& names) {
    const std::string name = names[centre.coordinates[id.main]];
    if (centre.weights[id.main] % 2 != 0)
        return name;
    return name + (id.sign > 0 ? "+" : "-");
}

// The images of chart `id` in its own coordinates (same positions as the parent's).
std::vector<Polynomial> chart_images(const BlowupCentre& centre, const BlowupChartId& id, int d) {
    std::vector<Polynomial> images;
    for (int k = 0; k < d; ++k)
        images.push_back(Polynomial::variable(d, k));

    const int main = centre.coordinates[id.main];
    for (std::size_t j = 0; j < centre.coordinates.size(); ++j) {
        ExpVec exponents(d, 0);
        exponents[main] = centre.weights[j];
        if (j == id.main) {
            images[main] = Polynomial::monomial(exponents, Rational(id.sign));
            continue;
        }
        exponents[centre.coordinates[j]] = 1;
        images[centre.coordinates[j]] = Polynomial::monomial(exponents, Rational(1));
    }
    return images;
}

}  // namespace

BlowupCentre centre_of(const ScriptStep& blowup, const std::vector<std::string>& names,
                       const std::vector<ChartRange>& ranges, const std::string& source) {
    const std::string at = source + ":" + std::to_string(blowup.line);
    BlowupCentre centre;
    centre.weights = blowup.weights;
    for (const auto& name : blowup.centre) {
        const auto found = std::find(names.begin(), names.end(), name);
        if (found == names.end())
            throw InputError("'" + name + "' is not a coordinate of this chart", at,
                             "blow up coordinates of the chart the line is indented under");
        const int index = static_cast<int>(found - names.begin());
        if (ranges[index].kind != RangeKind::small) {
            throw InputError("the centre coordinate '" + name + "' ranges over " +
                                 ranges[index].to_string() + ", not a neighbourhood of 0",
                             at,
                             "a centre must pass through the chart's origin; first write "
                             "translate " +
                                 name + " = c + " + name + " for the point c");
        }
        if (std::count(centre.coordinates.begin(), centre.coordinates.end(), index) > 0)
            throw InputError("'" + name + "' appears twice in the centre", at, "list it once");
        centre.coordinates.push_back(index);
    }
    return centre;
}

std::vector<BlowupChartId> required_charts(const BlowupCentre& centre,
                                           const std::vector<ChartRange>& ranges) {
    std::vector<BlowupChartId> charts;
    for (std::size_t i = 0; i < centre.coordinates.size(); ++i) {
        const int side = ranges[centre.coordinates[i]].sign;
        if (centre.weights[i] % 2 != 0) {
            charts.push_back({i, 1});
            continue;
        }
        if (side >= 0)
            charts.push_back({i, 1});
        if (side <= 0)
            charts.push_back({i, -1});
    }
    return charts;
}

BlowupChartId identify_chart(const CoordinateChange& change, const BlowupCentre& centre,
                             const std::string& at) {
    const int d = static_cast<int>(change.old_names.size());
    std::string expected;
    for (std::size_t i = 0; i < centre.coordinates.size(); ++i) {
        for (int sign : {1, -1}) {
            const BlowupChartId id{i, sign};
            if (chart_images(centre, id, d) == change.images) {
                if (sign < 0 && centre.weights[i] % 2 != 0) {
                    throw InputError("a minus sign in a chart of odd weight", at,
                                     "an odd weight covers both signs: write the chart with +");
                }
                return id;
            }
            if (sign > 0 || centre.weights[i] % 2 == 0)
                expected += "\n  " + expected_chart_line(centre, id, change.old_names);
        }
    }
    throw InputError("this chart is not a chart of its blow-up", at,
                     "the charts read (ALGORITHMS.md §4.3, new names free):" + expected);
}

std::vector<ChartRange> chart_ranges(const BlowupCentre& centre, const BlowupChartId& id,
                                     const std::vector<ChartRange>& parent,
                                     const std::vector<std::string>& names, const std::string& at) {
    std::vector<ChartRange> ranges = parent;
    const int main = centre.coordinates[id.main];
    const bool even_main = centre.weights[id.main] % 2 == 0;
    const int main_sign = even_main ? 1 : parent[main].sign;
    ranges[main] = {RangeKind::small, main_sign};

    for (std::size_t j = 0; j < centre.coordinates.size(); ++j) {
        if (j == id.main)
            continue;
        const int k = centre.coordinates[j];
        int sign = parent[k].sign;
        if (sign != 0 && centre.weights[j] % 2 != 0) {
            if (main_sign == 0) {
                throw InputError(
                    "the chart region is not a box: " + names[k] + " is one-sided while " +
                        names[main] + " takes both signs",
                    at,
                    "TODO(#3): sign splits inside a blow-up are not supported; use a domain "
                    "where both are one-sided or both free");
            }
            sign *= main_sign;
        }
        ranges[k] = {RangeKind::bounded, sign};
    }
    return ranges;
}

std::string expected_chart_line(const BlowupCentre& centre, const BlowupChartId& id,
                                const std::vector<std::string>& names) {
    const int main = centre.coordinates[id.main];
    const std::string& v = names[main];
    std::string text;
    if (centre.weights[id.main] != 1 || id.sign < 0)
        text = v + " = " + (id.sign < 0 ? "-" : "") + power(v, centre.weights[id.main]);
    for (std::size_t j = 0; j < centre.coordinates.size(); ++j) {
        if (j == id.main)
            continue;
        const std::string& w = names[centre.coordinates[j]];
        text +=
            (text.empty() ? "" : ", ") + w + " = " + power(v, centre.weights[j]) + "*" + w + "1";
    }
    return "chart " + chart_label(centre, id, names) + ": " + text;
}

}  // namespace slt::resolve
