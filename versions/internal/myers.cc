#include "versions/internal/myers.h"

#include <algorithm>

namespace qonun::versions::internal {

namespace {

void Push(std::vector<EditRun>& runs, EditKind kind, std::size_t a0, std::size_t a1, std::size_t b0,
          std::size_t b1) {
  if (a0 == a1 && b0 == b1) {
    return;
  }
  if (!runs.empty() && runs.back().kind == kind && runs.back().a_end == a0 &&
      runs.back().b_end == b0) {
    runs.back().a_end = a1;
    runs.back().b_end = b1;
    return;
  }
  runs.push_back({kind, a0, a1, b0, b1});
}

struct Split {
  bool found = false;
  long x = 0, y = 0;  // a point on a shortest path, relative to the sub-problem
};

class Differ {
 public:
  Differ(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
         std::size_t max_steps)
      : a_(a), b_(b), max_steps_(max_steps) {}

  // Shortest edit script between a[a0, a1) and b[b0, b1), appended to `runs`.
  void Solve(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1,
             std::vector<EditRun>& runs) {
    std::size_t prefix = 0;
    while (a0 + prefix < a1 && b0 + prefix < b1 && a_[a0 + prefix] == b_[b0 + prefix]) {
      ++prefix;
    }
    Push(runs, EditKind::kEqual, a0, a0 + prefix, b0, b0 + prefix);
    a0 += prefix;
    b0 += prefix;
    std::size_t suffix = 0;
    while (a1 - suffix > a0 && b1 - suffix > b0 && a_[a1 - 1 - suffix] == b_[b1 - 1 - suffix]) {
      ++suffix;
    }
    a1 -= suffix;
    b1 -= suffix;
    if (a0 == a1 || b0 == b1 || steps_ > max_steps_) {
      Push(runs, EditKind::kDelete, a0, a1, b0, b0);
      Push(runs, EditKind::kInsert, a1, a1, b0, b1);
    } else {
      const Split split =
          MiddleSnake(a0, static_cast<long>(a1 - a0), b0, static_cast<long>(b1 - b0));
      if (split.found) {
        const std::size_t x = a0 + static_cast<std::size_t>(split.x);
        const std::size_t y = b0 + static_cast<std::size_t>(split.y);
        Solve(a0, x, b0, y, runs);
        Solve(x, a1, y, b1, runs);
      } else {  // nothing in common, or the budget ran out
        Push(runs, EditKind::kDelete, a0, a1, b0, b0);
        Push(runs, EditKind::kInsert, a1, a1, b0, b1);
      }
    }
    Push(runs, EditKind::kEqual, a1, a1 + suffix, b1, b1 + suffix);
  }

 private:
  // The middle of a shortest edit path between A's n tokens from a0 and B's m
  // tokens from b0: forward and backward searches advance one edit at a time
  // until their furthest-reaching paths overlap. O(n + m) memory, freed
  // before the caller recurses.
  Split MiddleSnake(std::size_t a0, long n, std::size_t b0, long m) {
    const std::uint32_t* a = a_.data() + a0;
    const std::uint32_t* b = b_.data() + b0;
    const long max_d = (n + m + 1) / 2;
    const long offset = max_d + 1;
    const long length = 2 * max_d + 3;
    std::vector<long> forward(static_cast<std::size_t>(length), -1);
    std::vector<long> backward(static_cast<std::size_t>(length), -1);
    auto f = [&](long k) -> long& {
      return forward[static_cast<std::size_t>(offset + k)];
    };
    auto r = [&](long k) -> long& {
      return backward[static_cast<std::size_t>(offset + k)];
    };
    f(1) = 0;
    r(1) = 0;
    const long delta = n - m;
    const bool front = (delta % 2) != 0;  // the paths meet on a forward step
    // Diagonals that ran off the grid are not searched again.
    long k1_start = 0, k1_end = 0, k2_start = 0, k2_end = 0;
    for (long d = 0; d <= max_d; ++d) {
      if (steps_ > max_steps_) {
        return {};
      }
      for (long k1 = -d + k1_start; k1 <= d - k1_end; k1 += 2) {
        long x1 = (k1 == -d || (k1 != d && f(k1 - 1) < f(k1 + 1))) ? f(k1 + 1) : f(k1 - 1) + 1;
        long y1 = x1 - k1;
        const long x_before = x1;
        while (x1 < n && y1 < m && a[x1] == b[y1]) {
          ++x1;
          ++y1;
        }
        steps_ += 1 + static_cast<std::size_t>(x1 - x_before);
        f(k1) = x1;
        if (x1 > n) {
          k1_end += 2;
        } else if (y1 > m) {
          k1_start += 2;
        } else if (front) {
          const long k2 = delta - k1;
          if (k2 >= -max_d - 1 && k2 <= max_d + 1 && r(k2) != -1 && x1 >= n - r(k2)) {
            return {true, x1, y1};
          }
        }
      }
      for (long k2 = -d + k2_start; k2 <= d - k2_end; k2 += 2) {
        long x2 = (k2 == -d || (k2 != d && r(k2 - 1) < r(k2 + 1))) ? r(k2 + 1) : r(k2 - 1) + 1;
        long y2 = x2 - k2;
        const long x_before = x2;
        while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) {
          ++x2;
          ++y2;
        }
        steps_ += 1 + static_cast<std::size_t>(x2 - x_before);
        r(k2) = x2;
        if (x2 > n) {
          k2_end += 2;
        } else if (y2 > m) {
          k2_start += 2;
        } else if (!front) {
          const long k1 = delta - k2;
          if (k1 >= -max_d - 1 && k1 <= max_d + 1 && f(k1) != -1) {
            const long x1 = f(k1);
            const long y1 = x1 - k1;
            if (x1 >= n - x2) {
              return {true, x1, y1};
            }
          }
        }
      }
    }
    return {};
  }

  const std::vector<std::uint32_t>& a_;
  const std::vector<std::uint32_t>& b_;
  std::size_t max_steps_;
  std::size_t steps_ = 0;
};

// Within each change (the runs between two equal runs), deletions first.
std::vector<EditRun> Normalise(const std::vector<EditRun>& runs) {
  std::vector<EditRun> out;
  std::size_t i = 0;
  while (i < runs.size()) {
    if (runs[i].kind == EditKind::kEqual) {
      Push(out, EditKind::kEqual, runs[i].a_begin, runs[i].a_end, runs[i].b_begin, runs[i].b_end);
      ++i;
      continue;
    }
    const std::size_t a0 = runs[i].a_begin;
    const std::size_t b0 = runs[i].b_begin;
    std::size_t a1 = a0;
    std::size_t b1 = b0;
    while (i < runs.size() && runs[i].kind != EditKind::kEqual) {
      a1 = std::max(a1, runs[i].a_end);
      b1 = std::max(b1, runs[i].b_end);
      ++i;
    }
    Push(out, EditKind::kDelete, a0, a1, b0, b0);
    Push(out, EditKind::kInsert, a1, a1, b0, b1);
  }
  return out;
}

}  // namespace

std::vector<EditRun> Diff(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                          std::size_t max_steps) {
  std::vector<EditRun> runs;
  Differ(a, b, max_steps).Solve(0, a.size(), 0, b.size(), runs);
  return Normalise(runs);
}

}  // namespace qonun::versions::internal
