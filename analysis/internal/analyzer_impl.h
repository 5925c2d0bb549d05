#pragma once
// The state behind an Analyzer (analysis/analyzer.h), shared by the files
// that implement its methods: analyzer.cc (words and their readings) and
// references.cc (legal references).
//
// Nothing here is thread-safe on its own: the ICU break iterator and
// transliterator, the Snowball stemmers and the reading cache all change as
// they work. Every public Analyzer method holds `mutex` for its whole call,
// which makes the const methods safe to call from several threads at once.

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <xapian.h>

#include "analysis/analyzer.h"

namespace qonun::analysis {

namespace internal {

// A word or number between two ICU word boundaries.
struct Word {
  int32_t start = 0;  // UTF-16 units in the normalised text
  int32_t end = 0;
  bool number = false;
};

}  // namespace internal

struct Analyzer::Impl {
  // Held by every public method of Analyzer for its whole call; guards every
  // member below (the objects themselves, not only the pointers).
  std::mutex mutex;

  std::unique_ptr<icu::Transliterator> fold;
  std::unique_ptr<icu::BreakIterator> words;
  const icu::Normalizer2* casefold = nullptr;  // owned by ICU, immutable
  Xapian::Stem english{"english"};
  Xapian::Stem russian{"russian"};

  // Words repeat (legal text is Zipfian): the readings of recent words are
  // kept per language, which spares the transliterator and the stemmers most
  // of the work. Cleared when it reaches kCacheLimit entries.
  struct Reading {
    std::string key;
    std::string stem;
    bool stopword = false;
  };

  std::array<std::unordered_map<std::u16string, Reading>, 3> cache;
  static constexpr std::size_t kCacheLimit = 200000;

  // A copy with its own ICU objects, stemmers and an empty cache; takes
  // `mutex` itself (the copy constructor calls it).
  std::unique_ptr<Impl> Clone();

  // The words and numbers of `text` (ICU word boundaries).
  std::vector<internal::Word> Words(const icu::UnicodeString& text);

  // The uz-fold key of one word, cut to kMaxTermBytes.
  std::string Fold(const icu::UnicodeString& word);

  // Key and stem of one word in one language, from the cache when it has
  // them. `script` is the word's (qonun::DetectScript); numbers use it.
  void Read(const icu::UnicodeString& word, bool number, Script script, Language language,
            Token& t);

  // Every reading of every word of `input`; `language` fixes one reading.
  std::vector<Token> Analyze(std::string_view input, const Language* language);

 private:
  std::string CaseFold(const icu::UnicodeString& word) const;
  void Compute(const icu::UnicodeString& word, bool number, Script script, Language language,
               Token& t);
};

}  // namespace qonun::analysis
