#pragma once
// Myers' O(ND) difference algorithm ("An O(ND) Difference Algorithm and Its
// Variations", 1986) over sequences of integer token ids. It finds a shortest
// edit script, i.e. a longest common subsequence, so the number of inserted
// plus deleted tokens is minimal. Common prefix and suffix are stripped
// first, which makes scattered edits in long texts cheap; memory is O(D²) for
// D edits.

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

// Runs in order, adjacent runs of the same kind merged, and within a change
// deletions before insertions.
std::vector<EditRun> Diff(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

}  // namespace qonun::versions::internal
