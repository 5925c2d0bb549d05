// Property tests of the edit script: minimal (checked against an independent
// LCS by dynamic programming), complete (it rebuilds both sides), symmetric.

#include "versions/internal/myers.h"

#include <random>

#include <catch2/catch.hpp>

namespace {

using qonun::versions::internal::Diff;
using qonun::versions::internal::EditKind;
using qonun::versions::internal::EditRun;
using Seq = std::vector<std::uint32_t>;

std::size_t Lcs(const Seq& a, const Seq& b) {
  std::vector<std::vector<std::size_t>> t(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    }
  }
  return t[a.size()][b.size()];
}

struct Applied {
  Seq from_a;  // equal + delete runs, taken from A
  Seq to_b;    // equal + insert runs: A's equal tokens, B's inserted ones
  std::size_t edits = 0;
};

Applied Apply(const Seq& a, const Seq& b, const std::vector<EditRun>& runs) {
  Applied out;
  std::size_t a_at = 0;
  std::size_t b_at = 0;
  for (const EditRun& r : runs) {
    REQUIRE(r.a_begin == a_at);
    REQUIRE(r.b_begin == b_at);
    if (r.kind == EditKind::kEqual) {
      REQUIRE(r.a_end - r.a_begin == r.b_end - r.b_begin);
      for (std::size_t k = 0; k < r.a_end - r.a_begin; ++k) {
        REQUIRE(a[r.a_begin + k] == b[r.b_begin + k]);
        out.from_a.push_back(a[r.a_begin + k]);
        out.to_b.push_back(a[r.a_begin + k]);
      }
    } else if (r.kind == EditKind::kDelete) {
      REQUIRE(r.b_begin == r.b_end);
      out.from_a.insert(out.from_a.end(), a.begin() + static_cast<long>(r.a_begin),
                        a.begin() + static_cast<long>(r.a_end));
      out.edits += r.a_end - r.a_begin;
    } else {
      REQUIRE(r.a_begin == r.a_end);
      out.to_b.insert(out.to_b.end(), b.begin() + static_cast<long>(r.b_begin),
                      b.begin() + static_cast<long>(r.b_end));
      out.edits += r.b_end - r.b_begin;
    }
    a_at = r.a_end;
    b_at = r.b_end;
  }
  REQUIRE(a_at == a.size());
  REQUIRE(b_at == b.size());
  return out;
}

Seq Random(std::mt19937& rng, std::size_t n, std::uint32_t alphabet) {
  std::uniform_int_distribution<std::uint32_t> pick(0, alphabet - 1);
  Seq s(n);
  for (auto& x : s) {
    x = pick(rng);
  }
  return s;
}

}  // namespace

TEST_CASE("edit scripts are complete and minimal on random sequences", "[versions][unit]") {
  std::mt19937 rng(20261128);
  for (int round = 0; round < 400; ++round) {
    const std::size_t n = rng() % 60;
    const std::size_t m = rng() % 60;
    const std::uint32_t alphabet = 2 + rng() % 8;
    const Seq a = Random(rng, n, alphabet);
    const Seq b = Random(rng, m, alphabet);
    const auto runs = Diff(a, b);
    const Applied applied = Apply(a, b, runs);
    CHECK(applied.from_a == a);
    CHECK(applied.to_b == b);
    CHECK(applied.edits == a.size() + b.size() - 2 * Lcs(a, b));
  }
}

TEST_CASE("swapping the sides swaps insertions and deletions", "[versions][unit]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    const Seq a = Random(rng, rng() % 40, 5);
    const Seq b = Random(rng, rng() % 40, 5);
    std::size_t deleted = 0;
    std::size_t inserted = 0;
    for (const auto& r : Diff(a, b)) {
      deleted += r.kind == EditKind::kDelete ? r.a_end - r.a_begin : 0;
      inserted += r.kind == EditKind::kInsert ? r.b_end - r.b_begin : 0;
    }
    std::size_t deleted_back = 0;
    std::size_t inserted_back = 0;
    for (const auto& r : Diff(b, a)) {
      deleted_back += r.kind == EditKind::kDelete ? r.a_end - r.a_begin : 0;
      inserted_back += r.kind == EditKind::kInsert ? r.b_end - r.b_begin : 0;
    }
    CHECK(deleted == inserted_back);
    CHECK(inserted == deleted_back);
  }
}

TEST_CASE("scattered edits in a long sequence stay cheap and exact", "[versions][unit]") {
  std::mt19937 rng(1);
  Seq a = Random(rng, 20000, 3000);
  Seq b = a;
  for (std::size_t at = 500; at < b.size(); at += 1000) {
    b[at] = 99999;  // 20 substitutions
  }
  b.insert(b.begin() + 7000, {5, 6, 7});
  const Applied applied = Apply(a, b, Diff(a, b));
  CHECK(applied.to_b == b);
  CHECK(applied.edits == 20 * 2 + 3);
}

TEST_CASE("identical and empty sequences", "[versions][unit]") {
  const Seq a = {1, 2, 3};
  const auto same = Diff(a, a);
  REQUIRE(same.size() == 1);
  CHECK(same[0].kind == EditKind::kEqual);
  CHECK(Diff({}, {}).empty());
  const auto all_new = Diff({}, a);
  REQUIRE(all_new.size() == 1);
  CHECK(all_new[0].kind == EditKind::kInsert);
}

TEST_CASE("a wholesale rewrite within the work budget is exact; past it, still complete",
          "[versions][unit]") {
  std::mt19937 rng(17);
  Seq a(3000);
  Seq b(3000);
  for (auto& x : a) {
    x = rng() % 50;
  }
  for (auto& x : b) {
    x = rng() % 50;
  }
  // Exact: enough budget.
  const Applied exact = Apply(a, b, Diff(a, b));
  CHECK(exact.from_a == a);
  CHECK(exact.to_b == b);
  // A budget far too small: the rest is deleted and inserted whole, which
  // still turns A into B, with more edits than the minimum.
  const Applied bounded = Apply(a, b, Diff(a, b, 10'000));
  CHECK(bounded.from_a == a);
  CHECK(bounded.to_b == b);
  CHECK(bounded.edits > exact.edits);
  CHECK(bounded.edits <= a.size() + b.size());
}
