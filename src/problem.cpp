#include "slt/problem.hpp"

#include "slt/error.hpp"
#include "slt/parser.hpp"

namespace slt {

namespace {

std::vector<std::string> split_commas(const std::string& text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (true) {
        std::size_t comma = text.find(',', start);
        std::string item = text.substr(start, comma == std::string::npos ? comma : comma - start);
        item.erase(0, item.find_first_not_of(" \t"));
        item.erase(item.find_last_not_of(" \t") + 1);
        items.push_back(item);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return items;
}

std::vector<Rational> parse_rational_list(const std::string& text, std::size_t expected,
                                          const std::string& where, const std::string& what) {
    auto items = split_commas(text);
    if (items.size() != expected) {
        throw InputError(what + " has " + std::to_string(items.size()) + " entries but there are " +
                             std::to_string(expected) + " variables",
                         where, "give one value per variable, in the order of --vars");
    }
    std::vector<Rational> values;
    for (std::size_t i = 0; i < items.size(); ++i) {
        values.push_back(
            Rational::from_string(items[i], where + " entry " + std::to_string(i + 1)));
    }
    return values;
}

std::vector<CoordinateRange> parse_orthant(const std::string& text, std::size_t expected) {
    auto items = split_commas(text);
    if (items.size() != expected) {
        throw InputError("--orthant has " + std::to_string(items.size()) +
                             " entries but there are " + std::to_string(expected) + " variables",
                         "--orthant", "give one of +, -, * per variable, e.g. +,*");
    }
    std::vector<CoordinateRange> ranges;
    for (const auto& item : items) {
        if (item == "+") {
            ranges.push_back(CoordinateRange::positive);
        } else if (item == "-") {
            ranges.push_back(CoordinateRange::negative);
        } else if (item == "*") {
            ranges.push_back(CoordinateRange::free);
        } else {
            throw InputError("'" + item + "' is not an orthant symbol", "--orthant",
                             "use + (w_i >= p_i), - (w_i <= p_i) or * (both sides)");
        }
    }
    return ranges;
}

}  // namespace

Problem problem_from_text(const ProblemText& text) {
    Problem problem;
    problem.name = text.name;
    problem.form = text.ideal ? Form::ideal : Form::function;

    std::vector<std::string> vars;
    if (!text.vars.empty())
        vars = parse_variable_list(text.vars, "--vars");
    auto parsed = parse_polynomials(text.polynomial, vars, text.ideal, "POLY");
    problem.vars = parsed.vars;
    problem.generators = parsed.polynomials;
    const std::size_t d = problem.vars.size();

    problem.prior_exponents.assign(d, Rational(0));
    if (!text.prior.empty()) {
        problem.prior_exponents = parse_rational_list(text.prior, d, "--prior", "--prior");
        for (std::size_t i = 0; i < d; ++i) {
            if (problem.prior_exponents[i] <= Rational(-1)) {
                throw InputError("prior exponent h_" + std::to_string(i + 1) + " = " +
                                     problem.prior_exponents[i].to_short_string() + " is <= -1",
                                 "--prior",
                                 "the prior |w^h| must be integrable: every h_i must be > -1");
            }
        }
    }

    problem.point.assign(d, Rational(0));
    if (!text.point.empty())
        problem.point = parse_rational_list(text.point, d, "--at", "--at");

    problem.orthant.assign(d, CoordinateRange::free);
    if (!text.orthant.empty())
        problem.orthant = parse_orthant(text.orthant, d);
    return problem;
}

Problem translated_to_origin(const Problem& problem) {
    Problem local = problem;
    bool at_origin = true;
    for (const auto& coordinate : problem.point)
        at_origin = at_origin && coordinate.is_zero();
    if (at_origin)
        return local;

    for (auto& generator : local.generators)
        generator = generator.translated(problem.point);
    for (std::size_t i = 0; i < problem.point.size(); ++i) {
        if (!problem.point[i].is_zero())
            local.prior_exponents[i] = Rational(0);
        local.point[i] = Rational(0);
    }
    return local;
}

char to_symbol(CoordinateRange range) {
    switch (range) {
        case CoordinateRange::positive:
            return '+';
        case CoordinateRange::negative:
            return '-';
        case CoordinateRange::free:
            return '*';
    }
    return '?';
}

}  // namespace slt
