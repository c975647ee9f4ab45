// The problem of a chart script, inline or from a TOML problem file (docs/resolve.md).
#include "slt/resolve/script_problem.hpp"

#include "slt/error.hpp"
#include "slt/io/problem_file.hpp"

#include <filesystem>

namespace slt::resolve {

Problem problem_of_script(ChartScript& script) {
    if (script.problem_file.empty()) {
        try {
            return problem_from_text(script.problem);
        } catch (const InputError& error) {
            throw InputError(error.problem(), script.source + " (" + error.where() + ")",
                             error.fix());
        }
    }

    namespace fs = std::filesystem;
    const fs::path path = fs::path(script.source).parent_path() / script.problem_file;
    io::ProblemFile file = io::read_problem_file(path.string());
    const ProblemText& inline_text = script.problem;
    for (auto [field, value] : {std::pair{&file.text.vars, &inline_text.vars},
                                {&file.text.prior, &inline_text.prior},
                                {&file.text.point, &inline_text.point},
                                {&file.text.orthant, &inline_text.orthant}}) {
        if (!value->empty())
            *field = *value;
    }
    if (!script.published_lambda && file.published) {
        script.published_lambda = file.published->lambda;
        script.published_multiplicity = file.published->multiplicity;
        script.published_source = file.published->source;
    }
    return io::problem_from_file(file);
}

}  // namespace slt::resolve
