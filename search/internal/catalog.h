#pragma once
// What the searcher knows about the works and the thesaurus, read from the
// index's metadata (written by the indexer; format in model/schema.h), plus
// the analysed forms of their names that citation and thesaurus matching use.

#include <map>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "common/language.h"
#include "common/status.h"

namespace qonun::search::internal {

struct WorkEntry {
  std::string uri;
  std::string kind;
  std::string level;
  std::map<Language, std::string> names;
  std::map<Language, std::string> short_titles;
  std::vector<std::string> aliases;

  // The name in `language`, else English, else any.
  const std::string& Name(Language language) const;
};

// A name or alias of a work as a sequence of stems, one set per word (a word
// may have several readings).
struct WorkName {
  const WorkEntry* work = nullptr;
  std::vector<std::vector<std::string>> stems;
  bool is_alias = false;
};

struct ConceptTerm {
  std::string concept_id;
  Language language = Language::kEnglish;
  std::string text;
  std::vector<std::string> stems;  // one per word
  // The stems of its words that are not stopwords as one topic term
  // (ranking::TopicTerm), or empty: what a heading about the concept carries.
  std::string topic;
};

class Catalog {
 public:
  // Parses the metadata JSON; kDataLoss when it is not what the indexer writes.
  static Result<Catalog> Parse(const std::string& works_json, const std::string& thesaurus_json,
                               const analysis::Analyzer& analyzer);

  const std::vector<WorkEntry>& works() const { return works_; }

  const WorkEntry* Find(const std::string& uri_or_alias) const;

  const std::vector<WorkName>& names() const { return names_; }

  const std::vector<ConceptTerm>& concept_terms() const { return concept_terms_; }

 private:
  std::vector<WorkEntry> works_;
  std::vector<WorkName> names_;
  std::vector<ConceptTerm> concept_terms_;
};

}  // namespace qonun::search::internal
