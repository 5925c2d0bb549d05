#include "search/internal/priors.h"

#include <algorithm>

#include "model/ranking.h"
#include "model/schema.h"

namespace qonun::search::internal {

using Query = Xapian::Query;

Query WithPriors(const Xapian::Database& db, Query main, const Priors& priors) {
  if (main.empty()) {
    return main;
  }
  Xapian::Enquire probe(db);
  // The search's filter adds no weight, so the bound is the same without it,
  // and the probe does not open the filter's (value range) posting lists.
  probe.set_query(main);
  const double scale = probe.get_mset(0, 0).get_max_possible();
  auto bonus = [&](Query matched, double weight) {
    auto* source = new Xapian::FixedWeightPostingSource(weight * scale);
    main = Query(Query::OP_AND_MAYBE, main,
                 Query(Query::OP_FILTER, Query(source->release()), matched));
  };
  bonus(Query(std::string(schema::kRole) + "operative"), ranking::kOperativeBonus);
  if (priors.intent == Intent::kSanction) {
    bonus(Query(std::string(schema::kRole) + "sanction"), ranking::kSanctionBonus);
  } else if (priors.intent == Intent::kDefinition) {
    bonus(Query(std::string(schema::kRole) + "definition"), ranking::kDefinitionBonus);
  }
  std::vector<Query> headings;
  for (const std::string& topic : priors.topics.headings) {
    headings.emplace_back(std::string(schema::kTopic) + topic);
  }
  if (!headings.empty()) {
    bonus(OrOf(headings), ranking::kTopicHeadingBonus);
  }
  std::vector<Query> defined;
  for (const std::string& topic : priors.topics.whole) {
    defined.emplace_back(std::string(schema::kDefinedTerm) + topic);
  }
  if (priors.intent == Intent::kDefinition && !defined.empty()) {
    bonus(OrOf(defined), ranking::kDefinedTermBonus);
  }
  return main;
}

Topics TopicTerms(const Catalog& catalog, const std::vector<QueryWord>& words,
                  const std::vector<bool>& content, const ConceptMatches& concepts) {
  std::vector<const QueryWord*> kept;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (content[w]) {
      kept.push_back(&words[w]);
    }
  }
  Topics topics;
  for (Language language : {Language::kEnglish, Language::kRussian, Language::kUzbek}) {
    for (std::size_t from = 0; from < kept.size(); ++from) {
      std::vector<std::string> stems;
      for (std::size_t to = from; to < kept.size() && stems.size() < ranking::kMaxTopicWords;
           ++to) {
        const analysis::Token* reading = ReadingIn(*kept[to], language);
        if (reading == nullptr) {
          break;
        }
        stems.push_back(reading->stem);
        if (std::string topic = ranking::TopicTerm(stems); !topic.empty()) {
          if (from == 0 && to + 1 == kept.size()) {
            topics.whole.insert(topic);
          }
          topics.headings.insert(std::move(topic));
        }
      }
    }
  }
  auto named = [](const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  for (const ConceptTerm& term : catalog.concept_terms()) {
    if (term.topic.empty() || !named(concepts.all, term.concept_id)) {
      continue;
    }
    if (named(concepts.whole, term.concept_id)) {
      topics.whole.insert(term.topic);
    }
    topics.headings.insert(term.topic);
  }
  return topics;
}

}  // namespace qonun::search::internal
