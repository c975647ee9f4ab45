#include "test_numerics_helpers.hpp"

#include "slt/numerics/compiled_loss.hpp"
#include "slt/numerics/rng.hpp"

#include <catch2/catch.hpp>

#include <cfloat>
#include <cmath>

using namespace slt;
using namespace slt::numerics;
using namespace slt::numerics::testing;

TEST_CASE("compiled K agrees with exact rational evaluation within its rounding bound",
          "[numerics]") {
    const Problem p = problem("(x^2 - 3/7*y^3 + x*y)^2 + 5*(x*y - 2*y^2)^4", "", "", false);
    const CompiledLoss loss(p);
    Rng rng(11);
    for (int i = 0; i < 100; ++i) {
        const Rational x(static_cast<std::int64_t>(rng.next() % 2001) - 1000, 1000);
        const Rational y(static_cast<std::int64_t>(rng.next() % 2001) - 1000, 1000);
        const double w[2] = {x.to_double(), y.to_double()};
        const double exact = p.generators.front().evaluate({x, y}).to_double();
        // Higham §5.1: |error| <= (terms + degree) u · Σ|terms|, with the inputs rounded too.
        const CompiledPolynomial expanded(p.generators.front());
        const double bound = 4 * (expanded.num_terms() + expanded.total_degree()) * DBL_EPSILON *
                             expanded.absolute_term_sum({std::fabs(w[0]), std::fabs(w[1])});
        CHECK(std::fabs(loss.value(w) - exact) <= bound);
    }
}

TEST_CASE("gradient of x^2 y^2 matches the closed form", "[numerics]") {
    const CompiledLoss loss(problem("x^2*y^2"));
    const double w[2] = {0.3, -0.7};
    double gradient[2];
    const double value = loss.value_and_gradient(w, gradient);
    CHECK(value == Approx(0.09 * 0.49).epsilon(4 * DBL_EPSILON));
    CHECK(gradient[0] == Approx(2 * 0.3 * 0.49).epsilon(8 * DBL_EPSILON));
    CHECK(gradient[1] == Approx(2 * 0.09 * -0.7).epsilon(8 * DBL_EPSILON));
}

TEST_CASE("a perfect square in function form is evaluated from its exact root", "[numerics]") {
    const CompiledLoss square(problem("x^4 - 2*x^2*y^2 + y^4"));
    CHECK(square.sum_of_squares());
    const CompiledLoss not_square(problem("x^2 + y^4"));
    CHECK_FALSE(not_square.sum_of_squares());

    // On the zero set x = y the root form gives exactly 0; near it, relative accuracy holds.
    const double on[2] = {0.123456789, 0.123456789};
    CHECK(square.value(on) == 0.0);
    const double near[2] = {0.5, 0.5 + 1e-9};
    const double exact = std::pow(0.25 - (0.5 + 1e-9) * (0.5 + 1e-9), 2);
    CHECK(std::fabs(square.value(near) - exact) <= 1e-6 * exact);
}

TEST_CASE("long double is chosen when the expanded form loses accuracy at large t", "[numerics]") {
    const CompiledLoss expanded(problem("x^2 + 2*x*y + 2*y^2"));
    const std::vector<double> bound{1.0, 1.0};
    CHECK(expanded.precision_for(1e2, bound) == Precision::double_precision);
    CHECK(expanded.precision_for(1e14, bound) == Precision::long_double_precision);
    const CompiledLoss ideal(problem("x, y", "", "", true));
    CHECK(ideal.precision_for(1e14, bound) == Precision::double_precision);
}
