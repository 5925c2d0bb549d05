#pragma once
// Display transliteration of Uzbek between its two scripts, so that a reader
// of the Latin interface never meets Cyrillic Uzbek and the other way round.
//
//   Result<UzTransliterator> tr = UzTransliterator::Create();
//   tr->ToLatin("Ўзбекистон Республикаси") == "Oʻzbekiston Respublikasi"
//   tr->ToCyrillic("Oʻzbekiston Respublikasi") == "Ўзбекистон Республикаси"
//
// Cyrillic → Latin runs the 1995 rules the search fold is built from
// (internal/uz_fold_rules.h), plus the two signs the fold drops for search:
// ъ in Arabic and Persian loanwords is the tutuq ʼ (маъно → maʼno) and с+ҳ
// is split by it (Исҳоқ → Isʼhoq). Latin → Cyrillic is not deterministic
// (language.md §1.2): it follows the regular correspondences, and words the
// rules would spell wrongly (Russian loanwords with ц, ь, ъ, ю) come from an
// exception list of stems. Either way the result is a transliteration, not the
// published text: callers mark it as such.
//
// Case is kept per word: "ЎЗБЕКИСТОН" → "OʻZBEKISTON", "Шаҳар" → "Shahar".
// Words in the other script, digits, punctuation and markup between words
// pass through unchanged; text with nothing to convert is returned as is.
// The const methods are thread-safe.

#include <memory>
#include <string>
#include <string_view>

#include "common/status.h"

namespace qonun::analysis {

enum class UzScript { kLatin, kCyrillic };

class UzTransliterator {
 public:
  static Result<UzTransliterator> Create();

  UzTransliterator(UzTransliterator&&) noexcept;
  UzTransliterator& operator=(UzTransliterator&&) noexcept;
  ~UzTransliterator();

  std::string ToLatin(std::string_view text) const;
  std::string ToCyrillic(std::string_view text) const;

  std::string To(UzScript script, std::string_view text) const {
    return script == UzScript::kLatin ? ToLatin(text) : ToCyrillic(text);
  }

  // Whether `text` holds a letter of the other script than `script`, i.e.
  // whether To(script, text) can change it.
  static bool NeedsTransliteration(UzScript script, std::string_view text);

  struct Impl;

 private:
  explicit UzTransliterator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace qonun::analysis
