#pragma once
// The one analysis chain of Qonun: what a word of the law and a word of a
// query become before they meet in the index. Indexing and querying both go
// through it, so Cyrillic Uzbek meets Latin Uzbek, any apostrophe form of
// oʻ/gʻ meets any other, and inflected forms meet their stem.
//
//   Result<Analyzer> analyzer = Analyzer::Create();
//   for (const Token& t : analyzer->AnalyzeDocument("Oʻzbekiston Respublikasi", Language::kUzbek))
//     … t.key == "oʻzbekiston", t.stem …
//   analyzer->AnalyzeQuery("Ўзбекистон");  // Uzbek reading only (ў): key "oʻzbekiston"
//
// The chain (analysis/README.md documents each rule):
//   1. apostrophes: every form of the oʻ/gʻ modifier and of the tutuq is
//      normalised in place before word breaking (so "tog'" keeps its gʻ);
//   2. ICU word boundaries, with byte offsets into the original text;
//   3. per reading: Uzbek → the project's uz-fold transliteration to one
//      Latin key; Russian → NFKC, case folding, ё→е; English → NFKC, case
//      folding, ’→';
//   4. stems: Snowball (Xapian) for Russian and English, the project's light
//      inflectional stemmer for Uzbek;
//   5. stopwords flag (for ranking only, nothing is dropped);
//   6. legal references ("ч. 2 ст. 135", "135-modda 2-qism", "Article 3(a)").
//
// Thread-safety: every method is const and may be called from several
// threads at once on one Analyzer: each call holds the Analyzer's internal
// mutex, which guards its ICU break iterator and transliterator, its
// stemmers and its cache of word readings (the only state that changes).
// Calls on one Analyzer therefore run one at a time; for parallel work give
// each thread its own copy (the API's worker pool and the indexer do):
// copies share nothing. Results are values: nothing returned points into
// the Analyzer or the input text.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/language.h"
#include "common/status.h"
#include "common/utf8.h"

namespace qonun::analysis {

// The script of a text (common/utf8.h): analysis and the citation module
// read scripts one way.
using Script = qonun::Script;

struct Token {
  std::string text;       // the word as written in the input
  std::size_t start = 0;  // byte offsets of `text` in the original input
  std::size_t end = 0;
  std::size_t position = 0;  // word position; the readings of one word share it
  Language lang = Language::kEnglish;
  std::string key;   // normalised search key
  std::string stem;  // stem of the key
  bool stopword = false;
};

// A legal reference found in text.
struct Reference {
  std::string article;  // "135", "135-1" for 135¹
  std::string part;     // "2", or empty
  std::string point;    // "a" (Cyrillic letters mapped to Latin by place), "1", or empty
  // A point or paragraph cited without an article ("п. 4 Указа", "4-band"):
  // its number, for acts numbered without articles; `article` is then empty.
  std::string unit;
  std::size_t start = 0, end = 0;  // bytes of the whole reference in the input

  // "art135", "art135.p2", "art135.p2.pta" (citation/keys.h's CitationKey).
  std::string Key() const;
};

// A piece of text between two ICU word boundaries.
struct Segment {
  std::size_t start = 0, end = 0;
  bool is_word = false;  // a word or number (not space or punctuation)
};

// Keys and stems never exceed this many bytes (cut on a character boundary).
inline constexpr std::size_t kMaxTermBytes = 200;

class Analyzer {
 public:
  // Builds the ICU transliterator, break iterator and stemmers; an error
  // Status when ICU rejects the rules (a bug, caught by the tests).
  static Result<Analyzer> Create();

  Analyzer(const Analyzer& other);
  Analyzer& operator=(const Analyzer& other);
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;
  ~Analyzer();

  // Text in a known language: one reading per word.
  std::vector<Token> AnalyzeDocument(std::string_view text, Language language) const;

  // Text whose language is unknown: every reading that applies. A Cyrillic
  // word with ў қ ғ ҳ is Uzbek; other Cyrillic words are read as Russian and as
  // Uzbek; Latin words as Uzbek and as English. Numbers have one reading.
  std::vector<Token> AnalyzeQuery(std::string_view text) const;

  std::vector<Reference> FindReferences(std::string_view text) const;

  // The whole text cut at ICU word boundaries (for the word diff).
  std::vector<Segment> SegmentText(std::string_view text) const;

  // The uz-fold key of one word (either script, any apostrophe form).
  std::string FoldUzbek(std::string_view word) const;

  // The Uzbek stem of a folded key.
  std::string StemUzbek(std::string_view key) const;

  // The script most letters of `text` are in (qonun::DetectScript).
  static Script DetectScript(std::string_view text) { return qonun::DetectScript(text); }

  struct Impl;

 private:
  explicit Analyzer(std::unique_ptr<Impl> impl);

  std::unique_ptr<Impl> impl_;
};

// The stems of the words of `text` that are not stopwords, in order, as
// AnalyzeDocument reads them: what a heading or a defined term is about
// (the indexer's topic terms and the searcher's thesaurus topics).
std::vector<std::string> ContentStems(const Analyzer& analyzer, std::string_view text,
                                      Language language);

}  // namespace qonun::analysis
