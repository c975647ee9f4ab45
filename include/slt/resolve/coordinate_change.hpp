// One step of a hand resolution as an exact polynomial map w = g(v) from the coordinates v of
// a child chart to the coordinates w of its parent (docs/resolve.md).
#pragma once

#include "slt/polynomial.hpp"
#include "slt/resolve/chart_script.hpp"

#include <string>
#include <vector>

namespace slt::resolve {

struct CoordinateChange {
    std::vector<std::string> old_names;
    std::vector<std::string> new_names;
    std::vector<Polynomial> images;  // one per old coordinate, in the new coordinates
    int line = 0;                    // the script line of the step
};

// The change written as substitutions "old = expression in new coordinates". Coordinates not
// substituted are kept (same name, same position). A name on a right-hand side that is not a
// kept coordinate is a new coordinate; there must be exactly one per substituted coordinate,
// and it takes that coordinate's position (the one it appears alone in, else in order), so
// "x = y1^3*x1, y = y1^2" gives the new coordinates (x1, y1).
// Throws InputError at `source`:`line` for an unknown or doubled coordinate, a wrong number of
// new coordinates, or an expression that does not parse.
CoordinateChange change_from_substitutions(const std::vector<std::string>& old_names,
                                           const std::vector<Substitution>& substitutions, int line,
                                           const std::string& source);

// "y = x*y1, x = x" style text of the change, for reports.
std::string to_string(const CoordinateChange& change);

}  // namespace slt::resolve
