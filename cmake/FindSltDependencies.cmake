# Locates the Debian-packaged dependencies (see docs/dependencies.md for why each is there).
#   FLINT 2.9        libflint-dev       exact integers, rationals, matrices, polynomials
#   cddlib 0.94 GMP  libcdd-dev         exact convex hulls and linear programs (GMPRATIONAL)
#   GMP              libgmp-dev         cddlib's exact rationals
#   Eigen 3          libeigen3-dev      numerics
#   Boost            libboost-dev       quadrature and multiprecision in numerics
#   nlohmann-json    nlohmann-json3-dev JSON output
#   CLI11            libcli11-dev       the command line
#   toml++ 3         libtomlplusplus-dev problem files (header-only use)
#   Catch2 2         catch2             tests

find_path(FLINT_INCLUDE_DIR flint/flint.h REQUIRED)
find_library(FLINT_LIBRARY flint REQUIRED)
add_library(slt_deps::flint INTERFACE IMPORTED)
set_target_properties(slt_deps::flint PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES "${FLINT_INCLUDE_DIR}"
  INTERFACE_LINK_LIBRARIES "${FLINT_LIBRARY}")

find_path(CDD_INCLUDE_DIR cdd.h PATH_SUFFIXES cddlib cdd REQUIRED)
find_library(CDD_GMP_LIBRARY cddgmp REQUIRED)
find_library(GMP_LIBRARY gmp REQUIRED)
add_library(slt_deps::cdd INTERFACE IMPORTED)
set_target_properties(slt_deps::cdd PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES "${CDD_INCLUDE_DIR}"
  INTERFACE_COMPILE_DEFINITIONS "GMPRATIONAL"
  INTERFACE_LINK_LIBRARIES "${CDD_GMP_LIBRARY};${GMP_LIBRARY}")

find_package(Eigen3 3.3 REQUIRED NO_MODULE)
find_package(Boost 1.74 REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
find_package(CLI11 REQUIRED)

# toml++ is used header-only (TOML_HEADER_ONLY defaults to 1), so its include path is enough.
find_path(TOMLPLUSPLUS_INCLUDE_DIR toml++/toml.h REQUIRED)
add_library(slt_deps::tomlplusplus INTERFACE IMPORTED)
set_target_properties(slt_deps::tomlplusplus PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES "${TOMLPLUSPLUS_INCLUDE_DIR}")

set(SltDependencies_FOUND TRUE)
