#pragma once
// Myers' O(ND) difference algorithm ("An O(ND) Difference Algorithm and Its
// Variations", 1986) over sequences of integer token ids, in its linear-space
// form: the middle snake of each sub-problem is found from both ends at once
// and the two halves are solved in turn (divide and conquer, as Hirschberg
// does for LCS). It finds a shortest edit script, i.e. a longest common
// subsequence, so the number of inserted plus deleted tokens is minimal.
// Memory is O(N + M) whatever the edits; common prefix and suffix are
// stripped first, which makes scattered edits in long texts cheap.
//
// Time is O((N + M) D), so a wholesale rewrite of a long text (D close to
// N + M) would run for seconds: the work is bounded by `max_steps` (diagonal
// extensions and snake steps together), and a sub-problem reached once the
// budget is spent is reported as deleted and inserted whole. The script is
// then still correct (it turns A into B), only no longer minimal.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace qonun::versions::internal {

enum class EditKind { kEqual, kDelete, kInsert };

// A run of one kind: [a_begin, a_end) of A and [b_begin, b_end) of B. Equal
// runs cover the same number of tokens on both sides; deletes cover only A,
// inserts only B.
struct EditRun {
  EditKind kind;
  std::size_t a_begin, a_end;
  std::size_t b_begin, b_end;
};

// About a second and a half of work on one core of the (loaded) test machine:
// a 20,000-word text with scattered edits needs well under a tenth of it.
inline constexpr std::size_t kDefaultMaxSteps = 100'000'000;

// Runs in order, adjacent runs of the same kind merged, and within a change
// deletions before insertions.
std::vector<EditRun> Diff(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                          std::size_t max_steps = kDefaultMaxSteps);

}  // namespace qonun::versions::internal
