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

// The topics a query's words name, as ranking::TopicTerm values.
struct Topics {
  // Every run of consecutive content words read in one language, and every
  // term of the thesaurus concepts named: what an article's heading may be.
  std::set<std::string> headings;
  // All the content words at once, and the terms of the concepts they name
  // whole: what a definition the question asks for defines
  // (schema::kDefinedTerm).
  std::set<std::string> whole;
};

// What a query's words say about the provision it wants.
struct Priors {
  Intent intent = Intent::kNone;
  Topics topics;
};

// `main` with the priors' bonuses (AND_MAYBE); an empty query as it is.
Xapian::Query WithPriors(const Xapian::Database& db, Xapian::Query main, const Priors& priors);

// The topics of the content words (`content[w]`) and of the thesaurus
// concepts they name (whole ones for Topics::whole).
Topics TopicTerms(const Catalog& catalog, const std::vector<QueryWord>& words,
                  const std::vector<bool>& content, const ConceptMatches& concepts);

}  // namespace qonun::search::internal
