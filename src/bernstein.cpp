#include "slt/bernstein.hpp"

#include "slt/deadline.hpp"

#include <algorithm>
#include <cassert>

namespace slt {

namespace {

constexpr std::size_t kMaxCoefficients = 40000;

// Dense Bernstein coefficients of one polynomial on the current box, row-major over the
// per-variable degrees.
struct BernsteinTensor {
    std::vector<std::int64_t> degrees;
    std::vector<Rational> coefficients;

    std::size_t stride(std::size_t axis) const {
        std::size_t s = 1;
        for (std::size_t l = axis + 1; l < degrees.size(); ++l)
            s *= degrees[l] + 1;
        return s;
    }
};

Rational binomial(std::int64_t n, std::int64_t k) {
    Rational value(1);
    for (std::int64_t i = 1; i <= k; ++i)
        value = value * Rational(n - k + i) / Rational(i);
    return value;
}

// Applies `transform` to every line of the tensor along `axis`.
template <typename Transform>
void for_each_line(BernsteinTensor& t, std::size_t axis, Transform transform) {
    const std::size_t n = t.degrees[axis] + 1, step = t.stride(axis);
    const std::size_t block = step * n;
    for (std::size_t start = 0; start < t.coefficients.size(); start += block) {
        for (std::size_t offset = 0; offset < step; ++offset) {
            std::vector<Rational> line(n);
            for (std::size_t i = 0; i < n; ++i)
                line[i] = t.coefficients[start + offset + i * step];
            transform(line);
            for (std::size_t i = 0; i < n; ++i)
                t.coefficients[start + offset + i * step] = line[i];
        }
    }
}

// Power basis to Bernstein basis on [0,1] along one axis: b_i = Σ_{j<=i} C(i,j)/C(n,j) a_j.
void to_bernstein_line(std::vector<Rational>& line) {
    const std::int64_t n = static_cast<std::int64_t>(line.size()) - 1;
    std::vector<Rational> b(line.size());
    for (std::int64_t i = 0; i <= n; ++i) {
        for (std::int64_t j = 0; j <= i; ++j)
            b[i] += binomial(i, j) / binomial(n, j) * line[j];
    }
    line = b;
}

std::optional<BernsteinTensor> tensor_of(const Polynomial& p) {
    BernsteinTensor t;
    std::size_t size = 1;
    for (int l = 0; l < p.num_vars(); ++l) {
        t.degrees.push_back(p.degree_in(l));
        size *= t.degrees.back() + 1;
        if (size > kMaxCoefficients)
            return std::nullopt;
    }
    t.coefficients.assign(size, Rational(0));
    for (const auto& term : p.terms()) {
        std::size_t index = 0;
        for (int l = 0; l < p.num_vars(); ++l)
            index += term.exponents[l] * t.stride(l);
        t.coefficients[index] = term.coefficient;
    }
    for (std::size_t axis = 0; axis < t.degrees.size(); ++axis) {
        for_each_line(t, axis, to_bernstein_line);
    }
    return t;
}

// de Casteljau at 1/2 along `axis`: the left and right halves.
std::pair<BernsteinTensor, BernsteinTensor> split(const BernsteinTensor& t, std::size_t axis) {
    BernsteinTensor left = t, right = t;
    const Rational half(1, 2);
    auto halves = [&](std::vector<Rational>& line, bool want_left) {
        std::vector<Rational> work = line, out(line.size());
        const std::size_t n = line.size() - 1;
        for (std::size_t r = 0; r <= n; ++r) {
            if (want_left) {
                out[r] = work[0];
            } else {
                out[n - r] = work[n - r];
            }
            for (std::size_t i = 0; i + r < n; ++i)
                work[i] = (work[i] + work[i + 1]) * half;
        }
        line = out;
    };
    for_each_line(left, axis, [&](std::vector<Rational>& line) { halves(line, true); });
    for_each_line(right, axis, [&](std::vector<Rational>& line) { halves(line, false); });
    return {left, right};
}

// +1 or -1 when every coefficient has that sign, 0 otherwise.
int one_signed(const BernsteinTensor& t) {
    int sign = t.coefficients.front().sign();
    bool same = std::all_of(t.coefficients.begin(), t.coefficients.end(),
                            [sign](const Rational& b) { return b.sign() == sign; });
    return same ? sign : 0;
}

struct Box {
    std::vector<BernsteinTensor> system;
    std::vector<Rational> lower, upper;
    int depth = 0;
};

// The corner of the box where every polynomial's corner coefficient is zero, if any.
std::optional<std::vector<Rational>> common_zero_corner(const Box& box) {
    const std::size_t k = box.lower.size();
    for (std::size_t mask = 0; mask < (std::size_t{1} << k); ++mask) {
        bool all_zero = true;
        for (const auto& t : box.system) {
            std::size_t index = 0;
            for (std::size_t l = 0; l < k; ++l) {
                if (mask >> l & 1)
                    index += t.degrees[l] * t.stride(l);
            }
            all_zero = all_zero && t.coefficients[index].is_zero();
        }
        if (!all_zero)
            continue;
        std::vector<Rational> corner;
        for (std::size_t l = 0; l < k; ++l)
            corner.push_back(mask >> l & 1 ? box.upper[l] : box.lower[l]);
        return corner;
    }
    return std::nullopt;
}

}  // namespace

CubeCertificate certify_no_common_zero_on_cube(const std::vector<Polynomial>& system, int max_depth,
                                               std::size_t max_boxes, bool positive_only) {
    assert(!system.empty());
    const std::size_t k = static_cast<std::size_t>(system.front().num_vars());
    CubeCertificate result;

    Box root;
    for (const auto& p : system) {
        auto tensor = tensor_of(p);
        if (!tensor) {
            result.detail = "degree too high for the Bernstein test";
            return result;
        }
        root.system.push_back(*tensor);
    }
    root.lower.assign(k, Rational(0));
    root.upper.assign(k, Rational(1));

    std::vector<Box> stack{root};
    while (!stack.empty()) {
        poll_deadline();
        Box box = std::move(stack.back());
        stack.pop_back();
        ++result.boxes;

        if (positive_only) {
            int sign = one_signed(box.system.front());
            if (sign > 0)
                continue;
            if (sign < 0) {
                result.negative_box = true;
                result.detail = "the polynomial is negative on a box";
                return result;
            }
        } else if (std::any_of(box.system.begin(), box.system.end(),
                               [](const BernsteinTensor& t) { return one_signed(t) != 0; })) {
            continue;
        }
        if (auto zero = common_zero_corner(box)) {
            result.common_zero = zero;
            result.detail = "common zero found";
            return result;
        }
        if (box.depth >= max_depth || result.boxes >= max_boxes) {
            result.detail = "a box of width 2^-" + std::to_string(box.depth / static_cast<int>(k)) +
                            " could not be certified";
            return result;
        }

        const std::size_t axis = static_cast<std::size_t>(box.depth) % k;
        Box left{{}, box.lower, box.upper, box.depth + 1}, right = left;
        for (const auto& t : box.system) {
            auto [l, r] = split(t, axis);
            left.system.push_back(std::move(l));
            right.system.push_back(std::move(r));
        }
        Rational mid = (box.lower[axis] + box.upper[axis]) * Rational(1, 2);
        left.upper[axis] = mid;
        right.lower[axis] = mid;
        stack.push_back(std::move(left));
        stack.push_back(std::move(right));
    }
    result.certified = true;
    return result;
}

}  // namespace slt
