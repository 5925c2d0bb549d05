#pragma once
// Spelling: the "did you mean" of a query, and when a search is run again as
// corrected (Searcher::Search, SearchRequest::correct_spelling).

#include <string>
#include <vector>

#include <xapian.h>

#include "search/internal/query_builder.h"
#include "search/query_parser.h"
#include "search/searcher.h"

namespace qonun::search::internal {

// Each plain word of `query` (one word to a clause, not excluded, not in a
// phrase, not a function word or a number) that the index does not know,
// replaced by the nearest word it does; "" when nothing is replaced.
// `clause_words[i]` are the words of `parsed.clauses[i]`.
std::string Suggest(const Xapian::Database& db, const std::string& query, const ParsedQuery& parsed,
                    const std::vector<std::vector<QueryWord>>& clause_words);

// A query with a suggestion that finds (almost) nothing: few results, or only
// provisions with some of its words.
bool WorthCorrecting(const SearchResponse& response);

// The corrected search finds something, and more, or finds every word where
// the original found only some.
bool CorrectionIsBetter(const SearchResponse& original, const SearchResponse& corrected);

}  // namespace qonun::search::internal
