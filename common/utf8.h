#pragma once
// Small UTF-8 helpers that need no ICU: validation of input files before
// they reach pugixml and ICU, and line numbers for diagnostics.
//
// Thread-safety: free functions on values, safe from any thread; a LineIndex
// is immutable once built (its const methods may be called concurrently) and
// keeps no pointer into the text it was built from.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qonun {

// Byte offset of the first ill-formed UTF-8 sequence in `text` (overlong
// forms, surrogates and code points above U+10FFFF count as ill-formed), or
// nullopt when the whole text is valid.
std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

// Decodes the code point at byte `i` of `text` (i < text.size()) and
// advances `i` past it. Strict: a cut sequence, a stray continuation byte,
// an overlong form, a surrogate or a value above U+10FFFF is ill-formed; it
// gives U+FFFD, advances one byte and sets *ill_formed (when given). The one
// UTF-8 decoder of the project: FindInvalidUtf8 and analysis's UTF-16 view
// are built on it.
char32_t DecodeUtf8(std::string_view text, std::size_t& i, bool* ill_formed = nullptr);

// The script most letters of `text` are written in: Latin (with the Uzbek
// modifier letter ʻ), Cyrillic, or kOther when it has letters of neither.
enum class Script { kLatin, kCyrillic, kOther };
Script DetectScript(std::string_view text);

// Superscript digits, as in article 135¹ (cited "135-1"): the one table.
// SuperscriptDigit(1) == U'¹'; SuperscriptValue(U'¹') == 1, -1 for any
// code point that is not a superscript digit.
char32_t SuperscriptDigit(int digit);
int SuperscriptValue(char32_t cp);

// Appends code point `cp` to `out` in UTF-8; U+FFFD for NUL, surrogates and
// values past U+10FFFF.
void AppendUtf8(std::string& out, char32_t cp);

// Maps byte offsets in one text to 1-based line and column numbers.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  // 1-based line of the byte at `offset` (offsets past the end map to the
  // last line).
  int LineOf(std::size_t offset) const;

  // 1-based column, in bytes, of the byte at `offset`.
  int ColumnOf(std::size_t offset) const;

 private:
  std::vector<std::size_t> line_starts_;
};

}  // namespace qonun
