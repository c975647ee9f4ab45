// The `slt` command as a user runs it: exit codes, messages on stderr, JSON on stdout.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Run {
    int exit_code = -1;
    std::string out;
    std::string err;
};

std::string shell_quoted(const std::string& argument) {
    std::string quoted = "'";
    for (char c : argument)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::stringstream content;
    content << in.rdbuf();
    std::remove(path.c_str());
    return content.str();
}

// Runs the built binary with `arguments`, capturing stdout, stderr and the exit code.
Run run_slt(const std::vector<std::string>& arguments) {
    static int counter = 0;
    std::string name =
        "slt_test_cli_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
    std::string base = (std::filesystem::temp_directory_path() / name).string();
    std::string command = shell_quoted(SLT_BINARY);
    for (const auto& argument : arguments)
        command += " " + shell_quoted(argument);
    command += " >" + base + ".out 2>" + base + ".err";

    int status = std::system(command.c_str());
    Run run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.out = slurp(base + ".out");
    run.err = slurp(base + ".err");
    return run;
}

nlohmann::json run_json(const std::vector<std::string>& arguments) {
    std::vector<std::string> with_json = arguments;
    with_json.insert(with_json.begin() + 1, "--json");
    Run run = run_slt(with_json);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    return nlohmann::json::parse(run.out);
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string sum_of_squares(int count) {
    std::string text;
    for (int i = 1; i <= count; ++i)
        text += (i > 1 ? "+" : "") + ("w" + std::to_string(i)) + "^2";
    return text;
}

}  // namespace

TEST_CASE("slt --help and slt rlct --help show examples", "[cli]") {
    Run top = run_slt({"--help"});
    REQUIRE(top.exit_code == 0);
    REQUIRE(contains(top.out, "slt rlct \"x^2*y^4\""));
    REQUIRE(contains(top.out, "gallery"));

    Run rlct = run_slt({"rlct", "--help"});
    REQUIRE(rlct.exit_code == 0);
    REQUIRE(contains(rlct.out, "--ideal \"a*b, a*b^3\" --prior 1,0"));
    REQUIRE(contains(rlct.out, "--orthant +,*"));
    REQUIRE(contains(rlct.out, "--at 1,0"));
}

TEST_CASE("slt rlct prints λ as p/q with m and the certainty", "[cli]") {
    Run run = run_slt({"rlct", "x^2*y^4"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    REQUIRE(contains(run.out, "λ = 1/4"));
    REQUIRE(contains(run.out, "m = 1"));
    REQUIRE(contains(run.out, "exact"));
}

TEST_CASE("slt rlct --json has the documented keys", "[cli]") {
    auto json = run_json({"rlct", "x^2*y^4"});
    REQUIRE(json["lambda"] == "1/4");
    REQUIRE(json["multiplicity"] == 1);
    REQUIRE(json["certainty"] == "exact");
    REQUIRE(json["form"] == "function");
    REQUIRE(json["vars"] == nlohmann::json({"x", "y"}));
    REQUIRE(json["prior_exponents"] == nlohmann::json({"0/1", "0/1"}));
    REQUIRE(json.contains("point"));
    REQUIRE(json.contains("orthant"));
    REQUIRE(json.contains("notes"));
    for (const char* key : {"tau", "tau_distance", "active_facets", "faces", "charts"}) {
        REQUIRE(json["certificate"].contains(key));
    }
}

TEST_CASE("the examples of the help text give the textbook values", "[cli]") {
    auto ideal = run_json({"rlct", "--ideal", "a*b, a*b^3", "--prior", "1,0"});
    REQUIRE(ideal["form"] == "ideal");
    REQUIRE(ideal["lambda"] == "1/2");
    REQUIRE(ideal["ideal_threshold"] == "1/1");
    REQUIRE(ideal["multiplicity"] == 1);

    auto orthant = run_json({"rlct", "--orthant", "+,*", "a^2*b^2"});
    REQUIRE(orthant["lambda"] == "1/2");
    REQUIRE(orthant["multiplicity"] == 2);
    REQUIRE(orthant["orthant"] == nlohmann::json({"+", "*"}));

    auto translated = run_json({"rlct", "--at", "1,0", "(x-1)^2*y^2"});
    REQUIRE(translated["lambda"] == "1/2");
    REQUIRE(translated["multiplicity"] == 2);
}

TEST_CASE("K not vanishing at the point gives λ = ∞ plainly", "[cli]") {
    Run run = run_slt({"rlct", "--at", "1", "x^2"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    REQUIRE(contains(run.out, "λ = ∞ (K does not vanish at the point)"));

    auto json = run_json({"rlct", "--at", "1", "x^2"});
    REQUIRE(json["lambda"] == "inf");
}

TEST_CASE("slt rlct --file reads a problem file; flags override its keys", "[cli]") {
    std::string file = std::string(SLT_EXAMPLES_DIR) + "/watanabe_x2y4.toml";
    auto json = run_json({"rlct", "--file", file});
    REQUIRE(json["lambda"] == "1/4");
    REQUIRE(json["name"] == "watanabe_x2y4");

    auto with_prior = run_json({"rlct", "--file", file, "--prior", "0,2"});
    REQUIRE(with_prior["lambda"] == "1/2");
}

TEST_CASE("the fuzz sample exits 2 with a located message, never a crash", "[cli][fuzz]") {
    struct Case {
        std::vector<std::string> arguments;
        std::string location;  // expected in stderr
    };
    std::vector<Case> cases = {
        {{"rlct", ""}, "POLY, character"},
        {{"rlct", "x^"}, "POLY, character 3"},
        {{"rlct", "x^-1"}, "POLY, character"},
        {{"rlct", "1/0*x"}, "POLY, character"},
        {{"rlct", "x^1000000000000000000000000000000"}, "POLY, character"},
        {{"rlct", "x\xC2\xB2"}, "POLY, character 2"},
        {{"rlct", "\xEF\xBD\x98^2"}, "POLY, character 1"},
        {{"rlct", "2x"}, "POLY, character"},
        {{"rlct", "x**"}, "POLY, character"},
        {{"rlct", "((x)"}, "POLY, character"},
        {{"rlct", "x,y"}, "--ideal"},
        {{"rlct", "--prior", "-1,0", "x^2*y^2"}, "--prior"},
        {{"rlct", "--prior", "1", "x^2*y^2"}, "--prior"},
        {{"rlct", "--orthant", "+,?", "x^2*y^2"}, "--orthant"},
        {{"rlct", sum_of_squares(513)}, "POLY"},
        {{"rlct"}, "POLY"},
        {{"rlct", "--file", "no/such/file.toml"}, "no/such/file.toml"},
        {{"rlct", "--no-such-flag", "x^2"}, "--no-such-flag"},
        {{"rlct", "--time-limit", "-1", "x^2"}, "--time-limit"},
        {{"nonsense"}, "nonsense"},
    };
    for (const auto& c : cases) {
        INFO("arguments: " << nlohmann::json(c.arguments).dump());
        Run run = run_slt(c.arguments);
        INFO("stderr: " << run.err);
        REQUIRE(run.exit_code == 2);
        REQUIRE(contains(run.err, "error"));
        REQUIRE(contains(run.err, c.location));
    }
}

TEST_CASE("200 variables are accepted and answered", "[cli][fuzz]") {
    auto json = run_json({"rlct", sum_of_squares(200)});
    REQUIRE(json["lambda"] == "100/1");
    REQUIRE(json["multiplicity"] == 1);
}

TEST_CASE("slt gallery agrees with every published value", "[cli][gallery]") {
    Run run = run_slt({"gallery"});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    REQUIRE_FALSE(contains(run.out, "MISMATCH"));
    REQUIRE(contains(run.out, "problems:"));

    Run filtered = run_slt({"gallery", "--json", "--filter", "watanabe_x2y4"});
    REQUIRE(filtered.exit_code == 0);
    auto json = nlohmann::json::parse(filtered.out);
    REQUIRE(json["problems"].size() == 1);
    REQUIRE(json["problems"][0]["agreement"] == "yes");
}

TEST_CASE("slt gallery refuses a missing directory and an empty filter match", "[cli][gallery]") {
    REQUIRE(run_slt({"gallery", "--dir", "no/such/dir"}).exit_code == 2);
    REQUIRE(run_slt({"gallery", "--filter", "no-such-example"}).exit_code == 2);
}

namespace {

// Short seeded runs of `slt check` (about a second each).
std::vector<std::string> quick_check(const std::string& file) {
    return {"check",     "--file",        std::string(SLT_EXAMPLES_DIR) + "/" + file,
            "--quiet",   "--sweeps",      "4000",
            "--burn-in", "1000",          "--chains",
            "4",         "--live-points", "200"};
}

// Every line's verdict follows the rule of docs/numerics.md: FAIL when |λ̂ - λ| > 3 SE + bias;
// otherwise n/a when 3 SE + bias reaches the nearest other candidate pole, else PASS.
void check_verdict_rule(const nlohmann::json& out) {
    const double lambda = out["exact"]["lambda_value"].get<double>();
    double gap = INFINITY;
    for (const auto& pole : out["estimate"]["estimates"]["exact_basis_fit"]["candidate_poles"]) {
        const double distance = std::fabs(pole["mu"].get<double>() - lambda);
        if (distance > 1e-9)
            gap = std::min(gap, distance);
    }
    for (const auto& line : out["checks"]) {
        INFO(line.dump());
        const double half_width =
            3 * line["standard_error"].get<double>() + line["bias_bound"].get<double>();
        const bool inside = std::fabs(line["estimate"].get<double>() - lambda) <= half_width;
        const std::string expected = !inside ? "FAIL" : half_width >= gap ? "n/a" : "PASS";
        CHECK(line["verdict"] == expected);
    }
}

}  // namespace

TEST_CASE("slt check: λ = 1/4 of x^2 y^4 passes, and every verdict follows the rule",
          "[cli][check]") {
    std::vector<std::string> arguments = quick_check("watanabe_x2y4.toml");
    arguments.push_back("--json");
    const Run run = run_slt(arguments);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const nlohmann::json out = nlohmann::json::parse(run.out);
    CHECK(out["verdict"] == "PASS");
    CHECK(out["checks"][0]["verdict"] == "PASS");  // the exact-basis fit; gap 1/4
    check_verdict_rule(out);
}

TEST_CASE("slt check: 34/191 beside 7/38 is n/a, not PASS or FAIL", "[cli][check]") {
    // The poles are 0.0062 apart: over t <= 1e10 the term t^{-0.0062} changes by 13%, and no
    // estimator's 3 SE + bias gets below the gap (docs/numerics.md, "Verdicts").
    std::vector<std::string> arguments = quick_check("howald_monomial_ideal_3d.toml");
    arguments.push_back("--json");
    const Run run = run_slt(arguments);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const nlohmann::json out = nlohmann::json::parse(run.out);
    CHECK(out["verdict"] == "n/a");
    check_verdict_rule(out);
}

TEST_CASE("slt check --gallery: no estimator fails on any problem", "[.slow][cli][check]") {
    const Run run = run_slt({"check", "--gallery"});
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    CHECK(contains(run.out, " 0 FAIL"));
}

TEST_CASE("a mistyped command is named, with the list of commands", "[cli]") {
    const Run run = run_slt({"rlc", "x^2"});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("unknown command 'rlc'") != std::string::npos);
    CHECK(run.err.find("rlct") != std::string::npos);
}
