#pragma once
// Which name a phrase names: the one rule by which a few words a user typed
// ("criminal code", "уголовного кодекса", "TK") are matched to the name or
// alias of a work, shared by the searcher (a citation's work) and
// versions::Locate (`qonun versions "ст. 135 УК"`). Words meet on their stems,
// so inflected forms and either Uzbek script match.
//
//   const WordStems phrase = StemsByWord(analyzer, "уголовного кодекса", Stopwords::kDrop);
//   FirstNamedPosition(phrase, StemsByWord(analyzer, "Уголовный кодекс", Stopwords::kKeep)) == 0
//
// Pure functions; thread-safe apart from the Analyzer (one per thread).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"

namespace qonun::analysis {

// A text as the stems of its words: one list per word position (a word read
// several ways has several stems).
using WordStems = std::vector<std::vector<std::string>>;

enum class Stopwords {
  kKeep,  // every word keeps its place (names: positions stay as written)
  kDrop,  // words that are only stopwords are left out (what a user typed)
};

// The stems of each word of `text`, read as a query (every reading).
WordStems StemsByWord(const Analyzer& analyzer, std::string_view text, Stopwords stopwords);

// Whether two words share a stem.
bool SameWord(const std::vector<std::string>& a, const std::vector<std::string>& b);

// When every word of `phrase` is some word of `name`: the earliest position
// in `name` where one of them is (the name where a phrase's words come
// earliest is the one it names: "convention" names the Convention, not a
// Protocol whose title mentions the Convention at its end). nullopt when a
// word is missing or the phrase is empty.
std::optional<std::size_t> FirstNamedPosition(const WordStems& phrase, const WordStems& name);

}  // namespace qonun::analysis
