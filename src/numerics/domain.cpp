#include "slt/numerics/domain.hpp"

#include "slt/error.hpp"

#include <cmath>
#include <sstream>

namespace slt::numerics {

namespace {

// ∫_a^b |w|^h dw for 0 <= a <= b.
double positive_mass(double a, double b, double h) {
    const double tau = h + 1;
    return (std::pow(b, tau) - std::pow(a, tau)) / tau;
}

// ∫_lo^hi |w|^h dw for any interval, split at 0.
double interval_mass(double lo, double hi, double h) {
    if (lo >= 0)
        return positive_mass(lo, hi, h);
    if (hi <= 0)
        return positive_mass(-hi, -lo, h);
    return positive_mass(0, -lo, h) + positive_mass(0, hi, h);
}

// Inverse CDF of |w|^h on [a, b], 0 <= a: w = (a^τ + u (b^τ - a^τ))^{1/τ}.
double positive_quantile(double a, double b, double h, double u) {
    const double tau = h + 1;
    const double low = std::pow(a, tau);
    return std::pow(low + u * (std::pow(b, tau) - low), 1 / tau);
}

}  // namespace

Domain::Domain(std::vector<double> lower, std::vector<double> upper,
               std::vector<double> prior_exponents)
    : lower_(std::move(lower)),
      upper_(std::move(upper)),
      prior_exponents_(std::move(prior_exponents)) {
    if (lower_.size() != upper_.size() || lower_.size() != prior_exponents_.size()) {
        throw InputError("the box and the prior have different dimensions", "domain",
                         "give one interval and one prior exponent per variable");
    }
    for (std::size_t i = 0; i < lower_.size(); ++i) {
        if (!(lower_[i] < upper_[i])) {
            throw InputError("interval " + std::to_string(i + 1) + " of the box is empty", "domain",
                             "give lower < upper for every coordinate");
        }
        if (!(prior_exponents_[i] > -1)) {
            throw InputError("prior exponent h_" + std::to_string(i + 1) + " <= -1", "--prior",
                             "the prior |w^h| must be integrable: use h_i > -1");
        }
    }
}

Domain Domain::unit_cube(int dimension) {
    return Domain(std::vector<double>(dimension, 0.0), std::vector<double>(dimension, 1.0),
                  std::vector<double>(dimension, 0.0));
}

std::vector<double> Domain::magnitude_bound() const {
    std::vector<double> bound;
    for (int i = 0; i < dimension(); ++i) {
        bound.push_back(std::max(std::fabs(lower_[i]), std::fabs(upper_[i])));
    }
    return bound;
}

std::vector<double> Domain::widths() const {
    std::vector<double> widths;
    for (int i = 0; i < dimension(); ++i)
        widths.push_back(upper_[i] - lower_[i]);
    return widths;
}

bool Domain::contains(const double* w) const {
    for (int i = 0; i < dimension(); ++i) {
        if (!(w[i] >= lower_[i] && w[i] <= upper_[i]))
            return false;
    }
    return true;
}

double Domain::log_prior(const double* w) const {
    double sum = 0;
    for (int i = 0; i < dimension(); ++i) {
        if (prior_exponents_[i] != 0)
            sum += prior_exponents_[i] * std::log(std::fabs(w[i]));
    }
    return sum;
}

void Domain::log_prior_gradient(const double* w, double* gradient) const {
    for (int i = 0; i < dimension(); ++i) {
        gradient[i] = prior_exponents_[i] == 0 ? 0.0 : prior_exponents_[i] / w[i];
    }
}

double Domain::prior_mass() const {
    double mass = 1;
    for (int i = 0; i < dimension(); ++i) {
        mass *= interval_mass(lower_[i], upper_[i], prior_exponents_[i]);
    }
    return mass;
}

void Domain::sample_prior(Rng& rng, double* w) const {
    for (int i = 0; i < dimension(); ++i) {
        const double lo = lower_[i];
        const double hi = upper_[i];
        const double h = prior_exponents_[i];
        if (lo >= 0) {
            w[i] = positive_quantile(lo, hi, h, rng.uniform());
        } else if (hi <= 0) {
            w[i] = -positive_quantile(-hi, -lo, h, rng.uniform());
        } else {
            const double negative = positive_mass(0, -lo, h);
            const double positive = positive_mass(0, hi, h);
            const bool left = rng.uniform() * (negative + positive) < negative;
            w[i] = left ? -positive_quantile(0, -lo, h, rng.uniform())
                        : positive_quantile(0, hi, h, rng.uniform());
        }
    }
}

std::string Domain::to_string() const {
    std::ostringstream out;
    for (int i = 0; i < dimension(); ++i) {
        out << (i ? " x " : "") << "[" << lower_[i] << "," << upper_[i] << "]";
    }
    bool uniform = true;
    for (double h : prior_exponents_)
        uniform = uniform && h == 0;
    if (uniform)
        return out.str() + ", uniform prior";
    out << ", prior";
    for (int i = 0; i < dimension(); ++i) {
        if (prior_exponents_[i] != 0)
            out << " |w" << i + 1 << "|^" << prior_exponents_[i];
    }
    return out.str();
}

Domain domain_from_problem(const Problem& problem, double radius) {
    if (!(radius > 0)) {
        throw InputError("the box radius must be positive", "--radius", "use e.g. --radius 1");
    }
    std::vector<double> lower, upper, exponents;
    for (std::size_t i = 0; i < problem.vars.size(); ++i) {
        const CoordinateRange range =
            problem.orthant.empty() ? CoordinateRange::free : problem.orthant[i];
        lower.push_back(range == CoordinateRange::positive ? 0.0 : -radius);
        upper.push_back(range == CoordinateRange::negative ? 0.0 : radius);
        exponents.push_back(
            problem.prior_exponents.empty() ? 0.0 : problem.prior_exponents[i].to_double());
    }
    return Domain(lower, upper, exponents);
}

}  // namespace slt::numerics
