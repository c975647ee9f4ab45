// Text to polynomials: "(a*b + c)^2 + 3/4*a^4", or comma-separated generators.
//
// Grammar (whitespace ignored):
//   list    := expr (',' expr)*                      (only when a list is asked for)
//   expr    := ['+'|'-'] term (('+'|'-') term)*
//   term    := factor (('*'|'/') factor)*            (division by nonzero constants only)
//   factor  := ['+'|'-'] atom [('^'|'**') integer]   (exponent 0..kMaxExponent)
//   atom    := number | name | '(' expr ')'          (number: 12, 0.25; name:
//   [A-Za-z_][A-Za-z0-9_]*)
#pragma once

#include "slt/polynomial.hpp"

#include <string>
#include <vector>

namespace slt {

// Largest number of variables a problem may have.
constexpr int kMaxVariables = 512;

struct ParsedPolynomials {
    std::vector<std::string> vars;
    std::vector<Polynomial> polynomials;
};

// Parses `text`. With `vars` empty, the variables are the names in order of first
// appearance; otherwise every name must be one of `vars`. With `as_list`, top-level commas
// separate polynomials. Errors are InputError with `source` and the 1-based character
// position as `where`, and a caret line in the message.
ParsedPolynomials parse_polynomials(const std::string& text, const std::vector<std::string>& vars,
                                    bool as_list, const std::string& source);

// Parses a comma-separated list of variable names ("a,b,c"), checking each is a valid,
// distinct name.
std::vector<std::string> parse_variable_list(const std::string& text, const std::string& source);

}  // namespace slt
