// Errors that reach the user: bad input, unsupported cases, exceeded limits.
//
// Every message says what was wrong, where, and how to fix it (STYLE.md §8).
// Broken internal invariants are assertions, not InputError.
#pragma once

#include <stdexcept>
#include <string>

namespace slt {

// Invalid input from the user: a polynomial that does not parse, a prior exponent <= -1,
// a K that is not >= 0, ... `where` names the flag, file key or character position.
class InputError : public std::runtime_error {
  public:
    InputError(const std::string& what, const std::string& where, const std::string& fix)
        : std::runtime_error(compose(what, where, fix)), problem_(what), where_(where), fix_(fix) {}

    // The three parts of the message: what was wrong, where, and how to fix it.
    const std::string& problem() const { return problem_; }
    const std::string& where() const { return where_; }
    const std::string& fix() const { return fix_; }

  private:
    static std::string compose(const std::string& what, const std::string& where,
                               const std::string& fix) {
        std::string message = what;
        if (!where.empty())
            message += " (at " + where + ")";
        if (!fix.empty())
            message += ". " + fix;
        return message;
    }

    std::string problem_;
    std::string where_;
    std::string fix_;
};

// A computation stopped at a limit the caller set (time, size). The partial answer, if any,
// is reported by the caller as an upper bound.
class LimitExceeded : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace slt
