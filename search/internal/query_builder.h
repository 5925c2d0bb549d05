#pragma once
// Query building: a query's words with every reading the analysis chain
// gives them, and the Xapian queries that stand for a word or a phrase (exact
// keys, stems at a lower weight, Uzbek apostrophe variants the index knows).
//
// Not thread-safe: a QueryBuilder records the terms it uses in the caller's
// MatchTerms, and borrows the database; use one per search.

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "model/date.h"
#include "search/internal/catalog.h"
#include "search/internal/highlighter.h"
#include "search/query_parser.h"
#include "search/searcher.h"

namespace qonun::search::internal {

// Past this many results a query as typed is kept even when a spelling
// correction exists (the correction is offered as "did you mean").
inline constexpr std::size_t kFewResults = 3;

// One word position of the query with every reading of it.
struct QueryWord {
  std::vector<analysis::Token> readings;

  bool IsStopword() const {
    return std::all_of(readings.begin(), readings.end(),
                       [](const analysis::Token& t) { return t.stopword; });
  }
};

// A function word: a stopword in every reading, or in one reading while no
// other reading is a word of the index (Cyrillic "нима", "учун" are Uzbek
// function words and no Russian words).
bool IsFunctionWord(const QueryWord& word, const Xapian::Database& db);

// Groups the analysis tokens by position: one QueryWord per word.
std::vector<QueryWord> Words(const std::vector<analysis::Token>& tokens);

// A user who types "ozbekiston" means oʻzbekiston: for an Uzbek key without
// the modifier after o/g, the variants with it that exist in the index.
std::vector<std::string> ApostropheVariants(const Xapian::Database& db, const std::string& key);

class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& db, MatchTerms& match_terms)
      : db_(db), match_terms_(match_terms) {}

  // Every term one word may stand for, for phrases (leaf terms only).
  Xapian::Query LeafAlternatives(const QueryWord& word, Field field);

  // One word for ranking: exact keys fully, stems at a lower weight.
  Xapian::Query Weighted(const QueryWord& word, Field field);

  Xapian::Query Phrase(const std::vector<QueryWord>& words, Field field);

 private:
  std::set<std::string> Keys(const QueryWord& word);

  const Xapian::Database& db_;
  MatchTerms& match_terms_;
};

Xapian::Query AndOf(const std::vector<Xapian::Query>& parts);
Xapian::Query OrOf(const std::vector<Xapian::Query>& parts);

// The word's reading in `language`, or nullptr. The query's analysis keeps
// one reading, the Uzbek one, for a Latin word that reads the same in English
// ("is", "labour"): that reading is the English one too.
const analysis::Token* ReadingIn(const QueryWord& word, Language language);

// Whether one of the word's readings has one of these stems.
bool Matches(const std::vector<std::string>& stems, const QueryWord& word);

// Documents of versions in force on `day`.
Xapian::Query InForceOn(const model::Date& day);

// The thesaurus concepts a query's words name.
struct ConceptMatches {
  std::vector<std::string> all;    // every concept named
  std::vector<std::string> whole;  // those named by words that span all its content words
};

// The other terms of any thesaurus concept whose term the words spell,
// weighted down, with the concepts used in `concepts`; nullopt when none.
// Words that only say what the question asks for (`only_cue[w]`, as
// "punishment" in "punishment for selling a child") name no concept on their
// own: the ranking's priors already look for that kind of provision. A
// concept is named whole when its words cover every content word
// (`content[w]`): "trafficking in persons" names trafficking-in-persons
// whole, while its "trafficking" alone (a stem of "trafficker") names the
// trafficker concept in part. The stems used are added to `match_terms` (for
// highlighting).
std::optional<Xapian::Query> ThesaurusExpansion(const Catalog& catalog,
                                                const std::vector<QueryWord>& words,
                                                const std::vector<bool>& only_cue,
                                                const std::vector<bool>& content,
                                                MatchTerms& match_terms, ConceptMatches& concepts);
}  // namespace qonun::search::internal
