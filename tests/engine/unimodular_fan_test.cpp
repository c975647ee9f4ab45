// The Hirzebruch–Jung subdivision of a Newton polygon's normal fan: every chart has determinant
// 1, consecutive charts share a ray, and every facet normal is a ray (hand-worked examples).
#include "slt/unimodular_fan.hpp"
#include "slt/newton_polyhedron.hpp"

#include <catch2/catch.hpp>

namespace {

std::int64_t det(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b) {
    return a[0] * b[1] - a[1] * b[0];
}

}  // namespace

TEST_CASE("the unimodular fan of a Newton polygon", "[unimodular_fan]") {
    // Support {(0,3), (2,0)}: the edge normal is (3,2). Between (1,0) and (3,2), det 2:
    // (3,2) + k(1,0) ≡ 0 mod 2 gives k = 1, u = (2,1), det((1,0),(2,1)) = det((2,1),(3,2)) = 1.
    // Between (3,2) and (0,1), det 3: (0,1) + k(3,2) ≡ 0 mod 3 gives k = 1, u = (1,1),
    // det((3,2),(1,1)) = det((1,1),(0,1)) = 1.
    const auto polygon = slt::NewtonPolyhedron::from_support({{0, 3}, {2, 0}}, 2);
    const auto charts = slt::unimodular_charts(polygon);
    const slt::Rays expected{{1, 0}, {2, 1}, {3, 2}, {1, 1}, {0, 1}};
    REQUIRE(charts.size() == expected.size() - 1);
    for (std::size_t i = 0; i < charts.size(); ++i) {
        CHECK(charts[i][0] == expected[i]);
        CHECK(charts[i][1] == expected[i + 1]);
        CHECK(det(charts[i][0], charts[i][1]) == 1);
    }
}

TEST_CASE("a single vertex needs one chart", "[unimodular_fan]") {
    const auto charts = slt::unimodular_charts(slt::NewtonPolyhedron::from_support({{2, 4}}, 2));
    REQUIRE(charts.size() == 1);
    CHECK(charts[0] == slt::Rays{{1, 0}, {0, 1}});
}
