#pragma once
// The query language users type into the search box:
//
//   trafficking exploitation      words (all of them, in any order; see Searcher)
//   "forced labour"               a phrase
//   +consent  -child              a word that must / must not occur
//   recruitment OR harbouring     either word
//   heading:торговля              restricted to headings
//
// in any language and script. Parsing is purely syntactic; analysis (folding,
// stemming, cross-script readings) happens when the Searcher builds the
// Xapian query. Malformed queries are an InvalidArgument status whose message
// says what is wrong and where, never an exception.

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace qonun::search {

enum class Occurrence { kDefault, kMust, kExclude };

enum class Field { kAny, kHeading };

struct Clause {
  Occurrence occurrence = Occurrence::kDefault;
  Field field = Field::kAny;
  bool phrase = false;
  std::string text;       // the word or the phrase's words, as typed
  int or_group = -1;      // clauses joined by OR share a group number; -1 when alone
  std::size_t start = 0;  // byte offset in the query, for error messages and spelling
  std::size_t end = 0;
};

struct ParsedQuery {
  std::vector<Clause> clauses;
};

inline constexpr std::size_t kMaxQueryBytes = 1000;
inline constexpr std::size_t kMaxClauses = 40;

Result<ParsedQuery> ParseQuery(std::string_view query);

}  // namespace qonun::search
