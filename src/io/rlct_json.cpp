#include "slt/io/rlct_json.hpp"

#include <string>

namespace slt::io {

namespace {

using nlohmann::json;

json rationals(const std::vector<Rational>& values) {
    json array = json::array();
    for (const auto& value : values)
        array.push_back(value.to_string());
    return array;
}

json signs_json(const std::vector<int>& signs) {
    json array = json::array();
    for (int sign : signs)
        array.push_back(sign);
    return array;
}

json facet_json(const Facet& facet) {
    return json{{"normal", facet.normal}, {"offset", facet.offset}};
}

json face_json(const FaceCheck& face) {
    json vertices = json::array();
    for (const auto& vertex : face.vertices)
        vertices.push_back(vertex);
    return json{{"vertices", vertices},
                {"dimension", face.dimension},
                {"signs", signs_json(face.signs)},
                {"status", to_string(face.status)},
                {"reason", face.reason},
                {"witness", face.witness}};
}

json chart_json(const ToricChart& chart) {
    json rho = json::array();
    for (const auto& value : chart.rho) {
        rho.push_back(value ? json(value->to_string()) : json(nullptr));
    }
    return json{{"rays", chart.rays},
                {"determinant", chart.determinant},
                {"signs", signs_json(chart.signs)},
                {"kappa", chart.kappa},
                {"eta", rationals(chart.eta)},
                {"rho", rho}};
}

json resolution_node_json(const ResolutionNode& node) {
    json out;
    out["parent"] = node.parent;
    out["depth"] = node.depth;
    out["origin"] = node.origin;
    out["polynomial"] = node.polynomial;
    out["eta"] = rationals(node.eta);
    out["domain"] = node.domain;
    out["lambda"] = node.infinite ? "inf" : node.lambda.to_string();
    out["multiplicity"] = node.multiplicity;
    out["exact"] = node.exact;
    out["how"] = node.how;
    return out;
}

json certificate_json(const RlctResult& result) {
    json certificate;
    certificate["tau"] = rationals(result.tau);
    certificate["tau_distance"] = result.tau_distance.to_string();
    certificate["active_facets"] = json::array();
    for (const auto& facet : result.active_facets) {
        certificate["active_facets"].push_back(facet_json(facet));
    }
    certificate["faces"] = json::array();
    for (const auto& face : result.faces)
        certificate["faces"].push_back(face_json(face));
    certificate["charts"] = json::array();
    for (const auto& chart : result.charts)
        certificate["charts"].push_back(chart_json(chart));
    certificate["resolution"] = json::array();
    for (const auto& node : result.resolution)
        certificate["resolution"].push_back(resolution_node_json(node));
    return certificate;
}

json problem_fields(const Problem& problem) {
    json fields;
    if (!problem.name.empty())
        fields["name"] = problem.name;
    fields["vars"] = problem.vars;
    fields["polynomials"] = json::array();
    for (const auto& generator : problem.generators) {
        fields["polynomials"].push_back(generator.to_string(problem.vars));
    }
    fields["prior_exponents"] = rationals(problem.prior_exponents);
    fields["point"] = rationals(problem.point);
    fields["orthant"] = json::array();
    for (auto range : problem.orthant)
        fields["orthant"].push_back(std::string(1, to_symbol(range)));
    return fields;
}

}  // namespace

json to_json(const RlctResult& result, const Problem& problem) {
    json out = problem_fields(problem);
    out["form"] = to_string(result.form);
    out["lambda"] = result.infinite ? "inf" : result.lambda.to_string();
    if (result.form == Form::ideal) {
        out["ideal_threshold"] =
            result.infinite ? "inf" : result.threshold_of_given_form().to_string();
    }
    out["multiplicity"] = result.multiplicity;
    out["certainty"] = to_string(result.certainty);
    out["certificate"] = certificate_json(result);
    out["notes"] = result.notes;
    if (!result.parts.empty()) {
        // A sum in disjoint variables: each part's pair and the certificate that proves it.
        out["parts"] = json::array();
        for (const auto& part : result.parts) {
            out["parts"].push_back({{"vars", part.vars},
                                    {"lambda", part.lambda.to_string()},
                                    {"multiplicity", part.multiplicity},
                                    {"certainty", to_string(part.certainty)},
                                    {"certificate", certificate_json(part)}});
        }
    }
    return out;
}

}  // namespace slt::io
