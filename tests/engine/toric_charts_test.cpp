// Toric charts, checked from outside the chart code:
// - tiling: the charts w = v^A, v ∈ (0,1]^d, cover (0,1)^d once, so for every γ
//   Σ_σ |det A_σ| Π_j 1/<a_j, γ + 1> = Π_i 1/(γ_i + 1)   (∫ w^γ dw in both coordinates, §3.4);
// - pull-back: substituting w_i = Π_j v_j^{A_ij} into K with polynomial arithmetic gives
//   v^κ times a polynomial that is non-zero at v = 0, and min over charts of ρ equals
//   1/(τ-distance) (issue #2, point 5).
#include "slt/toric_charts.hpp"
#include "slt/newton_polyhedron.hpp"
#include "slt/rlct.hpp"

#include <catch2/catch.hpp>

#include <random>

namespace {

slt::Rational tiling_sum(const std::vector<slt::ToricChart>& charts, const slt::ExpVec& gamma) {
    slt::Rational sum(0);
    for (const auto& chart : charts) {
        slt::Rational term(chart.determinant);
        for (const auto& ray : chart.rays) {
            std::int64_t weight = 0;
            for (std::size_t i = 0; i < ray.size(); ++i)
                weight += ray[i] * (gamma[i] + 1);
            term /= slt::Rational(weight);
        }
        sum += term;
    }
    return sum;
}

slt::Polynomial pull_back(const slt::Polynomial& k, const slt::ToricChart& chart) {
    const int d = k.num_vars();
    std::vector<slt::Polynomial> w;
    for (int i = 0; i < d; ++i) {
        slt::ExpVec exponents(d);
        for (int j = 0; j < d; ++j)
            exponents[j] = chart.rays[j][i];
        w.push_back(slt::Polynomial::monomial(exponents, slt::Rational(1)));
    }
    slt::Polynomial result(d);
    for (const auto& term : k.terms()) {
        slt::Polynomial product = slt::Polynomial::constant(d, term.coefficient);
        for (int i = 0; i < d; ++i)
            product = product * w[i].pow(term.exponents[i]);
        result = result + product;
    }
    return result;
}

slt::RlctResult rlct_of(const std::string& k, const std::string& prior = "") {
    slt::ProblemText text;
    text.polynomial = k;
    text.prior = prior;
    return slt::compute_rlct(slt::problem_from_text(text));
}

}  // namespace

TEST_CASE("charts tile the positive orthant exactly", "[charts]") {
    const std::uint64_t seed = 7;
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> exponent(0, 5), dimension(2, 4), count(2, 6);
    INFO("seed " << seed);

    for (int trial = 0; trial < 60; ++trial) {
        const int d = dimension(rng);
        std::vector<slt::ExpVec> support;
        for (int n = count(rng); n > 0; --n) {
            slt::ExpVec beta(d);
            for (auto& e : beta)
                e = exponent(rng);
            support.push_back(beta);
        }
        const auto polyhedron = slt::NewtonPolyhedron::from_support(support, d);
        std::vector<slt::ToricChart> charts;
        const std::vector<slt::Rational> tau(d, slt::Rational(1));
        for (const auto& cone : slt::simplicial_normal_cones(polyhedron, 100000)) {
            charts.push_back(slt::make_chart(polyhedron, cone, tau, 1));
        }

        for (const slt::ExpVec& gamma : {slt::ExpVec(d, 0), slt::ExpVec(d, 1), [&] {
                                             slt::ExpVec g(d);
                                             for (int i = 0; i < d; ++i)
                                                 g[i] = i + 2;
                                             return g;
                                         }()}) {
            slt::Rational expected(1);
            for (auto g : gamma)
                expected /= slt::Rational(g + 1);
            INFO("trial " << trial << ", d = " << d);
            CHECK(tiling_sum(charts, gamma) == expected);
        }
    }
}

TEST_CASE("every chart pulls K back to v^kappa times a unit at the origin", "[charts]") {
    for (const auto& [k, prior] : std::vector<std::pair<std::string, std::string>>{
             {"x^6 + x^2*y^2 + y^6", ""},
             {"x^6 + x^2*y^2 + y^6", "1,0"},
             {"x^12 + x^6*y^4 + x^2*y^10", ""},
             {"x^2*y^8*z^12 + x^10*y^2 + y^14*z^2 + x^16*z^16", ""},
             {"x^2*y^2 + y^2*z^2 + z^2*x^2", ""},
             {"x^4 + y^4 + z^4 + x^2*y^2*z^2", "0,1,2"}}) {
        INFO(k << " prior " << prior);
        const auto result = rlct_of(k, prior);
        REQUIRE(result.certainty == slt::Certainty::exact);
        REQUIRE_FALSE(result.charts.empty());
        const auto problem = slt::problem_from_text({"", k, false, "", prior, "", ""});

        slt::Rational smallest_rho(-1);
        int most_ties = 0;
        for (const auto& chart : result.charts) {
            const auto pulled = pull_back(problem.generators[0], chart);
            bool divisible = true, unit_at_origin = false;
            for (const auto& term : pulled.terms()) {
                for (std::size_t j = 0; j < chart.kappa.size(); ++j) {
                    divisible = divisible && term.exponents[j] >= chart.kappa[j];
                }
                unit_at_origin =
                    unit_at_origin ||
                    term.exponents == slt::ExpVec(chart.kappa.begin(), chart.kappa.end());
            }
            CHECK(divisible);
            CHECK(unit_at_origin);

            // ρ_j = <a_j, τ>/κ_j, recomputed here from the rays and the prior.
            slt::Rational chart_min(-1);
            int ties = 0;
            for (std::size_t j = 0; j < chart.rays.size(); ++j) {
                if (chart.kappa[j] == 0)
                    continue;
                slt::Rational weight(0);
                for (std::size_t i = 0; i < chart.rays[j].size(); ++i) {
                    weight += slt::Rational(chart.rays[j][i]) *
                              (problem.prior_exponents[i] + slt::Rational(1));
                }
                slt::Rational rho = weight / slt::Rational(chart.kappa[j]);
                if (chart_min.sign() < 0 || rho < chart_min) {
                    chart_min = rho;
                    ties = 1;
                } else if (rho == chart_min) {
                    ++ties;
                }
            }
            if (chart_min.sign() < 0)
                continue;
            if (smallest_rho.sign() < 0 || chart_min < smallest_rho) {
                smallest_rho = chart_min;
                most_ties = ties;
            } else if (chart_min == smallest_rho) {
                most_ties = std::max(most_ties, ties);
            }
        }
        CHECK(smallest_rho == slt::Rational(1) / result.tau_distance);
        CHECK(smallest_rho == result.lambda);
        CHECK(most_ties == result.multiplicity);
    }
}
