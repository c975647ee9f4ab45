#include "slt/parser.hpp"

#include "slt/error.hpp"

#include <algorithm>
#include <cctype>

namespace slt {

namespace {

bool is_name_start(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}
bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}
bool is_digit(char c) {
    return std::isdigit(static_cast<unsigned char>(c));
}

// Nesting limit of parentheses and unary signs: the parser recurses once per level.
constexpr int kMaxNesting = 1000;
// Characters of input shown on either side of an error position.
constexpr std::size_t kContext = 40;

// Recursive-descent parser over the raw text; `pos_` is a byte offset.
class Parser {
  public:
    Parser(const std::string& text, const std::vector<std::string>& vars, const std::string& source)
        : text_(text), vars_(vars), source_(source) {}

    std::vector<Polynomial> parse(bool as_list) {
        check_characters();
        std::vector<Polynomial> result;
        skip_space();
        if (pos_ == text_.size())
            fail("the polynomial is empty", "write a polynomial such as x^2*y^4");
        result.push_back(expr());
        while (as_list && peek() == ',') {
            ++pos_;
            result.push_back(expr());
        }
        skip_space();
        if (pos_ != text_.size()) {
            std::string hint = as_list || peek() != ','
                                   ? "check the operators around this character"
                                   : "to give generators f_1, ..., f_r with K = sum f_i^2, "
                                     "use the ideal form (--ideal)";
            fail(std::string("unexpected '") + text_[pos_] + "'", hint);
        }
        return result;
    }

  private:
    [[noreturn]] void fail(const std::string& what, const std::string& fix) const {
        // Show at most kContext characters on either side of the position.
        const std::size_t at = std::min(pos_, text_.size());
        const std::size_t start = at > kContext ? at - kContext : 0;
        std::string excerpt = text_.substr(start, 2 * kContext);
        const std::string before = start > 0 ? "..." : "";
        const std::string after = start + excerpt.size() < text_.size() ? "..." : "";
        std::string caret(before.size() + at - start, ' ');
        std::string message = what + "\n  " + before + excerpt + after + "\n  " + caret + "^\n";
        throw InputError(message, source_ + ", character " + std::to_string(pos_ + 1), fix);
    }

    void check_characters() {
        for (pos_ = 0; pos_ < text_.size(); ++pos_) {
            unsigned char c = static_cast<unsigned char>(text_[pos_]);
            if (c >= 0x80 || (c < 0x20 && !std::isspace(c))) {
                fail("non-ASCII or control character in the input",
                     "use ASCII only: names [A-Za-z_][A-Za-z0-9_]*, '*' for products, '^' for "
                     "powers");
            }
        }
        pos_ = 0;
    }

    void skip_space() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_])))
            ++pos_;
    }

    char peek() {
        skip_space();
        return pos_ < text_.size() ? text_[pos_] : '\0';
    }

    int num_vars() const { return static_cast<int>(vars_.size()); }

    Polynomial expr() {
        Polynomial sum = term();
        for (char c = peek(); c == '+' || c == '-'; c = peek()) {
            ++pos_;
            Polynomial next = term();
            sum = c == '+' ? sum + next : sum - next;
        }
        return sum;
    }

    Polynomial term() {
        Polynomial product = factor();
        for (char c = peek(); c == '*' || c == '/'; c = peek()) {
            if (c == '*' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '*')
                break;  // '**'
            ++pos_;
            std::size_t divisor_pos = pos_;
            Polynomial next = factor();
            if (c == '*') {
                product = product * next;
                continue;
            }
            if (next.is_zero()) {
                pos_ = divisor_pos;
                fail("division by zero", "remove the division or use a nonzero constant");
            }
            if (next.terms().size() != 1 ||
                std::any_of(next.terms()[0].exponents.begin(), next.terms()[0].exponents.end(),
                            [](std::int64_t e) { return e != 0; })) {
                pos_ = divisor_pos;
                fail("division by a non-constant",
                     "K must be a polynomial; divide only by nonzero numbers");
            }
            product = product.scaled(Rational(1) / next.terms()[0].coefficient);
        }
        return product;
    }

    Polynomial factor() {
        char c = peek();
        if (c == '+' || c == '-') {
            if (++depth_ > kMaxNesting) {
                fail("more than " + std::to_string(kMaxNesting) + " signs in a row",
                     "simplify the expression");
            }
            ++pos_;
            Polynomial inner = factor();
            --depth_;
            return c == '-' ? -inner : inner;
        }
        Polynomial base = atom();
        c = peek();
        bool star_star = c == '*' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '*';
        if (c != '^' && !star_star)
            return base;
        pos_ += star_star ? 2 : 1;
        return base.pow(exponent());
    }

    std::int64_t exponent() {
        char c = peek();
        if (c == '-') {
            fail("negative exponent", "K must be a polynomial: exponents are integers >= 0");
        }
        if (c == '(') {
            fail("parenthesised exponent", "write the exponent as a plain integer, e.g. x^3");
        }
        if (!is_digit(c))
            fail("expected an integer exponent after '^'", "e.g. x^2");
        std::size_t start = pos_;
        while (pos_ < text_.size() && is_digit(text_[pos_]))
            ++pos_;
        std::string digits = text_.substr(start, pos_ - start);
        if (pos_ < text_.size() && (text_[pos_] == '.' || text_[pos_] == '/')) {
            // x^2/2 could be read as x^(2/2); it is refused rather than guessed.
            fail("fractional exponent (or a power divided by a number without parentheses)",
                 "exponents are integers >= 0; for a power divided by a number write "
                 "(x^2)/2");
        }
        digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
        if (digits.size() > 9 || std::stoll(digits) > kMaxExponent) {
            pos_ = start;
            fail("exponent " + digits + " is too large",
                 "exponents up to " + std::to_string(kMaxExponent) + " are supported");
        }
        return std::stoll(digits);
    }

    Polynomial atom() {
        char c = peek();
        if (c == '(') {
            if (++depth_ > kMaxNesting) {
                fail("parentheses nested deeper than " + std::to_string(kMaxNesting) + " levels",
                     "simplify the expression");
            }
            ++pos_;
            Polynomial inner = expr();
            --depth_;
            if (peek() != ')')
                fail("expected ')'", "check that the parentheses match");
            ++pos_;
            return inner;
        }
        if (is_digit(c) || c == '.')
            return number();
        if (is_name_start(c))
            return name();
        if (c == '\0')
            fail("unexpected end of input", "the expression is incomplete");
        fail(std::string("unexpected '") + c + "'", "expected a number, a variable name or '('");
    }

    Polynomial number() {
        std::size_t start = pos_;
        while (pos_ < text_.size() && (is_digit(text_[pos_]) || text_[pos_] == '.'))
            ++pos_;
        std::string literal = text_.substr(start, pos_ - start);
        if (pos_ < text_.size() && is_name_start(text_[pos_])) {
            fail("a number directly followed by a name", "write an explicit '*', e.g. 2*x");
        }
        if (std::count(literal.begin(), literal.end(), '.') > 1 || literal == ".") {
            pos_ = start;
            fail("malformed number '" + literal + "'", "write numbers as 12, 0.25 or 3/4");
        }
        return Polynomial::constant(num_vars(), Rational::from_string(literal, source_));
    }

    Polynomial name() {
        std::size_t start = pos_;
        while (pos_ < text_.size() && is_name_char(text_[pos_]))
            ++pos_;
        std::string identifier = text_.substr(start, pos_ - start);
        auto it = std::find(vars_.begin(), vars_.end(), identifier);
        if (it == vars_.end()) {
            pos_ = start;
            std::string known;
            for (const auto& v : vars_)
                known += (known.empty() ? "" : ",") + v;
            fail("unknown variable '" + identifier + "'",
                 "the variables are " + known + "; add it to --vars or fix the name");
        }
        return Polynomial::variable(num_vars(), static_cast<int>(it - vars_.begin()));
    }

    const std::string& text_;
    const std::vector<std::string>& vars_;
    const std::string& source_;
    std::size_t pos_ = 0;
    int depth_ = 0;
};

// Names in order of first appearance (a name is not a number's suffix: "2x" is rejected later).
std::vector<std::string> names_in_order(const std::string& text) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < text.size();) {
        if (is_name_start(text[i]) && (i == 0 || !is_name_char(text[i - 1]))) {
            std::size_t start = i;
            while (i < text.size() && is_name_char(text[i]))
                ++i;
            std::string name = text.substr(start, i - start);
            if (std::find(names.begin(), names.end(), name) == names.end())
                names.push_back(name);
        } else {
            ++i;
        }
    }
    return names;
}

void check_variable_count(std::size_t count, const std::string& source) {
    if (count > static_cast<std::size_t>(kMaxVariables)) {
        throw InputError("too many variables (" + std::to_string(count) + ")", source,
                         "at most " + std::to_string(kMaxVariables) + " variables are supported");
    }
}

}  // namespace

ParsedPolynomials parse_polynomials(const std::string& text, const std::vector<std::string>& vars,
                                    bool as_list, const std::string& source) {
    ParsedPolynomials result;
    result.vars = vars.empty() ? names_in_order(text) : vars;
    check_variable_count(result.vars.size(), source);
    if (result.vars.empty())
        result.vars.push_back("x");  // a constant still needs a ring

    Parser parser(text, result.vars, source);
    try {
        result.polynomials = parser.parse(as_list);
    } catch (const LimitExceeded& e) {
        throw InputError(e.what(), source, "use smaller exponents or the ideal form");
    }
    return result;
}

std::vector<std::string> parse_variable_list(const std::string& text, const std::string& source) {
    std::vector<std::string> vars;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string::npos)
            comma = text.size();
        std::string name = text.substr(start, comma - start);
        name.erase(0, name.find_first_not_of(" \t"));
        name.erase(name.find_last_not_of(" \t") + 1);
        bool valid = !name.empty() && is_name_start(name[0]) &&
                     std::all_of(name.begin(), name.end(), is_name_char);
        if (!valid) {
            throw InputError("'" + name + "' is not a variable name", source,
                             "write names like a,b,w1 separated by commas");
        }
        if (std::find(vars.begin(), vars.end(), name) != vars.end()) {
            throw InputError("variable '" + name + "' is listed twice", source,
                             "list each variable once");
        }
        vars.push_back(name);
        start = comma + 1;
    }
    check_variable_count(vars.size(), source);
    return vars;
}

}  // namespace slt
