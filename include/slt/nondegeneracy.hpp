// Real non-degeneracy of compact faces (ALGORITHMS.md §2.5; Lin 2017 Prop 4.5).
//
// A compact face G is non-degenerate on the orthant with signs s when its face system
// {f_i,G(s ⊙ w)} has no common zero in the open positive orthant (function form: K_G has no
// zero there). Decided exactly: one-signed coefficients (step 1), Sturm sequences on edges
// (step 3, k = 1), exact witnesses on random rational lines for faces of dimension >= 2, and
// Bernstein positivity on the chart strata (bernstein.hpp) for what remains.
#pragma once

#include "slt/newton_polyhedron.hpp"
#include "slt/problem.hpp"
#include "slt/rlct.hpp"

#include <cstdint>
#include <functional>
#include <vector>

namespace slt {

// The parts of the generators on the face (zero polynomials dropped).
std::vector<Polynomial> face_system(const NewtonPolyhedron& polyhedron, const NewtonFace& face,
                                    const std::vector<Polynomial>& generators);

// Representatives of the orthants allowed by `orthant` that give different sign patterns
// to the terms of `system` (K(s ⊙ w) depends on s only through the signs s^β).
std::vector<std::vector<int>> sign_classes(const std::vector<Polynomial>& system,
                                           const std::vector<CoordinateRange>& orthant);

struct FaceDecision {
    FaceStatus status = FaceStatus::undecided;
    std::string reason;
    std::string witness;
    // Function form only: the face polynomial takes negative values on the open orthant, so
    // K is not >= 0 near the point.
    bool negative_somewhere = false;
};

// Decides the face for one orthant; `system` already has the orthant's signs applied.
// Leaves faces of dimension >= 2 that no cheap certificate or witness settles undecided.
FaceDecision decide_face(const std::vector<Polynomial>& system, const NewtonPolyhedron& polyhedron,
                         const NewtonFace& face, Form form, std::uint64_t seed);

// The Bernstein test on the chart strata of `face` (ALGORITHMS.md §3.4): in every simplicial
// cone whose rays meet the face's normal cone in full dimension, the face system restricted
// to the stratum is a polynomial on the closed cube [0,1]^dim; no common zero on any of them
// proves the face non-degenerate (the cones tile the orthant). `system` has the orthant's
// signs applied. `check_time` may throw LimitExceeded.
FaceDecision bernstein_on_strata(const NewtonPolyhedron& polyhedron, const NewtonFace& face,
                                 const std::vector<std::vector<int>>& cones,
                                 const std::vector<Polynomial>& system, Form form, int max_depth,
                                 const std::function<void()>& check_time);

// True when every generator has coefficients of one sign on every allowed orthant (and, in
// the function form, positive): then every compact face system contains a polynomial that
// is one-signed on the open orthant, so every face is non-degenerate (step 1, applied to all
// faces at once; covers monomial ideals, Lin 2017 Prop 4.12).
bool every_generator_one_signed(const std::vector<Polynomial>& generators,
                                const std::vector<CoordinateRange>& orthant, Form form);

}  // namespace slt
