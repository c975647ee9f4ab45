#include "slt/io/problem_file.hpp"

#include "slt/error.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

namespace slt::io {

namespace {

constexpr std::array<const char*, 9> kTopLevelKeys = {
    "name", "description", "K", "ideal", "vars", "prior", "at", "orthant", "published"};
constexpr std::array<const char*, 3> kPublishedKeys = {"lambda", "m", "source"};

// Locates a key in the file: "f.toml: key 'prior' (line 3)".
std::string where(const std::string& path, const std::string& key, const toml::node* node) {
    std::string location = path + ": key '" + key + "'";
    if (node != nullptr && node->source().begin.line > 0) {
        location += " (line " + std::to_string(node->source().begin.line) + ")";
    }
    return location;
}

template <std::size_t N>
void check_known_keys(const toml::table& table, const std::array<const char*, N>& known,
                      const std::string& path, const std::string& prefix) {
    for (auto&& [key, node] : table) {
        std::string name(key.str());
        bool is_known =
            std::any_of(known.begin(), known.end(), [&](const char* k) { return name == k; });
        if (is_known)
            continue;

        std::string list;
        for (const char* k : known)
            list += (list.empty() ? "" : ", ") + std::string(k);
        throw InputError("unknown key '" + prefix + name + "'", where(path, prefix + name, &node),
                         "the keys are " + list + " (docs/problem-files.md)");
    }
}

std::string string_value(const toml::table& table, const std::string& key,
                         const std::string& path) {
    const toml::node* node = table.get(key);
    if (node == nullptr)
        return "";
    if (!node->is_string()) {
        throw InputError("'" + key + "' must be a string", where(path, key, node),
                         "write it in double quotes, e.g. " + key + " = \"...\"");
    }
    return std::string(**node->as_string());
}

// One exact number: an integer, or a string such as "1/2" or "0.25".
std::string number_text(const toml::node& node, const std::string& key, const std::string& path) {
    if (node.is_integer())
        return std::to_string(**node.as_integer());
    if (node.is_string())
        return std::string(**node.as_string());
    if (node.is_floating_point()) {
        throw InputError("'" + key + "' has a floating-point value", where(path, key, &node),
                         "write fractions as strings so they stay exact, e.g. \"1/2\" or "
                         "\"0.5\"");
    }
    throw InputError("'" + key + "' must hold numbers", where(path, key, &node),
                     "write integers or strings such as \"1/2\"");
}

// An array of numbers (or of strings, with `strings_only`) joined by commas, the command-line
// text form that problem_from_text reads.
// An example value of an array key, for error messages.
std::string example_array(const std::string& key) {
    if (key == "orthant")
        return "[\"+\", \"*\"] or \"+,*\"";
    if (key == "ideal")
        return "[\"a*b\", \"a*b^3\"]";
    if (key == "prior" || key == "at")
        return "[1, 0] or [\"1/2\", 0]";
    return "[\"a\", \"b\"]";
}

std::string joined_list(const toml::table& table, const std::string& key, const std::string& path,
                        bool strings_only) {
    const toml::node* node = table.get(key);
    if (node == nullptr)
        return "";
    if (node->is_string())
        return std::string(**node->as_string());
    if (!node->is_array()) {
        throw InputError("'" + key + "' must be an array", where(path, key, node),
                         "write e.g. " + key + " = " + example_array(key));
    }

    std::string text;
    for (const toml::node& item : *node->as_array()) {
        if (strings_only && !item.is_string()) {
            throw InputError("'" + key + "' must be an array of strings", where(path, key, &item),
                             "quote every entry, e.g. [\"a\", \"b\"]");
        }
        std::string entry =
            strings_only ? std::string(**item.as_string()) : number_text(item, key, path);
        text += (text.empty() ? "" : ", ") + entry;
    }
    if (text.empty()) {
        throw InputError("'" + key + "' is empty", where(path, key, node),
                         key == "ideal" ? "give the generators, e.g. ideal = [\"a*b\", \"a*b^3\"]"
                                        : "give one entry per variable, or leave the key out");
    }
    return text;
}

void read_polynomial(const toml::table& table, const std::string& path, ProblemText& text) {
    const toml::node* k = table.get("K");
    const toml::node* ideal = table.get("ideal");
    if ((k == nullptr) == (ideal == nullptr)) {
        throw InputError(k == nullptr ? "the problem has neither 'K' nor 'ideal'"
                                      : "the problem has both 'K' and 'ideal'",
                         path, "give exactly one: K = \"x^2*y^4\" or ideal = [\"a*b\", \"a*b^3\"]");
    }
    text.ideal = ideal != nullptr;
    text.polynomial =
        text.ideal ? joined_list(table, "ideal", path, true) : string_value(table, "K", path);
}

PublishedValue read_published(const toml::node& node, const std::string& path) {
    if (!node.is_table()) {
        throw InputError("'published' must be a table", where(path, "published", &node),
                         "write a [published] section with lambda, m and source");
    }
    const toml::table& table = *node.as_table();
    check_known_keys(table, kPublishedKeys, path, "published.");

    PublishedValue published;
    const toml::node* lambda = table.get("lambda");
    if (lambda == nullptr) {
        throw InputError("[published] has no 'lambda'", where(path, "published", &node),
                         "add lambda = \"p/q\"");
    }
    published.lambda = Rational::from_string(number_text(*lambda, "published.lambda", path),
                                             where(path, "published.lambda", lambda));

    const toml::node* m = table.get("m");
    if (m != nullptr && (!m->is_integer() || **m->as_integer() < 1)) {
        throw InputError("'published.m' must be an integer >= 1", where(path, "published.m", m),
                         "write e.g. m = 2");
    }
    if (m != nullptr)
        published.multiplicity = static_cast<int>(**m->as_integer());
    published.source = string_value(table, "source", path);
    return published;
}

toml::table parse_toml(const std::string& toml_text, const std::string& path) {
    try {
        return toml::parse(toml_text, path);
    } catch (const toml::parse_error& error) {
        const auto& begin = error.source().begin;
        throw InputError("TOML syntax error: " + std::string(error.description()),
                         path + ", line " + std::to_string(begin.line) + ", column " +
                             std::to_string(begin.column),
                         "see docs/problem-files.md for the format");
    }
}

// "--prior entry 2" -> "prior entry 2"; "POLY, character 7" -> "K, character 7".
std::string file_key_for(const std::string& flag_location, bool ideal) {
    const std::pair<const char*, const char*> renames[] = {{"POLY", ideal ? "ideal" : "K"},
                                                           {"--vars", "vars"},
                                                           {"--prior", "prior"},
                                                           {"--at", "at"},
                                                           {"--orthant", "orthant"}};
    for (const auto& [flag, key] : renames) {
        std::string prefix(flag);
        if (flag_location.compare(0, prefix.size(), prefix) == 0) {
            return key + flag_location.substr(prefix.size());
        }
    }
    return flag_location;
}

}  // namespace

ProblemFile parse_problem_file(const std::string& toml_text, const std::string& path) {
    toml::table table = parse_toml(toml_text, path);
    check_known_keys(table, kTopLevelKeys, path, "");

    ProblemFile file;
    file.path = path;
    file.description = string_value(table, "description", path);
    file.text.name = string_value(table, "name", path);
    read_polynomial(table, path, file.text);

    file.text.vars = joined_list(table, "vars", path, true);
    file.text.prior = joined_list(table, "prior", path, false);
    file.text.point = joined_list(table, "at", path, false);
    file.text.orthant = joined_list(table, "orthant", path, true);

    if (const toml::node* published = table.get("published")) {
        file.published = read_published(*published, path);
    }
    return file;
}

ProblemFile read_problem_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError("cannot open the problem file", path,
                         "check the path; problem files are TOML (docs/problem-files.md)");
    }
    std::ostringstream content;
    content << in.rdbuf();
    return parse_problem_file(content.str(), path);
}

Problem problem_from_file(const ProblemFile& file) {
    try {
        return problem_from_text(file.text);
    } catch (const InputError& error) {
        std::string key = file_key_for(error.where(), file.text.ideal);
        throw InputError(error.problem(), file.path + ": " + key, error.fix());
    }
}

}  // namespace slt::io
