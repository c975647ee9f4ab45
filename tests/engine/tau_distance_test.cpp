// The τ-distance and θ by two independent algorithms: facets of the exact hull, and linear
// programming over the support (exposed face or implicit equalities). They must agree.
#include "slt/tau_distance.hpp"
#include "slt/newton_polyhedron.hpp"

#include <catch2/catch.hpp>

#include <random>

namespace {

std::vector<slt::ExpVec> random_support(std::mt19937_64& rng, int d) {
    std::uniform_int_distribution<int> exponent(0, 6), count(1, 6);
    std::vector<slt::ExpVec> support;
    const int n = count(rng);
    for (int k = 0; k < n; ++k) {
        slt::ExpVec beta(d);
        int total = 0;
        for (auto& e : beta)
            total += (e = exponent(rng));
        if (total > 0)
            support.push_back(beta);
    }
    if (support.empty())
        support.push_back(slt::ExpVec(d, 1));
    return support;
}

}  // namespace

TEST_CASE("hull and LP give the same τ-distance and multiplicity", "[newton]") {
    const std::uint64_t seed = 20261204;
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> dimension(1, 5), prior(0, 3);
    INFO("seed " << seed);

    for (int trial = 0; trial < 300; ++trial) {
        const int d = dimension(rng);
        const auto support = random_support(rng, d);
        std::vector<slt::Rational> tau;
        for (int i = 0; i < d; ++i)
            tau.emplace_back(prior(rng) + 1, trial % 3 == 0 ? 2 : 1);

        const auto polyhedron = slt::NewtonPolyhedron::from_support(support, d);
        const auto by_hull = slt::tau_distance(polyhedron, tau);
        const auto by_lp = slt::tau_distance_by_lp(support, tau, true);
        INFO("trial " << trial << ", d = " << d);
        CHECK(by_hull.distance == by_lp.distance);
        CHECK(by_hull.multiplicity == by_lp.multiplicity);
    }
}

TEST_CASE("worked example of ALGORITHMS.md §3.5", "[newton]") {
    // K = x^6 + x^2 y^2 + y^6: edges with normals (1,2), (2,1), N = 6; l = 2 at the vertex
    // (2,2), θ = 2; with prior |x| (τ = (2,1)), l = 3/2 on one facet.
    const std::vector<slt::ExpVec> support{{6, 0}, {2, 2}, {0, 6}};
    const auto polyhedron = slt::NewtonPolyhedron::from_support(support, 2);
    REQUIRE(polyhedron.vertices().size() == 3);
    REQUIRE(polyhedron.facets().size() == 4);

    auto plain = slt::tau_distance(polyhedron, {slt::Rational(1), slt::Rational(1)});
    CHECK(plain.distance == slt::Rational(2));
    CHECK(plain.multiplicity == 2);
    CHECK(plain.active_facets.size() == 2);

    auto with_prior = slt::tau_distance(polyhedron, {slt::Rational(2), slt::Rational(1)});
    CHECK(with_prior.distance == slt::Rational(3, 2));
    CHECK(with_prior.multiplicity == 1);
}

TEST_CASE("a hit point inside a compact facet has θ = 1", "[newton]") {
    // Γ+ of {xy, yz, zx}: l τ = (2/3)(1,1,1) is the barycentre of the triangle x+y+z = 2.
    const std::vector<slt::ExpVec> support{{1, 1, 0}, {0, 1, 1}, {1, 0, 1}};
    const auto polyhedron = slt::NewtonPolyhedron::from_support(support, 3);
    const std::vector<slt::Rational> tau(3, slt::Rational(1));
    const auto result = slt::tau_distance(polyhedron, tau);
    CHECK(result.distance == slt::Rational(2, 3));
    CHECK(result.multiplicity == 1);
}

TEST_CASE("θ counts the rank of active normals, not the facets", "[newton]") {
    // Γ+ of {xyz, x^3 y^3}: l τ = (1,1,1) is the vertex xyz, where four facets with N > 0
    // meet in d = 3 (a non-simple vertex). Its codimension, hence θ, is 3 (§8 pitfall 4).
    const std::vector<slt::ExpVec> support{{1, 1, 1}, {3, 3, 0}};
    const auto polyhedron = slt::NewtonPolyhedron::from_support(support, 3);
    const std::vector<slt::Rational> tau(3, slt::Rational(1));
    const auto result = slt::tau_distance(polyhedron, tau);
    CHECK(result.distance == slt::Rational(1));
    CHECK(result.multiplicity == 3);
    CHECK(result.active_facets.size() == 4);
}
