#pragma once
// The type-ahead table behind /api/v1/suggest: every work alias and name,
// every article heading (once per work) and every thesaurus term, analysed
// once per generation when its snapshot is loaded, with each word's keys in
// one sorted array for prefix lookup.
//
// A candidate matches when the typed words start at one of its words, every
// typed word equal to a key of its word and the last one a prefix of it. The
// answer is ordered by that starting word, then works before headings before
// terms, then shorter texts, then text, then corpus order; one entry a text.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/corpus.h"
#include "model/thesaurus.h"

namespace qonun::analysis {
class Analyzer;
}

namespace qonun::search {

// The analysed words of a text: for each word, its keys (one per reading).
using WordKeys = std::vector<std::vector<std::string>>;

// How a suggestion text and a typed query are cut into words: the query
// analysis's keys, grouped by word position, words without keys dropped.
WordKeys SuggestWords(const analysis::Analyzer& analyzer, std::string_view text);

struct TypeAheadEntry {
  enum class Kind : std::uint8_t { kWork = 0, kHeading = 1, kTerm = 2 };
  std::string text;
  Kind kind = Kind::kWork;
  std::string work;  // the work's URI ("" for terms)
  std::string eid;   // the article's eId (headings only)
};

std::string_view KindName(TypeAheadEntry::Kind kind);

class TypeAhead {
 public:
  TypeAhead() = default;

  static TypeAhead Build(const model::Corpus& corpus, const model::Thesaurus& thesaurus,
                         const analysis::Analyzer& analyzer);

  // At most `limit` entries matching `typed` (SuggestWords of the query).
  std::vector<const TypeAheadEntry*> Find(const WordKeys& typed, std::size_t limit) const;

  std::size_t size() const { return entries_.size(); }

 private:
  // Where a key occurs: entry, word in it, reading of that word.
  struct KeyRef {
    std::uint32_t entry;
    std::uint32_t word;
    std::uint32_t reading;
  };

  const std::string& KeyOf(const KeyRef& ref) const {
    return words_[ref.entry][ref.word][ref.reading];
  }

  // In answer order (see the top of this file), so an entry's index is its rank.
  std::vector<TypeAheadEntry> entries_;
  std::vector<WordKeys> words_;  // per entry
  std::vector<KeyRef> keys_;     // every key of every word, sorted by key
};

}  // namespace qonun::search
