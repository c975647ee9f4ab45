#include "cdd.hpp"

// cddlib's headers need gmp.h first, then setoper.h before cdd.h (separate blocks keep the
// formatter from sorting them); GMPRATIONAL is defined by the build (slt_deps::cdd).
#include <gmp.h>

#include <setoper.h>

#include <cdd.h>

#include <memory>
#include <mutex>
#include <stdexcept>

namespace slt::detail {

namespace {

void ensure_initialised() {
    static std::once_flag flag;
    std::call_once(flag, [] { dd_set_global_constants(); });
}

struct MatrixDeleter {
    void operator()(dd_MatrixType* m) const { dd_FreeMatrix(m); }
};
struct PolyhedraDeleter {
    void operator()(dd_PolyhedraType* p) const { dd_FreePolyhedra(p); }
};
struct LpDeleter {
    void operator()(dd_LPType* lp) const { dd_FreeLPData(lp); }
};
using Matrix = std::unique_ptr<dd_MatrixType, MatrixDeleter>;

Rational from_mpq(const mpq_t value) {
    Rational result;
    fmpq_set_mpq(result.get(), value);
    return result;
}

void to_mpq(mpq_t out, const Rational& value) {
    fmpq_get_mpq(out, value.get());
}

Matrix matrix_from_rows(const std::vector<AffineRow>& rows, std::size_t cols) {
    Matrix m(
        dd_CreateMatrix(static_cast<dd_rowrange>(rows.size()), static_cast<dd_colrange>(cols)));
    m->numbtype = dd_Rational;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t j = 0; j < cols; ++j)
            to_mpq(m->matrix[i][j], rows[i][j]);
    }
    return m;
}

void check(dd_ErrorType error, const char* what) {
    if (error != dd_NoError) {
        throw std::runtime_error(std::string("cddlib failed in ") + what + " (error code " +
                                 std::to_string(static_cast<int>(error)) + ")");
    }
}

}  // namespace

HullOutput convex_hull(const std::vector<ExpVec>& points, const std::vector<ExpVec>& rays, int d) {
    ensure_initialised();

    std::vector<AffineRow> generators;
    for (const auto& p : points) {
        AffineRow row{Rational(1)};
        for (auto e : p)
            row.push_back(Rational(e));
        generators.push_back(row);
    }
    for (const auto& r : rays) {
        AffineRow row{Rational(0)};
        for (auto e : r)
            row.push_back(Rational(e));
        generators.push_back(row);
    }
    Matrix input = matrix_from_rows(generators, d + 1);
    input->representation = dd_Generator;

    dd_ErrorType error = dd_NoError;
    std::unique_ptr<dd_PolyhedraType, PolyhedraDeleter> poly(dd_DDMatrix2Poly(input.get(), &error));
    check(error, "dd_DDMatrix2Poly");
    Matrix facets(dd_CopyInequalities(poly.get()));
    Matrix vertices(dd_CopyGenerators(poly.get()));

    HullOutput out;
    for (dd_rowrange i = 0; i < facets->rowsize; ++i) {
        AffineRow row;
        for (dd_colrange j = 0; j < facets->colsize; ++j)
            row.push_back(from_mpq(facets->matrix[i][j]));
        out.inequalities.push_back(row);
    }
    for (dd_rowrange i = 0; i < vertices->rowsize; ++i) {
        if (from_mpq(vertices->matrix[i][0]).is_zero())
            continue;  // a ray
        std::vector<Rational> v;
        for (dd_colrange j = 1; j < vertices->colsize; ++j)
            v.push_back(from_mpq(vertices->matrix[i][j]));
        out.vertices.push_back(v);
    }
    return out;
}

std::optional<LpSolution> lp_minimum(const std::vector<AffineRow>& rows,
                                     const std::vector<std::size_t>& equalities,
                                     const std::vector<Rational>& objective) {
    ensure_initialised();

    const std::size_t cols = objective.size() + 1;
    Matrix m = matrix_from_rows(rows, cols);
    m->representation = dd_Inequality;
    m->objective = dd_LPmin;
    for (std::size_t i : equalities)
        set_addelem(m->linset, static_cast<long>(i) + 1);
    for (std::size_t j = 0; j < objective.size(); ++j)
        to_mpq(m->rowvec[j + 1], objective[j]);

    dd_ErrorType error = dd_NoError;
    std::unique_ptr<dd_LPType, LpDeleter> lp(dd_Matrix2LP(m.get(), &error));
    check(error, "dd_Matrix2LP");
    dd_LPSolve(lp.get(), dd_DualSimplex, &error);
    check(error, "dd_LPSolve");
    if (lp->LPS != dd_Optimal)
        return std::nullopt;

    LpSolution solution{from_mpq(lp->optvalue), {}};
    for (std::size_t j = 1; j < cols; ++j)
        solution.point.push_back(from_mpq(lp->sol[j]));
    return solution;
}

std::vector<std::size_t> implicit_equalities_of_cone(const std::vector<AffineRow>& rows) {
    ensure_initialised();
    if (rows.empty())
        return {};

    Matrix m = matrix_from_rows(rows, rows[0].size());
    m->representation = dd_Inequality;
    dd_ErrorType error = dd_NoError;
    dd_rowset implicit = dd_ImplicitLinearityRows(m.get(), &error);
    check(error, "dd_ImplicitLinearityRows");

    std::vector<std::size_t> result;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (set_member(static_cast<long>(i) + 1, implicit))
            result.push_back(i);
    }
    set_free(implicit);
    return result;
}

}  // namespace slt::detail
