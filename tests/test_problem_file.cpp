// Problem files: the TOML keys, errors that name the file and key, and the gallery's files.
#include "slt/error.hpp"
#include "slt/io/problem_file.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

namespace {

// The InputError message for TOML text that must be rejected.
std::string rejection(const std::string& toml_text) {
    try {
        slt::io::ProblemFile file = slt::io::parse_problem_file(toml_text, "t.toml");
        slt::io::problem_from_file(file);
    } catch (const slt::InputError& error) {
        return error.what();
    }
    FAIL("expected an InputError for:\n" << toml_text);
    return "";
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a complete problem file is read into the text form", "[problem_file]") {
    auto file = slt::io::parse_problem_file(R"(
name = "demo"
description = "a test"
ideal = ["a*b", "a*b^3"]
vars = ["a", "b"]
prior = [1, "1/2"]
at = [0, 0]
orthant = ["+", "*"]

[published]
lambda = "1/2"
m = 2
source = "by hand"
)",
                                            "demo.toml");
    REQUIRE(file.text.name == "demo");
    REQUIRE(file.description == "a test");
    REQUIRE(file.text.ideal);
    REQUIRE(file.text.polynomial == "a*b, a*b^3");
    REQUIRE(file.text.prior == "1, 1/2");
    REQUIRE(file.text.orthant == "+, *");
    REQUIRE(file.published.has_value());
    REQUIRE(file.published->lambda == slt::Rational(1, 2));
    REQUIRE(file.published->multiplicity == 2);

    slt::Problem problem = slt::io::problem_from_file(file);
    REQUIRE(problem.form == slt::Form::ideal);
    REQUIRE(problem.prior_exponents[1] == slt::Rational(1, 2));
}

TEST_CASE("a minimal problem file needs only K", "[problem_file]") {
    auto file = slt::io::parse_problem_file("K = \"x^2*y^4\"\northant = \"+,*\"\n", "m.toml");
    REQUIRE_FALSE(file.text.ideal);
    REQUIRE_FALSE(file.published.has_value());
    slt::Problem problem = slt::io::problem_from_file(file);
    REQUIRE(problem.vars == std::vector<std::string>{"x", "y"});
    REQUIRE(problem.orthant[0] == slt::CoordinateRange::positive);
}

TEST_CASE("file errors name the file and the key", "[problem_file]") {
    REQUIRE(contains(rejection("K = \"x^2\"\nprior_exponents = [1]\n"), "prior_exponents"));
    REQUIRE(contains(rejection("name = \"no polynomial\"\n"), "neither 'K' nor 'ideal'"));
    REQUIRE(contains(rejection("K = \"x\"\nideal = [\"x\"]\n"), "both 'K' and 'ideal'"));
    REQUIRE(contains(rejection("K = \"x^2\"\nprior = [0.5]\n"), "floating-point"));
    REQUIRE(contains(rejection("K = 3\n"), "'K' must be a string"));
    REQUIRE(contains(rejection("K = \"x^2\"\n[published]\nm = 1\n"), "no 'lambda'"));
    REQUIRE(contains(rejection("K = \"x^2\"\n[published]\nlambda = \"1/2\"\nm = 0\n"), "m"));
    REQUIRE(contains(rejection("K = \"x^2\"\n[published]\nlamda = \"1/2\"\n"), "published.lamda"));
}

TEST_CASE("TOML syntax errors give the line", "[problem_file]") {
    std::string message = rejection("K = \"x^2\"\nprior = [1,\n");
    REQUIRE(contains(message, "TOML syntax error"));
    REQUIRE(contains(message, "t.toml, line"));
}

TEST_CASE("polynomial and field errors are relocated from flags to file keys", "[problem_file]") {
    std::string message = rejection("K = \"2x\"\n");
    REQUIRE(contains(message, "t.toml: K, character 2"));
    REQUIRE_FALSE(contains(message, "POLY"));

    message = rejection("K = \"x^2*y^2\"\nprior = [-1, 0]\n");
    REQUIRE(contains(message, "t.toml: prior"));
    REQUIRE(contains(message, "> -1"));

    REQUIRE(contains(rejection("K = \"x^2\"\northant = \"?\"\n"), "t.toml: orthant"));
    REQUIRE(contains(rejection("ideal = [\"x\", \"y^\"]\n"), "t.toml: ideal, character"));
}

TEST_CASE("a missing file is an InputError naming the path", "[problem_file]") {
    try {
        slt::io::read_problem_file("no/such/problem.toml");
        FAIL("a missing file was read");
    } catch (const slt::InputError& error) {
        REQUIRE(contains(error.what(), "no/such/problem.toml"));
    }
}

TEST_CASE("every gallery file is a valid problem", "[problem_file][gallery]") {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(SLT_EXAMPLES_DIR)) {
        if (entry.path().extension() != ".toml")
            continue;
        INFO(entry.path().string());
        auto file = slt::io::read_problem_file(entry.path().string());
        slt::Problem problem = slt::io::problem_from_file(file);
        REQUIRE(file.text.name == entry.path().stem().string());
        REQUIRE_FALSE(problem.vars.empty());
        ++count;
    }
    REQUIRE(count >= 25);
}
