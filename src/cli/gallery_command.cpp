// `slt gallery`: runs every problem file of the gallery (examples/) through the exact engine
// and compares each answer with the published value stored in the file.
#include "commands.hpp"

#include "slt/error.hpp"
#include "slt/io/problem_file.hpp"
#include "slt/io/rlct_json.hpp"
#include "slt/rlct.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

namespace slt::cli {

namespace {

namespace fs = std::filesystem;

struct GalleryArgs {
    std::string dir;
    std::string filter;
    bool json = false;
    double time_limit_seconds = 60;
};

// How a computed answer relates to the published one. The pair order (DESIGN.md):
// (λ1, m1) < (λ2, m2) iff λ1 < λ2, or λ1 = λ2 and m1 > m2.
enum class Agreement { yes, bound_ok, mismatch, no_reference, error };

const char* to_string(Agreement agreement) {
    switch (agreement) {
        case Agreement::yes:
            return "yes";
        case Agreement::bound_ok:
            return "bound ok";
        case Agreement::mismatch:
            return "MISMATCH";
        case Agreement::no_reference:
            return "-";
        case Agreement::error:
            return "ERROR";
    }
    return "?";
}

struct GalleryRow {
    std::string file;
    std::string name;
    std::string polynomial;
    std::optional<io::PublishedValue> published;
    std::optional<RlctResult> result;
    nlohmann::json result_json;
    std::string error;
    Agreement agreement = Agreement::error;
    double milliseconds = 0;
};

Agreement compare(const RlctResult& result, const std::optional<io::PublishedValue>& published) {
    if (!published)
        return Agreement::no_reference;
    if (result.infinite)
        return Agreement::mismatch;

    bool equal =
        result.lambda == published->lambda && result.multiplicity == published->multiplicity;
    if (result.certainty == Certainty::exact)
        return equal ? Agreement::yes : Agreement::mismatch;

    bool below =
        pair_less(result.lambda, result.multiplicity, published->lambda, published->multiplicity);
    return below ? Agreement::mismatch : Agreement::bound_ok;
}

// --dir, else the source tree's examples/, else an `examples` (or share/slt/examples) directory
// beside the directory holding the binary, for an installed `slt`.
fs::path examples_directory(const std::string& requested) {
    if (!requested.empty()) {
        if (!fs::is_directory(requested)) {
            throw InputError("'" + requested + "' is not a directory", "--dir",
                             "give the directory that holds the *.toml problem files");
        }
        return requested;
    }

    std::vector<fs::path> candidates = {fs::path(SLT_EXAMPLES_DIR)};
    std::error_code ignored;
    fs::path binary = fs::read_symlink("/proc/self/exe", ignored);
    if (!binary.empty()) {
        candidates.push_back(binary.parent_path().parent_path() / "examples");
        candidates.push_back(binary.parent_path().parent_path() / "share" / "slt" / "examples");
    }
    for (const auto& candidate : candidates) {
        if (fs::is_directory(candidate, ignored))
            return candidate;
    }
    throw InputError("cannot find the examples directory", "--dir",
                     "pass --dir DIR with the gallery's *.toml files");
}

std::vector<fs::path> problem_files(const fs::path& dir, const std::string& filter) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".toml")
            continue;
        if (entry.path().filename().string().find(filter) == std::string::npos)
            continue;
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

GalleryRow run_one(const fs::path& path, double time_limit_seconds) {
    GalleryRow row;
    row.file = path.filename().string();
    row.name = path.stem().string();
    try {
        io::ProblemFile file = io::read_problem_file(path.string());
        if (!file.text.name.empty())
            row.name = file.text.name;
        row.polynomial = file.text.ideal ? "<" + file.text.polynomial + ">" : file.text.polynomial;
        row.published = file.published;
        Problem problem = io::problem_from_file(file);

        RlctOptions options;
        options.time_limit_seconds = time_limit_seconds;
        auto start = std::chrono::steady_clock::now();
        row.result = compute_rlct(problem, options);
        auto stop = std::chrono::steady_clock::now();

        row.milliseconds = std::chrono::duration<double, std::milli>(stop - start).count();
        row.result_json = io::to_json(*row.result, problem);
        row.agreement = compare(*row.result, row.published);
    } catch (const InputError& error) {
        row.error = error.what();
    } catch (const LimitExceeded& error) {
        row.error = std::string("limit exceeded: ") + error.what();
    }
    return row;
}

std::string truncated(const std::string& text, std::size_t width) {
    return text.size() <= width ? text : text.substr(0, width - 3) + "...";
}

std::string pair_text(const Rational& lambda, int multiplicity) {
    return lambda.to_string() + ", " + std::to_string(multiplicity);
}

void print_header() {
    std::cout << std::left << std::setw(26) << "name" << std::setw(31) << "K" << std::setw(9)
              << "lambda" << std::setw(4) << "m" << std::setw(8) << "status" << std::setw(14)
              << "published" << std::setw(10) << "agrees" << std::right << std::setw(8) << "ms"
              << "\n";
}

void print_row(const GalleryRow& row) {
    std::cout << std::left << std::setw(26) << truncated(row.name, 25) << std::setw(31)
              << truncated(row.polynomial, 30);
    if (row.result && row.result->infinite) {
        std::cout << std::setw(9) << "inf" << std::setw(4) << "0";
    } else if (row.result) {
        std::cout << std::setw(9) << row.result->lambda.to_string() << std::setw(4)
                  << row.result->multiplicity;
    } else {
        std::cout << std::setw(13) << "-";
    }
    std::string status = !row.result                                 ? "-"
                         : row.result->certainty == Certainty::exact ? "exact"
                                                                     : "bound";
    std::string published =
        row.published ? pair_text(row.published->lambda, row.published->multiplicity) : "-";
    std::cout << std::setw(8) << status << std::setw(14) << published << std::setw(10)
              << to_string(row.agreement) << std::right << std::setw(8) << std::fixed
              << std::setprecision(1) << row.milliseconds << "\n";
    if (!row.error.empty())
        std::cout << "    error: " << row.error << "\n";
}

nlohmann::json row_json(const GalleryRow& row) {
    nlohmann::json out{{"file", row.file},
                       {"name", row.name},
                       {"agreement", to_string(row.agreement)},
                       {"time_ms", row.milliseconds}};
    if (row.result)
        out["result"] = row.result_json;
    if (!row.error.empty())
        out["error"] = row.error;
    if (row.published) {
        out["published"] = {{"lambda", row.published->lambda.to_string()},
                            {"m", row.published->multiplicity},
                            {"source", row.published->source}};
    }
    return out;
}

struct Summary {
    int total = 0, exact_equal = 0, bounds_ok = 0, mismatches = 0, errors = 0, unreferenced = 0;
    double milliseconds = 0;
};

Summary summarize(const std::vector<GalleryRow>& rows) {
    Summary summary;
    for (const auto& row : rows) {
        ++summary.total;
        summary.milliseconds += row.milliseconds;
        summary.exact_equal += row.agreement == Agreement::yes;
        summary.bounds_ok += row.agreement == Agreement::bound_ok;
        summary.mismatches += row.agreement == Agreement::mismatch;
        summary.errors += row.agreement == Agreement::error;
        summary.unreferenced += row.agreement == Agreement::no_reference;
    }
    return summary;
}

std::string summary_line(const Summary& s) {
    std::ostringstream out;
    out << s.total << (s.total == 1 ? " problem: " : " problems: ") << s.exact_equal
        << " exact and equal to the published value, " << s.bounds_ok
        << " upper bounds consistent with it, " << s.mismatches << " mismatches, " << s.errors
        << " errors";
    if (s.unreferenced > 0)
        out << ", " << s.unreferenced << " without a published value";
    out << " (" << std::fixed << std::setprecision(0) << s.milliseconds << " ms)";
    return out.str();
}

void run_gallery(const GalleryArgs& args) {
    fs::path dir = examples_directory(args.dir);
    std::vector<fs::path> files = problem_files(dir, args.filter);
    if (files.empty() && args.filter.empty()) {
        throw InputError("no problem files (*.toml) in " + dir.string(), "--dir",
                         "give a directory with problem files, e.g. examples/");
    }
    if (files.empty()) {
        throw InputError("no problem files match '" + args.filter + "' in " + dir.string(),
                         "--filter", "use a substring of a file name, or no filter");
    }

    std::vector<GalleryRow> rows;
    if (!args.json)
        print_header();
    for (const auto& file : files) {
        rows.push_back(run_one(file, args.time_limit_seconds));
        if (!args.json)
            print_row(rows.back());
    }

    Summary summary = summarize(rows);
    if (args.json) {
        nlohmann::json out{{"problems", nlohmann::json::array()},
                           {"summary", summary_line(summary)}};
        for (const auto& row : rows)
            out["problems"].push_back(row_json(row));
        std::cout << out.dump(2) << "\n";
    } else {
        std::cout << "\n" << summary_line(summary) << "\n";
    }

    if (summary.mismatches > 0) {
        throw CommandFailed(kInternalError,
                            "gallery: the exact engine disagrees with a "
                            "published value (MISMATCH rows above)");
    }
    if (summary.errors > 0)
        throw CommandFailed(kBadInput, "gallery: some problem files failed");
}

}  // namespace

void register_gallery_command(CLI::App& app) {
    auto args = std::make_shared<GalleryArgs>();
    CLI::App* command = app.add_subcommand(
        "gallery", "run every example problem and compare with its published (λ, m)");
    command->footer(R"(
Agreement: "yes" = exact and equal to the published (λ, m); "bound ok" = an upper bound that
is >= the published pair in the order (λ1,m1) < (λ2,m2) iff λ1 < λ2 or (λ1 = λ2, m1 > m2);
"MISMATCH" otherwise. Exits 1 on any MISMATCH, 2 if a problem file is invalid.

Examples:
  slt gallery
  slt gallery --filter watanabe
  slt gallery --json --dir my_problems/)");

    command->add_option("--dir", args->dir,
                        "directory of *.toml problem files (default: examples/)");
    command->add_option("--filter", args->filter, "only files whose name contains SUBSTR");
    command->add_flag("--json", args->json, "print one JSON object instead of the table");
    command
        ->add_option("--time-limit", args->time_limit_seconds,
                     "seconds per problem before reporting a bound (0 = none)")
        ->capture_default_str()
        ->type_name("S")
        ->check(CLI::NonNegativeNumber);

    command->callback([args]() { run_gallery(*args); });
}

}  // namespace slt::cli
