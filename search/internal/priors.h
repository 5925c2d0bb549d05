#pragma once
// Ranking priors: extra weights by what a provision is (model/ranking.h) —
// operative provisions over preambles and notes, sanctions for a question
// about punishment, definitions for "what is", and headings that are the
// query's topic — in proportion to the best weight the query's words can
// give, so they weigh alike for a word and for a long question.

#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "search/internal/catalog.h"
#include "search/internal/query_builder.h"
#include "search/internal/query_intent.h"

namespace qonun::search::internal {

// What a query's words say about the provision it wants.
struct Priors {
  Intent intent = Intent::kNone;
  std::set<std::string> topics;  // ranking::TopicTerm values a heading may be
};

// `main` with the priors' bonuses (AND_MAYBE); an empty query as it is.
Xapian::Query WithPriors(const Xapian::Database& db, Xapian::Query main, const Priors& priors);

// The topic terms (ranking::TopicTerm) a heading may be: every run of
// consecutive content words (`content[w]`), read in one language, and every
// term of the thesaurus concepts in `concepts`.
std::set<std::string> TopicTerms(const analysis::Analyzer& analyzer, const Catalog& catalog,
                                 const std::vector<QueryWord>& words,
                                 const std::vector<bool>& content,
                                 const std::vector<std::string>& concepts);

}  // namespace qonun::search::internal
