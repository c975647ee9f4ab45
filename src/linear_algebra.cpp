#include "slt/linear_algebra.hpp"

#include "slt/error.hpp"

#include <flint/fmpq_mat.h>
#include <flint/fmpz_mat.h>

namespace slt {

int rank_of(const std::vector<std::vector<std::int64_t>>& vectors, int d) {
    if (vectors.empty())
        return 0;
    fmpz_mat_t m;
    fmpz_mat_init(m, static_cast<slong>(vectors.size()), d);
    for (std::size_t i = 0; i < vectors.size(); ++i) {
        for (int j = 0; j < d; ++j)
            fmpz_set_si(fmpz_mat_entry(m, i, j), vectors[i][j]);
    }
    int rank = static_cast<int>(fmpz_mat_rank(m));
    fmpz_mat_clear(m);
    return rank;
}

int rational_rank(const std::vector<std::vector<Rational>>& vectors, int d) {
    if (vectors.empty())
        return 0;
    fmpq_mat_t m;
    fmpq_mat_init(m, static_cast<slong>(vectors.size()), d);
    for (std::size_t i = 0; i < vectors.size(); ++i) {
        for (int j = 0; j < d; ++j)
            fmpq_set(fmpq_mat_entry(m, i, j), vectors[i][j].get());
    }
    fmpq_mat_t reduced;
    fmpq_mat_init(reduced, fmpq_mat_nrows(m), d);
    int rank = static_cast<int>(fmpq_mat_rref(reduced, m));
    fmpq_mat_clear(reduced);
    fmpq_mat_clear(m);
    return rank;
}

std::int64_t determinant_of_columns(const std::vector<std::vector<std::int64_t>>& columns) {
    const slong n = static_cast<slong>(columns.size());
    fmpz_mat_t m;
    fmpz_t det;
    fmpz_mat_init(m, n, n);
    fmpz_init(det);
    for (slong j = 0; j < n; ++j) {
        for (slong i = 0; i < n; ++i)
            fmpz_set_si(fmpz_mat_entry(m, i, j), columns[j][i]);
    }
    fmpz_mat_det(det, m);
    bool fits = fmpz_bits(det) <= 62;
    std::int64_t value = fits ? fmpz_get_si(det) : 0;
    fmpz_mat_clear(m);
    fmpz_clear(det);
    if (!fits)
        throw LimitExceeded("a chart determinant exceeds 62 bits");
    return value;
}

}  // namespace slt
