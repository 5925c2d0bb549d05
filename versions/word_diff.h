#pragma once
// Word-level comparison of two texts, as a lawyer reads a change: tokens are
// whole words and punctuation marks cut at ICU word boundaries (never single
// characters), and the edit script is minimal (Myers).
//
//   WordDiff d = DiffWords(analyzer, "от трёх до пяти лет", "от пяти до восьми лет", {});
//   WordDiffToHtml(d)  // "от <del>трёх</del> до <del>пяти</del><ins>пяти</ins>…"
//
// The ops cover both texts completely and in order: the equal and deleted
// ops' A-ranges tile A, the equal and inserted ops' B-ranges tile B.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"
#include "common/html.h"

namespace qonun::versions {

struct DiffOptions {
  bool ignore_whitespace = false;  // spaces and line breaks never count as changes
  bool ignore_case = false;        // "Статья" equals "статья"
};

enum class DiffOpKind { kEqual, kDelete, kInsert };

struct DiffOp {
  DiffOpKind kind = DiffOpKind::kEqual;
  std::string text;                    // B's text for equal and insert ops, A's for delete ops
  std::size_t a_start = 0, a_end = 0;  // byte range in A (empty for inserts)
  std::size_t b_start = 0, b_end = 0;  // byte range in B (empty for deletes)
};

struct WordDiff {
  std::vector<DiffOp> ops;
  std::size_t deleted_words = 0;  // words (not spaces or punctuation) deleted
  std::size_t inserted_words = 0;
  std::size_t deleted_tokens = 0;  // compared tokens of any kind
  std::size_t inserted_tokens = 0;

  bool Identical() const { return deleted_words == 0 && inserted_words == 0 && !HasChanges(); }

  bool HasChanges() const;
};

// The longest text a word diff takes (each side). Its memory is linear in
// the texts (linear-space Myers), under 64 MB at this size whatever the edits
// (bench/diff_bench); its time is bounded by internal::kDefaultMaxSteps.
inline constexpr std::size_t kMaxDiffBytes = 1 << 20;

// Texts past kMaxDiffBytes are not compared word by word: the diff is the
// one text deleted and the other inserted (callers that serve requests
// refuse them first, versions::TooLargeToCompare).
WordDiff DiffWords(const analysis::Analyzer& analyzer, std::string_view a, std::string_view b,
                   const DiffOptions& options = {});

const char* DiffOpKindName(DiffOpKind kind);  // "equal", "delete", "insert"

// Words that name a change for screen readers and copied text, in the
// reader's language.
struct DiffLabels {
  std::string deleted = "deleted";
  std::string inserted = "inserted";
};

// "<del><span class="diff-label">deleted: </span>восьми</del> <ins>…</ins>"
// (common/html.h escapes every text). The label is for screen readers and
// for copied text (a page hides it visually); a deletion glued to the
// insertion that replaces it gets a space between them, so «восьми» →
// «десяти» never reads «восьмидесяти».
std::string WordDiffToHtml(const WordDiff& diff, const DiffLabels& labels = {});
void WriteWordDiff(HtmlWriter& html, const WordDiff& diff, const DiffLabels& labels = {});

// For a terminal: deletions red and struck through, insertions green and
// underlined when `color`; otherwise [-deleted-] and {+inserted+} as git does;
// a space between a deletion and the insertion glued to it.
std::string WordDiffToTerminal(const WordDiff& diff, bool color);

// True between a deletion and the insertion right after it when neither
// brings a space of its own: they need one to be read apart.
bool NeedsSeparator(const DiffOp& op, const DiffOp* next);

}  // namespace qonun::versions
