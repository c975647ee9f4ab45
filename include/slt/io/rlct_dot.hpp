// The resolution tree of an RLCT result as a Graphviz graph (`slt rlct --dot FILE`).
#pragma once

#include "slt/problem.hpp"
#include "slt/rlct.hpp"

#include <string>

namespace slt::io {

// A DOT digraph: one box per node of the resolution tree with its origin, local K, η, domain
// and (λ, m); exact nodes in black, bounds in red. Without a tree, a single node with the
// Newton answer. Render with `dot -Tsvg FILE -o tree.svg`.
std::string to_dot(const RlctResult& result, const Problem& problem);

}  // namespace slt::io
