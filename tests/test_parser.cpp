// The parser and problem_from_text: valid input, and the fuzz sample of the CLI issue, each of
// which must be an InputError that names the position or the flag (never a crash).
#include "slt/error.hpp"
#include "slt/parser.hpp"
#include "slt/problem.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace {

slt::ProblemText function_text(const std::string& polynomial) {
    slt::ProblemText text;
    text.polynomial = polynomial;
    return text;
}

// The InputError's location (`where`) for a problem text that must be rejected.
std::string rejection_site(const slt::ProblemText& text) {
    try {
        slt::problem_from_text(text);
    } catch (const slt::InputError& error) {
        return error.where();
    }
    FAIL("expected an InputError for '" << text.polynomial << "'");
    return "";
}

std::string sum_of_squares(int count) {
    std::string text;
    for (int i = 1; i <= count; ++i)
        text += (i > 1 ? " + " : "") + ("w" + std::to_string(i)) + "^2";
    return text;
}

}  // namespace

TEST_CASE("variables are taken in order of first appearance", "[parser]") {
    auto parsed = slt::parse_polynomials("y^2*x + z", {}, false, "POLY");
    REQUIRE(parsed.vars == std::vector<std::string>{"y", "x", "z"});
    REQUIRE(parsed.polynomials.size() == 1);
    REQUIRE(parsed.polynomials[0].terms().size() == 2);
}

TEST_CASE("expansion, rational coefficients and '**' agree with the expanded text", "[parser]") {
    std::vector<std::string> vars{"x", "y"};
    auto compact = slt::parse_polynomials("(x - y)**2 + 3/4*x^4 + 0.25*y", vars, false, "POLY");
    auto expanded =
        slt::parse_polynomials("x^2 - 2*x*y + y^2 + 0.75*x^4 + y/4", vars, false, "POLY");
    REQUIRE(compact.polynomials[0] == expanded.polynomials[0]);
}

TEST_CASE("a list of generators is split at top-level commas only", "[parser]") {
    auto parsed = slt::parse_polynomials("a*b, (a + b)*b^3", {}, true, "POLY");
    REQUIRE(parsed.polynomials.size() == 2);
    REQUIRE(parsed.vars == std::vector<std::string>{"a", "b"});
}

TEST_CASE("problem_from_text fills defaults and reads every field", "[problem]") {
    slt::ProblemText text{"demo", "a*b, a*b^3", true, "b,a", "0,1/2", "1,0", "+,*"};
    slt::Problem problem = slt::problem_from_text(text);
    REQUIRE(problem.form == slt::Form::ideal);
    REQUIRE(problem.vars == std::vector<std::string>{"b", "a"});
    REQUIRE(problem.generators.size() == 2);
    REQUIRE(problem.prior_exponents[1] == slt::Rational(1, 2));
    REQUIRE(problem.point[0] == slt::Rational(1));
    REQUIRE(problem.orthant[0] == slt::CoordinateRange::positive);
    REQUIRE(problem.orthant[1] == slt::CoordinateRange::free);

    slt::Problem plain = slt::problem_from_text(function_text("x^2*y^4"));
    REQUIRE(plain.prior_exponents.size() == 2);
    REQUIRE(plain.point.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        REQUIRE(plain.prior_exponents[i].is_zero());
        REQUIRE(plain.point[i].is_zero());
    }
}

TEST_CASE("malformed polynomials are rejected at a character position", "[parser][fuzz]") {
    const char* samples[] = {"",
                             "x^",
                             "x^-1",
                             "1/0*x",
                             "x^1000000000000000000000000000000",
                             "x\xC2\xB2",       // x²
                             "\xEF\xBD\x98^2",  // fullwidth x
                             "2x",
                             "x**",
                             "((x)",
                             "x,y"};
    for (const char* sample : samples) {
        INFO("input: '" << sample << "'");
        std::string site = rejection_site(function_text(sample));
        REQUIRE(site.find("POLY, character") == 0);
    }
}

TEST_CASE("a comma without --ideal suggests the ideal form", "[parser][fuzz]") {
    try {
        slt::problem_from_text(function_text("x,y"));
        FAIL("x,y was accepted as a function");
    } catch (const slt::InputError& error) {
        REQUIRE(std::string(error.what()).find("--ideal") != std::string::npos);
    }
}

TEST_CASE("bad prior, point and orthant fields name their flag", "[problem][fuzz]") {
    slt::ProblemText text = function_text("x^2*y^2");
    text.prior = "-1,0";
    REQUIRE(rejection_site(text) == "--prior");

    text.prior = "1";
    REQUIRE(rejection_site(text) == "--prior");

    text.prior = "";
    text.orthant = "+,?";
    REQUIRE(rejection_site(text) == "--orthant");

    text.orthant = "";
    text.point = "1/0,0";
    REQUIRE(rejection_site(text).find("--at") == 0);
}

TEST_CASE("200 variables are a valid problem; more than 512 are refused", "[parser][fuzz]") {
    slt::Problem problem = slt::problem_from_text(function_text(sum_of_squares(200)));
    REQUIRE(problem.vars.size() == 200);

    std::string site = rejection_site(function_text(sum_of_squares(slt::kMaxVariables + 1)));
    REQUIRE(site == "POLY");
}

TEST_CASE("variable lists are checked for names and duplicates", "[parser]") {
    REQUIRE_THROWS_AS(slt::parse_variable_list("a,,b", "--vars"), slt::InputError);
    REQUIRE_THROWS_AS(slt::parse_variable_list("a,a", "--vars"), slt::InputError);
    REQUIRE_THROWS_AS(slt::parse_variable_list("1a", "--vars"), slt::InputError);
    REQUIRE(slt::parse_variable_list(" a , b ", "--vars") == std::vector<std::string>{"a", "b"});
}

TEST_CASE("names outside --vars are rejected with the known names", "[parser]") {
    slt::ProblemText text = function_text("x^2 + z^2");
    text.vars = "x,y";
    REQUIRE(rejection_site(text).find("POLY, character") == 0);
}
