#include "slt/disjoint_sum.hpp"

#include <algorithm>
#include <map>
#include <numeric>

namespace slt {

namespace {

// Union-find over the coordinates.
int root_of(std::vector<int>& parent, int j) {
    while (parent[j] != j) {
        parent[j] = parent[parent[j]];
        j = parent[j];
    }
    return j;
}

void link(std::vector<int>& parent, const ExpVec& exponents) {
    int first = -1;
    for (int j = 0; j < static_cast<int>(exponents.size()); ++j) {
        if (exponents[j] == 0)
            continue;
        if (first < 0) {
            first = j;
        } else {
            parent[root_of(parent, j)] = root_of(parent, first);
        }
    }
}

// The coordinates a polynomial involves.
ExpVec involved(const Polynomial& f) {
    ExpVec used(static_cast<std::size_t>(f.num_vars()), 0);
    for (const auto& term : f.terms()) {
        for (std::size_t j = 0; j < used.size(); ++j)
            used[j] = used[j] || term.exponents[j] != 0;
    }
    return used;
}

}  // namespace

std::vector<std::vector<int>> disjoint_variable_groups(const Problem& local) {
    const int d = static_cast<int>(local.vars.size());
    std::vector<int> parent(d);
    std::iota(parent.begin(), parent.end(), 0);
    for (const auto& f : local.generators) {
        if (local.form == Form::ideal) {
            link(parent, involved(f));
        } else {
            for (const auto& term : f.terms())
                link(parent, term.exponents);
        }
    }

    // Coordinates no term involves form no group: K does not depend on them.
    ExpVec used(d, 0);
    for (const auto& f : local.generators) {
        const ExpVec in_f = involved(f);
        for (int j = 0; j < d; ++j)
            used[j] = used[j] || in_f[j];
    }
    std::map<int, std::vector<int>> groups;
    for (int j = 0; j < d; ++j) {
        if (used[j])
            groups[root_of(parent, j)].push_back(j);
    }
    std::vector<std::vector<int>> result;
    for (auto& [root, group] : groups)
        result.push_back(group);
    return result;
}

Problem restricted_to(const Problem& local, const std::vector<int>& group) {
    Problem part;
    part.form = local.form;
    for (int j : group) {
        part.vars.push_back(local.vars[j]);
        part.prior_exponents.push_back(local.prior_exponents[j]);
        part.orthant.push_back(local.orthant[j]);
        part.point.push_back(Rational(0));
    }
    const auto in_group = [&](const ExpVec& exponents) {
        for (std::size_t j = 0; j < exponents.size(); ++j) {
            if (exponents[j] != 0 && std::find(group.begin(), group.end(), j) == group.end())
                return false;
        }
        return true;
    };
    const auto project = [&](const Polynomial& f) {
        std::vector<Term> terms;
        for (const auto& term : f.terms()) {
            if (!in_group(term.exponents))
                continue;
            ExpVec exponents;
            for (int j : group)
                exponents.push_back(term.exponents[j]);
            terms.push_back({exponents, term.coefficient});
        }
        return Polynomial::from_terms(static_cast<int>(group.size()), terms);
    };
    for (const auto& f : local.generators) {
        Polynomial restricted = project(f);
        // Ideal form: a generator belongs to exactly one group (all its terms are in it).
        if (!restricted.is_zero())
            part.generators.push_back(restricted);
    }
    return part;
}

}  // namespace slt
