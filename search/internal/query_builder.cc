#include "search/internal/query_builder.h"

#include <algorithm>

#include "model/ranking.h"
#include "model/schema.h"

namespace qonun::search::internal {

using Query = Xapian::Query;

namespace {

bool IsUzbekLetterModifier(std::string_view s, std::size_t i) {
  return s.compare(i, 2, "ʻ") == 0;  // U+02BB is two bytes in UTF-8
}

std::string KeyPrefix(Field field) {
  return field == Field::kHeading ? std::string(schema::kHeading) : "";
}

std::string StemPrefix(Field field) {
  return std::string(field == Field::kHeading ? schema::kHeadingStem : schema::kStem);
}

}  // namespace

std::vector<QueryWord> Words(const std::vector<analysis::Token>& tokens) {
  std::vector<QueryWord> words;
  for (const analysis::Token& t : tokens) {
    if (words.empty() || words.back().readings.front().position != t.position) {
      words.emplace_back();
    }
    words.back().readings.push_back(t);
  }
  return words;
}

bool IsFunctionWord(const QueryWord& word, const Xapian::Database& db) {
  bool any = false;
  for (const analysis::Token& t : word.readings) {
    any = any || t.stopword;
  }
  if (!any) {
    return false;
  }
  for (const analysis::Token& t : word.readings) {
    if (!t.stopword && db.term_exists(t.key)) {
      return false;
    }
  }
  return true;
}

std::vector<std::string> ApostropheVariants(const Xapian::Database& db, const std::string& key) {
  std::vector<std::size_t> slots;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if ((key[i] == 'o' || key[i] == 'g') && !IsUzbekLetterModifier(key, i + 1)) {
      slots.push_back(i + 1);
    }
  }
  std::vector<std::string> out;
  if (slots.empty() || slots.size() > 6) {
    return out;
  }
  for (unsigned mask = 1; mask < (1u << slots.size()); ++mask) {
    std::string variant = key;
    for (std::size_t k = slots.size(); k-- > 0;) {
      if (mask & (1u << k)) {
        variant.insert(slots[k], "ʻ");
      }
    }
    if (db.term_exists(variant)) {
      out.push_back(variant);
    }
  }
  return out;
}

Query QueryBuilder::LeafAlternatives(const QueryWord& word, Field field) {
  std::set<std::string> terms;
  for (const std::string& key : Keys(word)) {
    terms.insert(KeyPrefix(field) + key);
  }
  for (const analysis::Token& t : word.readings) {
    terms.insert(StemPrefix(field) + t.stem);
  }
  return Query(Query::OP_OR, terms.begin(), terms.end());
}

Query QueryBuilder::Weighted(const QueryWord& word, Field field) {
  std::set<std::string> keys;
  std::set<std::string> stems;
  for (const std::string& key : Keys(word)) {
    keys.insert(KeyPrefix(field) + key);
  }
  for (const analysis::Token& t : word.readings) {
    stems.insert(StemPrefix(field) + t.stem);
  }
  return Query(Query::OP_OR, Query(Query::OP_SYNONYM, keys.begin(), keys.end()),
               Query(Query::OP_SCALE_WEIGHT, Query(Query::OP_SYNONYM, stems.begin(), stems.end()),
                     ranking::kStemMatchWeight));
}

Query QueryBuilder::Phrase(const std::vector<QueryWord>& words, Field field) {
  std::vector<Query> parts;
  for (const QueryWord& w : words) {
    parts.push_back(LeafAlternatives(w, field));
  }
  return Query(Query::OP_PHRASE, parts.begin(), parts.end(),
               static_cast<Xapian::termcount>(parts.size()));
}

std::set<std::string> QueryBuilder::Keys(const QueryWord& word) {
  std::set<std::string> keys;
  for (const analysis::Token& t : word.readings) {
    keys.insert(t.key);
    match_terms_.keys.insert(t.key);
    match_terms_.stems.insert(t.stem);
    if (t.lang == Language::kUzbek) {
      for (std::string& variant : ApostropheVariants(db_, t.key)) {
        match_terms_.keys.insert(variant);
        keys.insert(std::move(variant));
      }
    }
  }
  return keys;
}

Query AndOf(const std::vector<Query>& parts) {
  return parts.size() == 1 ? parts[0] : Query(Query::OP_AND, parts.begin(), parts.end());
}

Query OrOf(const std::vector<Query>& parts) {
  return parts.size() == 1 ? parts[0] : Query(Query::OP_OR, parts.begin(), parts.end());
}

bool Matches(const std::vector<std::string>& stems, const QueryWord& word) {
  for (const analysis::Token& t : word.readings) {
    if (std::find(stems.begin(), stems.end(), t.stem) != stems.end()) {
      return true;
    }
  }
  return false;
}

Query InForceOn(const model::Date& day) {
  return Query(Query::OP_AND, Query(Query::OP_VALUE_LE, schema::kSlotValidFrom, day.ToString()),
               Query(Query::OP_VALUE_GE, schema::kSlotValidTo, day.AddDays(1).ToString()));
}

const analysis::Token* ReadingIn(const QueryWord& word, Language language) {
  const analysis::Token* uzbek_ascii = nullptr;
  for (const analysis::Token& t : word.readings) {
    if (t.lang == language) {
      return &t;
    }
    if (t.lang == Language::kUzbek &&
        std::all_of(t.key.begin(), t.key.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      uzbek_ascii = &t;
    }
  }
  return language == Language::kEnglish ? uzbek_ascii : nullptr;
}

std::optional<Query> ThesaurusExpansion(const Catalog& catalog, const std::vector<QueryWord>& words,
                                        const std::vector<bool>& only_cue,
                                        const std::vector<bool>& content, MatchTerms& match_terms,
                                        ConceptMatches& concepts) {
  // The first and last content words: a span over both names a concept whole.
  std::size_t first_content = words.size();
  std::size_t last_content = 0;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (content[w]) {
      first_content = std::min(first_content, w);
      last_content = w;
    }
  }
  std::set<std::string> named;
  std::set<std::string> whole;
  for (const ConceptTerm& term : catalog.concept_terms()) {
    if (term.stems.size() > words.size()) {
      continue;
    }
    for (std::size_t at = 0; at + term.stems.size() <= words.size(); ++at) {
      bool all = true;
      bool only_cues = true;
      for (std::size_t k = 0; k < term.stems.size() && all; ++k) {
        all = Matches({term.stems[k]}, words[at + k]);
        only_cues = only_cues && only_cue[at + k];
      }
      if (all && !only_cues) {
        named.insert(term.concept_id);
        if (at <= first_content && at + term.stems.size() > last_content) {
          whole.insert(term.concept_id);
        }
      }
    }
  }
  std::vector<Query> alternatives;
  for (const ConceptTerm& term : catalog.concept_terms()) {
    if (!named.contains(term.concept_id)) {
      continue;
    }
    std::vector<Query> stems;
    for (const std::string& stem : term.stems) {
      stems.emplace_back(std::string(schema::kStem) + stem);
      match_terms.stems.insert(stem);
    }
    alternatives.push_back(stems.size() == 1 ? stems[0]
                                             : Query(Query::OP_PHRASE, stems.begin(), stems.end(),
                                                     static_cast<Xapian::termcount>(stems.size())));
  }
  if (alternatives.empty()) {
    return std::nullopt;
  }
  concepts.all.assign(named.begin(), named.end());
  concepts.whole.assign(whole.begin(), whole.end());
  return Query(Query::OP_SCALE_WEIGHT, OrOf(alternatives), ranking::kThesaurusWeight);
}

}  // namespace qonun::search::internal
