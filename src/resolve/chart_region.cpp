// Units on the core of a chart region: exact roots in dimension 1, Bernstein boxes above
// (docs/resolve.md; ALGORITHMS.md §4.1 for why the compact core decides it).
#include "slt/resolve/chart_region.hpp"

#include "slt/bernstein.hpp"
#include "slt/real_roots.hpp"
#include "slt/resolve/polynomial_map.hpp"

#include <cassert>

namespace slt::resolve {

namespace {

// Subdivision limits of the Bernstein test on cores of dimension >= 2.
constexpr int kBernsteinDepth = 14;
constexpr std::size_t kBernsteinBoxes = 20000;

std::vector<bool> small_mask(const std::vector<ChartRange>& ranges) {
    std::vector<bool> mask;
    for (const auto& range : ranges)
        mask.push_back(range.kind == RangeKind::small);
    return mask;
}

std::vector<int> bounded_indices(const std::vector<ChartRange>& ranges) {
    std::vector<int> indices;
    for (std::size_t j = 0; j < ranges.size(); ++j) {
        if (ranges[j].kind == RangeKind::bounded)
            indices.push_back(static_cast<int>(j));
    }
    return indices;
}

std::string core_to_string(const std::vector<ChartRange>& ranges,
                           const std::vector<std::string>& names) {
    std::string text;
    for (std::size_t j = 0; j < ranges.size(); ++j) {
        if (!text.empty())
            text += ", ";
        if (ranges[j].kind == RangeKind::small) {
            text += names[j] + " = 0";
        } else {
            text += names[j] + " in [" + ranges[j].lower().to_short_string() + ", " +
                    ranges[j].upper().to_short_string() + "]";
        }
    }
    return "{" + text + "}";
}

UnitCheck check_point_core(const Polynomial& core, const std::vector<ChartRange>& ranges) {
    UnitCheck check;
    Rational value = core.constant_term();
    if (!value.is_zero()) {
        check.status = UnitStatus::unit;
        check.detail = "unit value " + value.to_short_string() + " at the origin";
        return check;
    }
    check.status = UnitStatus::vanishes;
    check.detail = "the unit vanishes at the origin of the chart";
    check.zeros.push_back(CorePoint(ranges.size()));
    return check;
}

// A zero of the restricted unit on the interval of one bounded coordinate.
struct IntervalZero {
    RootInterval root;
    bool exact() const { return root.lower == root.upper; }
};

std::vector<IntervalZero> zeros_on_interval(const UnivariateCoefficients& p, const Rational& lo,
                                            const Rational& hi) {
    std::vector<IntervalZero> zeros;
    if (evaluate(p, lo).is_zero())
        zeros.push_back({RootInterval{lo, lo, false}});
    for (const auto& root : real_roots_in(p, lo, hi))
        zeros.push_back({root});
    if (evaluate(p, hi).is_zero())
        zeros.push_back({RootInterval{hi, hi, false}});
    return zeros;
}

UnivariateCoefficients coefficients_in(const Polynomial& p, int var) {
    UnivariateCoefficients coefficients(static_cast<std::size_t>(p.degree_in(var)) + 1);
    for (const auto& term : p.terms())
        coefficients[static_cast<std::size_t>(term.exponents[var])] += term.coefficient;
    return coefficients;
}

UnitCheck check_line_core(const Polynomial& core, const std::vector<ChartRange>& ranges,
                          const std::vector<std::string>& names, int var,
                          const std::vector<CorePoint>& covered) {
    const Rational lo = ranges[var].lower(), hi = ranges[var].upper();
    const auto zeros = zeros_on_interval(coefficients_in(core, var), lo, hi);

    UnitCheck check;
    std::string covered_text;
    for (const auto& zero : zeros) {
        bool matched = false;
        for (std::size_t c = 0; c < covered.size() && zero.exact(); ++c) {
            if (covered[c][var] && *covered[c][var] == zero.root.lower) {
                matched = true;
                check.used.push_back(c);
            }
        }
        CorePoint point(ranges.size());
        if (zero.exact())
            point[var] = zero.root.lower;
        const std::string where =
            zero.exact() ? names[var] + " = " + zero.root.lower.to_short_string()
                         : names[var] + " in " + zero.root.to_string() + " (irrational)";
        if (matched) {
            covered_text += (covered_text.empty() ? "" : ", ") + where;
            continue;
        }
        check.zeros.push_back(point);
        check.detail += (check.detail.empty() ? "" : "; ") + std::string("the unit vanishes at ") +
                        where + " on the core " + core_to_string(ranges, names) +
                        ", and no translate covers it";
    }

    if (!check.zeros.empty()) {
        check.status = UnitStatus::vanishes;
        return check;
    }
    check.status = UnitStatus::unit;
    check.detail = "no zero of the unit on the core " + core_to_string(ranges, names) +
                   (covered_text.empty() ? "" : " except at " + covered_text + " (translated)") +
                   " (Sturm)";
    return check;
}

UnitCheck check_box_core(const Polynomial& core, const std::vector<ChartRange>& ranges,
                         const std::vector<std::string>& names, const std::vector<int>& bounded,
                         const std::vector<CorePoint>& covered) {
    UnitCheck check;
    if (!covered.empty()) {
        check.detail = "the core " + core_to_string(ranges, names) +
                       " has dimension >= 2 and translated children; the remainder cannot be "
                       "checked (TODO(#3): exclusion of neighbourhoods in Bernstein boxes)";
        return check;
    }

    // v_j = lo_j + (hi_j - lo_j) s_k maps [0, 1]^k onto the box of the bounded coordinates.
    const int k = static_cast<int>(bounded.size());
    std::vector<Polynomial> images(ranges.size(), Polynomial::constant(k, Rational(0)));
    for (int i = 0; i < k; ++i) {
        const auto& range = ranges[bounded[i]];
        images[bounded[i]] = Polynomial::constant(k, range.lower()) +
                             Polynomial::variable(k, i).scaled(range.upper() - range.lower());
    }
    const Polynomial on_cube = substitute(core, images);
    const auto certificate =
        certify_no_common_zero_on_cube({on_cube}, kBernsteinDepth, kBernsteinBoxes);

    if (certificate.certified) {
        check.status = UnitStatus::unit;
        check.detail = "no zero of the unit on the core " + core_to_string(ranges, names) +
                       " (Bernstein, " + std::to_string(certificate.boxes) + " boxes)";
    } else if (certificate.common_zero) {
        check.status = UnitStatus::vanishes;
        CorePoint point(ranges.size());
        for (int i = 0; i < k; ++i) {
            const auto& range = ranges[bounded[i]];
            point[bounded[i]] =
                range.lower() + (range.upper() - range.lower()) * (*certificate.common_zero)[i];
        }
        check.zeros.push_back(point);
        check.detail = "the unit vanishes at " + core_point_to_string(point, ranges, names) +
                       ", and no translate covers it";
    } else {
        check.detail =
            "Bernstein subdivision could not decide whether the unit vanishes on the "
            "core " +
            core_to_string(ranges, names) + ": " + certificate.detail;
    }
    return check;
}

}  // namespace

Rational ChartRange::lower() const {
    return (kind == RangeKind::bounded && sign <= 0) ? Rational(-1) : Rational(0);
}

Rational ChartRange::upper() const {
    return (kind == RangeKind::bounded && sign >= 0) ? Rational(1) : Rational(0);
}

std::string ChartRange::to_string() const {
    const char* bound = kind == RangeKind::small ? "ε" : "1";
    if (sign > 0)
        return std::string("[0, ") + bound + "]";
    if (sign < 0)
        return std::string("[-") + bound + ", 0]";
    return std::string("[-") + bound + ", " + bound + "]";
}

UnitCheck check_unit_on_core(const Polynomial& unit, const std::vector<ChartRange>& ranges,
                             const std::vector<std::string>& names,
                             const std::vector<CorePoint>& covered) {
    assert(unit.num_vars() == static_cast<int>(ranges.size()));
    const Polynomial core = restrict_to_zero(unit, small_mask(ranges));
    const std::vector<int> bounded = bounded_indices(ranges);

    if (core.is_zero()) {
        UnitCheck check;
        check.status = UnitStatus::vanishes;
        check.detail = "the unit vanishes on the whole core " + core_to_string(ranges, names);
        check.zeros.push_back(CorePoint(ranges.size()));
        return check;
    }
    if (bounded.empty())
        return check_point_core(core, ranges);
    if (bounded.size() == 1)
        return check_line_core(core, ranges, names, bounded[0], covered);
    return check_box_core(core, ranges, names, bounded, covered);
}

std::string core_point_to_string(const CorePoint& point, const std::vector<ChartRange>& ranges,
                                 const std::vector<std::string>& names) {
    std::string text;
    for (std::size_t j = 0; j < ranges.size(); ++j) {
        if (!text.empty())
            text += ", ";
        const bool fixed = j < point.size() && point[j].has_value();
        text += names[j] + " = " + (fixed ? point[j]->to_short_string() : std::string("0"));
    }
    return text;
}

}  // namespace slt::resolve
