// Problem files: one RLCT problem per human-editable TOML file (docs/problem-files.md).
//
//   name = "watanabe_x2y4"
//   description = "Normal crossing K = x^2 y^4 (Watanabe 2009, Ch. 6)"
//   K = "x^2*y^4"                 # or: ideal = ["a*b", "a*b^3"]   (K = sum f_i^2)
//   vars = ["x", "y"]             # optional: order of first appearance
//   prior = [0, "1/2"]            # optional: h_i > -1, integers or exact strings
//   at = [0, 0]                   # optional: the point (default: the origin)
//   orthant = "+,*"               # optional: or ["+", "*"] (default: all free)
//
//   [published]                   # optional: a published value to compare against
//   lambda = "1/4"
//   m = 1
//   source = "Watanabe 2009, Ch. 6"
//
// Fractions are written as strings ("1/2") or integers; TOML floats are rejected so that no
// exact value ever passes through a double (STYLE.md §7).
#pragma once

#include "slt/problem.hpp"
#include "slt/rational.hpp"

#include <optional>
#include <string>

namespace slt::io {

// A published (λ, m) with where it comes from. λ is the learning coefficient of K.
struct PublishedValue {
    Rational lambda;
    int multiplicity = 1;
    std::string source;
};

struct ProblemFile {
    std::string path;         // as given; used in error messages
    std::string description;  // free text, may be empty
    ProblemText text;         // the fields, in the command line's text form
    std::optional<PublishedValue> published;
};

// Reads and checks the file's keys. Throws InputError naming the file and the key on an
// unreadable file, a TOML syntax error (with line and column), an unknown key, a missing or
// doubled K/ideal, or a value of the wrong type. The polynomial text itself is parsed later,
// by problem_from_file.
ProblemFile read_problem_file(const std::string& path);

// Same as read_problem_file, from TOML text already in memory; `path` only names the source.
ProblemFile parse_problem_file(const std::string& toml_text, const std::string& path);

// problem_from_text(file.text), with errors located at the file and key ("f.toml: prior
// entry 2") instead of the command-line flag.
Problem problem_from_file(const ProblemFile& file);

}  // namespace slt::io
