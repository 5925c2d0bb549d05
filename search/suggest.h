#pragma once
// Type-ahead: what a user may be about to type, from the works' aliases and
// names, the articles' headings and the thesaurus terms of one snapshot.
//
//   for (const Suggestion& s : Suggest(*snapshot, analyzer, "одам сав", 8)) …
//
// A candidate matches when the typed words start at one of its words, the
// last typed word as a prefix, compared on analysis keys (so any script and
// apostrophe form matches). Earlier starts rank first, then works, headings
// and terms, then shorter texts.
//
// Reads the snapshot only: safe from several threads, each with its own
// Analyzer (an Analyzer is not thread-safe).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "search/snapshot.h"

namespace qonun::analysis {
class Analyzer;
}  // namespace qonun::analysis

namespace qonun::search {

struct Suggestion {
  std::string text;
  std::string kind;  // "work", "heading", "term"
  std::string work;  // the work's URI for "work" and "heading", else empty
  std::string eid;   // the article's eId for "heading", else empty
};

// At most `limit` suggestions, each text once; none when nothing is typed.
std::vector<Suggestion> Suggest(const Snapshot& snapshot, const analysis::Analyzer& analyzer,
                                std::string_view typed_text, std::size_t limit);

}  // namespace qonun::search
