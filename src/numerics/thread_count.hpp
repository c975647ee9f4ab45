// The number of OpenMP threads a sampler uses, shared by the samplers of this folder.
#pragma once

#ifdef _OPENMP
#include <omp.h>
#endif

namespace slt::numerics::detail {

// `requested` threads if positive, otherwise OpenMP's default; 1 without OpenMP.
inline int thread_count(int requested) {
#ifdef _OPENMP
    return requested > 0 ? requested : omp_get_max_threads();
#else
    (void)requested;
    return 1;
#endif
}

}  // namespace slt::numerics::detail
