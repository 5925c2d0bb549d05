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

// Shortest edit script between a[a0, a1) and b[b0, b1), appended to `runs`.
void Middle(const std::vector<std::uint32_t>& a, std::size_t a0, std::size_t a1,
            const std::vector<std::uint32_t>& b, std::size_t b0, std::size_t b1,
            std::vector<EditRun>& runs) {
  const long n = static_cast<long>(a1 - a0);
  const long m = static_cast<long>(b1 - b0);
  if (n == 0 || m == 0) {
    Push(runs, EditKind::kDelete, a0, a1, b0, b0);
    Push(runs, EditKind::kInsert, a1, a1, b0, b1);
    return;
  }
  const long max = n + m;
  // trace[d] holds V for k in [-d, d] after step d: V[k] = furthest x on diagonal k.
  std::vector<std::vector<long>> trace;
  std::vector<long> v(3, 0);  // V for d = -1 step, k in [-1, 1], offset 1
  long final_d = -1;
  for (long d = 0; d <= max; ++d) {
    std::vector<long> next(static_cast<std::size_t>(2 * d + 1));
    auto prev = [&](long k) {  // V_{d-1}[k], with V_{-1}[1] = 0
      const long offset = d == 0 ? 1 : d - 1;
      return v[static_cast<std::size_t>(k + offset)];
    };
    for (long k = -d; k <= d; k += 2) {
      long x;
      if (k == -d || (k != d && prev(k - 1) < prev(k + 1))) {
        x = prev(k + 1);  // down: insertion from B
      } else {
        x = prev(k - 1) + 1;  // right: deletion from A
      }
      long y = x - k;
      while (x < n && y < m &&
             a[a0 + static_cast<std::size_t>(x)] == b[b0 + static_cast<std::size_t>(y)]) {
        ++x;
        ++y;
      }
      next[static_cast<std::size_t>(k + d)] = x;
      if (x >= n && y >= m) {
        final_d = d;
        break;
      }
    }
    trace.push_back(next);
    if (final_d >= 0) {
      break;
    }
    v = std::move(next);
  }

  // Walk back from (n, m) to collect the moves, then emit them forwards.
  struct Move {
    EditKind kind;
    long x0, y0, x1, y1;
  };

  std::vector<Move> moves;
  long x = n;
  long y = m;
  for (long d = final_d; d > 0; --d) {
    const std::vector<long>& previous = trace[static_cast<std::size_t>(d - 1)];
    auto at = [&](long k) {
      return previous[static_cast<std::size_t>(k + d - 1)];
    };
    const long k = x - y;
    const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
    const long prev_k = down ? k + 1 : k - 1;
    const long prev_x = at(prev_k);
    const long prev_y = prev_x - prev_k;
    const long start_x = down ? prev_x : prev_x + 1;
    const long start_y = start_x - k;
    moves.push_back({EditKind::kEqual, start_x, start_y, x, y});
    moves.push_back(down ? Move{EditKind::kInsert, prev_x, prev_y, start_x, start_y}
                         : Move{EditKind::kDelete, prev_x, prev_y, start_x, start_y});
    x = prev_x;
    y = prev_y;
  }
  moves.push_back({EditKind::kEqual, 0, 0, x, y});
  std::reverse(moves.begin(), moves.end());
  for (const Move& mv : moves) {
    Push(runs, mv.kind, a0 + static_cast<std::size_t>(mv.x0), a0 + static_cast<std::size_t>(mv.x1),
         b0 + static_cast<std::size_t>(mv.y0), b0 + static_cast<std::size_t>(mv.y1));
  }
}

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

std::vector<EditRun> Diff(const std::vector<std::uint32_t>& a,
                          const std::vector<std::uint32_t>& b) {
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) {
    ++prefix;
  }
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  std::vector<EditRun> runs;
  Push(runs, EditKind::kEqual, 0, prefix, 0, prefix);
  Middle(a, prefix, a.size() - suffix, b, prefix, b.size() - suffix, runs);
  Push(runs, EditKind::kEqual, a.size() - suffix, a.size(), b.size() - suffix, b.size());
  return Normalise(runs);
}

}  // namespace qonun::versions::internal
