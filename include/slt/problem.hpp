// The RLCT problem: K (or the generators of its ideal), the prior, the point and the domain.
//
// Vocabulary (DESIGN.md): K >= 0 is the function; in the ideal form K = sum f_i^2 and the
// generators f_i are given; the prior is |w^h| times a positive unit; tau = h + 1.
#pragma once

#include "slt/polynomial.hpp"
#include "slt/rational.hpp"

#include <string>
#include <vector>

namespace slt {

enum class Form { function, ideal };

// The range of one coordinate near the point: w_i >= p_i ('+'), w_i <= p_i ('-') or both
// ('*', a full neighbourhood in that coordinate).
enum class CoordinateRange { positive, negative, free };

struct Problem {
    std::string name;  // for reports; may be empty
    std::vector<std::string> vars;
    Form form = Form::function;
    // Function form: exactly one polynomial, K. Ideal form: f_1..f_r with K = sum f_i^2.
    std::vector<Polynomial> generators;
    std::vector<Rational> prior_exponents;  // h_i > -1, one per variable
    std::vector<Rational> point;            // where the local RLCT is taken
    std::vector<CoordinateRange> orthant;   // one per variable
};

// Text form of a problem, as given on the command line or in a problem file.
struct ProblemText {
    std::string name;
    std::string polynomial;  // K, or comma-separated generators when `ideal`
    bool ideal = false;
    std::string vars;     // "a,b,c" or empty: order of first appearance
    std::string prior;    // "h1,h2,..." or empty: h = 0
    std::string point;    // "p1,p2,..." or empty: the origin
    std::string orthant;  // "+,*,-" or empty: full neighbourhood
};

// Parses and validates. Throws InputError (what, where, how to fix) on any bad field:
// unparsable polynomial, wrong number of prior exponents or coordinates, h_i <= -1, an
// orthant symbol other than + - *.
Problem problem_from_text(const ProblemText& text);

// The problem moved to the origin: generators K(p + w), and prior exponents h_i kept where
// p_i = 0 and set to 0 where p_i != 0, because there w_i^{h_i} is a unit (ALGORITHMS.md §1.3).
Problem translated_to_origin(const Problem& problem);

// "+", "-", "*" for one coordinate range.
char to_symbol(CoordinateRange range);

}  // namespace slt
