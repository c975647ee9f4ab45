// Parsing chart scripts: header keys, then an indented tree of steps (docs/resolve.md).
#include "slt/resolve/chart_script.hpp"

#include "slt/error.hpp"
#include "slt/parser.hpp"

#include <fstream>
#include <sstream>

namespace slt::resolve {

namespace {

struct ScriptLine {
    int number = 0;
    int indent = 0;
    std::string text;
};

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return "";
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> items;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, separator))
        items.push_back(trim(item));
    return items;
}

std::string where(const std::string& source, int line) {
    return source + ":" + std::to_string(line);
}

std::vector<ScriptLine> significant_lines(const std::string& text, const std::string& source) {
    std::vector<ScriptLine> lines;
    std::stringstream stream(text);
    std::string raw;
    for (int number = 1; std::getline(stream, raw); ++number) {
        const std::string content = raw.substr(0, raw.find('#'));
        if (trim(content).empty())
            continue;
        const auto first = content.find_first_not_of(' ');
        if (content[first] == '\t' || content.find('\t') < first) {
            throw InputError("a tab in the indentation", where(source, number),
                             "indent chart scripts with spaces only");
        }
        lines.push_back({number, static_cast<int>(first), trim(content)});
    }
    return lines;
}

std::string first_word(const std::string& text) {
    return text.substr(0, text.find_first_of(" :"));
}

bool is_step_keyword(const std::string& word) {
    return word == "blowup" || word == "chart" || word == "coords" || word == "translate" ||
           word == "leaf";
}

std::vector<Substitution> parse_substitutions(const std::string& text, const std::string& at) {
    std::vector<Substitution> substitutions;
    if (trim(text).empty())
        return substitutions;
    for (const auto& item : split(text, ',')) {
        const auto equals = item.find('=');
        if (equals == std::string::npos) {
            throw InputError("'" + item + "' is not a substitution", at,
                             "write old = expression in the new coordinates, e.g. y = x*y1");
        }
        const std::string variable = trim(item.substr(0, equals));
        parse_variable_list(variable, at);
        substitutions.push_back({variable, trim(item.substr(equals + 1))});
    }
    return substitutions;
}

std::vector<std::int64_t> parse_weights(const std::string& text, const std::string& at) {
    std::vector<std::int64_t> weights;
    for (const auto& item : split(text, ',')) {
        const Rational weight = Rational::from_string(item, at + " weights");
        if (!weight.is_integer() || weight < Rational(1) || weight > Rational(1000)) {
            throw InputError("blow-up weight '" + item + "' is not an integer in 1..1000", at,
                             "write e.g. blowup x, y weights 3, 2");
        }
        weights.push_back(std::stoll(weight.to_short_string()));
    }
    return weights;
}

ScriptStep parse_blowup(const std::string& rest, const std::string& at) {
    ScriptStep step;
    step.kind = StepKind::blowup;
    const auto marker = rest.find(" weights ");
    step.centre = parse_variable_list(trim(rest.substr(0, marker)), at);
    if (step.centre.size() < 2) {
        throw InputError("a blow-up centre needs at least two coordinates", at,
                         "write e.g. blowup x, y (the centre {x = y = 0})");
    }
    if (marker == std::string::npos) {
        step.weights.assign(step.centre.size(), 1);
        return step;
    }
    step.weights = parse_weights(rest.substr(marker + 9), at);
    if (step.weights.size() != step.centre.size()) {
        throw InputError("the blow-up has " + std::to_string(step.centre.size()) +
                             " centre coordinates but " + std::to_string(step.weights.size()) +
                             " weights",
                         at, "give one weight per coordinate");
    }
    return step;
}

ScriptStep parse_step(const ScriptLine& line, const std::string& source) {
    const std::string at = where(source, line.number);
    const std::string keyword = first_word(line.text);
    const std::string rest = trim(line.text.substr(keyword.size()));
    ScriptStep step;
    if (keyword == "blowup") {
        step = parse_blowup(rest, at);
    } else if (keyword == "chart") {
        const auto colon = rest.find(':');
        if (colon == std::string::npos) {
            throw InputError("a chart line needs a label and a colon", at,
                             "write e.g. chart x: y = x*y1");
        }
        step.kind = StepKind::chart;
        step.label = trim(rest.substr(0, colon));
        step.substitutions = parse_substitutions(rest.substr(colon + 1), at);
    } else if (keyword == "coords" || keyword == "translate") {
        step.kind = keyword == "coords" ? StepKind::coords : StepKind::translate;
        step.substitutions = parse_substitutions(rest, at);
        if (step.substitutions.empty())
            throw InputError(keyword + " without a substitution", at,
                             "write e.g. " + keyword + " y = x - u");
    } else if (keyword == "leaf") {
        step.kind = StepKind::leaf;
        if (!rest.empty())
            throw InputError("'leaf' takes no arguments", at, "write the line as: leaf");
    } else {
        throw InputError("'" + keyword + "' is not a step", at,
                         "steps are blowup, chart, coords, translate and leaf");
    }
    step.line = line.number;
    return step;
}

// The operations under one chart: one blowup, one coords, any number of translates, or leaf.
void check_operations(const std::vector<ScriptStep>& steps, const std::string& source) {
    int blowups = 0, coords = 0, translates = 0, leaves = 0;
    for (const auto& step : steps) {
        const std::string at = where(source, step.line);
        if (step.kind == StepKind::chart) {
            throw InputError("a chart outside a blow-up", at,
                             "indent chart lines under the blowup line they belong to");
        }
        blowups += step.kind == StepKind::blowup;
        coords += step.kind == StepKind::coords;
        translates += step.kind == StepKind::translate;
        leaves += step.kind == StepKind::leaf;
    }
    const bool single = blowups + coords + leaves <= 1;
    if (!single || (translates > 0 && blowups + coords + leaves > 0)) {
        throw InputError("a chart has more than one kind of operation",
                         where(source, steps[0].line),
                         "under one chart write one blowup, or one coords, or translates, or leaf");
    }
}

std::vector<ScriptStep> parse_block(const std::vector<ScriptLine>& lines, std::size_t& pos,
                                    int indent, const std::string& source);

void attach_children(ScriptStep& step, const std::vector<ScriptLine>& lines, std::size_t& pos,
                     int indent, const std::string& source) {
    if (pos >= lines.size() || lines[pos].indent <= indent)
        return;
    const std::string at = where(source, lines[pos].number);
    if (step.kind == StepKind::leaf)
        throw InputError("a line indented under 'leaf'", at, "a leaf has no steps under it");
    step.children = parse_block(lines, pos, lines[pos].indent, source);
    for (const auto& child : step.children) {
        const bool is_chart = child.kind == StepKind::chart;
        if ((step.kind == StepKind::blowup) != is_chart) {
            throw InputError(step.kind == StepKind::blowup ? "only chart lines may follow a blowup"
                                                           : "a chart outside a blow-up",
                             where(source, child.line),
                             "indent chart lines under their blowup, operations under a chart");
        }
    }
    if (step.kind != StepKind::blowup)
        check_operations(step.children, source);
}

std::vector<ScriptStep> parse_block(const std::vector<ScriptLine>& lines, std::size_t& pos,
                                    int indent, const std::string& source) {
    std::vector<ScriptStep> steps;
    while (pos < lines.size() && lines[pos].indent == indent) {
        ScriptStep step = parse_step(lines[pos], source);
        ++pos;
        attach_children(step, lines, pos, indent, source);
        steps.push_back(std::move(step));
    }
    if (pos < lines.size() && lines[pos].indent > indent) {
        throw InputError("the indentation does not match any enclosing step",
                         where(source, lines[pos].number),
                         "indent a step's children by the same number of spaces");
    }
    return steps;
}

void set_published(ChartScript& script, const std::string& value, const std::string& at) {
    const auto items = split(value, ',');
    if (items.size() != 2)
        throw InputError("published needs two values", at, "write e.g. published: 5/12, 1");
    script.published_lambda = Rational::from_string(items[0], at);
    const Rational m = Rational::from_string(items[1], at);
    if (!m.is_integer() || m < Rational(0))
        throw InputError("the multiplicity must be an integer >= 0", at, "e.g. published: 1/2, 2");
    script.published_multiplicity = std::stoi(m.to_short_string());
}

void set_header(ChartScript& script, const ScriptLine& line) {
    const std::string at = where(script.source, line.number);
    const auto colon = line.text.find(':');
    const std::string key = trim(line.text.substr(0, colon));
    const std::string value = colon == std::string::npos ? "" : trim(line.text.substr(colon + 1));
    if (colon == std::string::npos || value.empty() || line.indent != 0) {
        throw InputError("'" + line.text + "' is neither a header key nor a step", at,
                         "header lines read key: value (K, ideal, problem, vars, prior, at, "
                         "orthant, name, published, source)");
    }
    ProblemText& problem = script.problem;
    if (key == "K" || key == "ideal") {
        if (!problem.polynomial.empty())
            throw InputError("K or ideal given twice", at, "give one of K: and ideal:");
        problem.polynomial = value;
        problem.ideal = key == "ideal";
    } else if (key == "problem") {
        script.problem_file = value;
    } else if (key == "vars") {
        problem.vars = value;
    } else if (key == "prior") {
        problem.prior = value;
    } else if (key == "at") {
        problem.point = value;
    } else if (key == "orthant") {
        problem.orthant = value;
    } else if (key == "name") {
        problem.name = value;
    } else if (key == "published") {
        set_published(script, value, at);
    } else if (key == "source") {
        script.published_source = value;
    } else {
        throw InputError("unknown header key '" + key + "'", at,
                         "the keys are K, ideal, problem, vars, prior, at, orthant, name, "
                         "published, source");
    }
}

}  // namespace

ChartScript parse_chart_script(const std::string& text, const std::string& source) {
    ChartScript script;
    script.source = source;
    const auto lines = significant_lines(text, source);

    std::size_t pos = 0;
    while (pos < lines.size() && !is_step_keyword(first_word(lines[pos].text)))
        set_header(script, lines[pos++]);

    if (script.problem.polynomial.empty() == script.problem_file.empty()) {
        throw InputError(script.problem_file.empty() ? "the script names no problem"
                                                     : "both problem: and K:/ideal: are given",
                         source, "give K: (or ideal:) inline, or problem: FILE.toml");
    }
    if (pos < lines.size() && lines[pos].indent != 0) {
        throw InputError("the first step is indented", where(source, lines[pos].number),
                         "steps on the root chart start in column 1");
    }
    script.steps = parse_block(lines, pos, 0, source);
    if (!script.steps.empty())
        check_operations(script.steps, source);
    return script;
}

ChartScript read_chart_script(const std::string& path) {
    std::ifstream file(path);
    if (!file) {
        throw InputError("cannot read the chart script '" + path + "'", path,
                         "check the path; chart scripts live under examples/resolutions/");
    }
    std::stringstream buffer;
    buffer << file.rdbuf();
    return parse_chart_script(buffer.str(), path);
}

const char* to_string(StepKind kind) {
    switch (kind) {
        case StepKind::blowup:
            return "blowup";
        case StepKind::chart:
            return "chart";
        case StepKind::coords:
            return "coords";
        case StepKind::translate:
            return "translate";
        case StepKind::leaf:
            return "leaf";
    }
    return "?";
}

}  // namespace slt::resolve
