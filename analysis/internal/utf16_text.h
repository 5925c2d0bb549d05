#pragma once
// Text as ICU reads it: UTF-16 with the byte offset of every unit in the
// original UTF-8, and the small per-word helpers of the analysis chain that
// work on ICU strings (apostrophes, number keys, the term length cap).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/unistr.h>

namespace qonun::analysis::internal {

struct Utf16Text {
  icu::UnicodeString text;
  std::vector<std::size_t> byte_at;  // byte offset of each UTF-16 unit, plus the end

  std::size_t Byte(int32_t unit) const { return byte_at[static_cast<std::size_t>(unit)]; }
};

// Decodes `utf8` with common's DecodeUtf8, so that every UTF-16 unit knows its
// byte offset; an ill-formed byte becomes U+FFFD and is skipped alone.
Utf16Text ToUtf16(std::string_view utf8);

std::string ToUtf8(const icu::UnicodeString& u);

// In place, one UTF-16 unit for one: an apostrophe after o/g is the oʻ/gʻ
// modifier (U+02BB), one between two letters the tutuq (U+02BC); others are
// quotes and stay. Done before word breaking, which would otherwise drop a
// final apostrophe ("tog'") and split on ` and ´.
void NormaliseApostrophes(icu::UnicodeString& text);

// `s` cut to kMaxTermBytes (analysis/analyzer.h) on a character boundary.
std::string TruncateTerm(std::string s);

// A Cyrillic word with ў қ ғ ҳ (either case) is Uzbek.
bool HasUzbekCyrillicLetter(const icu::UnicodeString& word);

// "135¹" as a key: superscript digits become "-N", so it reads as 135-1;
// other characters are case-folded.
std::string NumberKey(const icu::UnicodeString& word);

}  // namespace qonun::analysis::internal
