#pragma once
// Turns one provision of one expression into a Xapian document laid out as
// model/schema.h says: analysed heading and body terms with positions,
// boolean filter terms, value slots and the stored JSON the result page needs.

#include <map>
#include <set>
#include <string>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "common/language.h"
#include "model/corpus.h"

namespace qonun::indexer::internal {

// The text a provision's document indexes: its number and heading, and for
// articles and everything below them (and preambles) its full text; chapters
// and sections are found by their heading, not their whole content. The
// benchmark's peers index the same texts (bench/peers_bench.cc).
struct IndexedTexts {
  std::string heading;  // "Статья 135. Торговля людьми"
  std::string body;     // empty for headings-only provisions
  bool full = false;    // the body is indexed (articles and below, preambles)
};

IndexedTexts TextsOf(const model::Expression& expression, std::size_t index);

class DocumentBuilder {
 public:
  explicit DocumentBuilder(const analysis::Analyzer& analyzer);

  // Builds the document of provision `index` of `expression`. `languages`
  // lists the languages in which the same provision exists on the same date.
  // Adds the number of text bytes analysed to `text_bytes`.
  Xapian::Document Build(const model::Work& work, const model::Expression& expression,
                         std::size_t index, const std::set<Language>& languages,
                         std::size_t& text_bytes) const;

 private:
  // Whether an article heading announces definitions ("Use of terms",
  // "Основные понятия", "Asosiy tushunchalar").
  bool IsDefinitionsHeading(const std::string& heading, Language language) const;
  // ranking::TopicTerm of the content stems of a heading or defined term.
  std::string TopicOf(const std::string& text, Language language) const;

  const analysis::Analyzer& analyzer_;
  std::map<Language, std::set<std::string>> definition_stems_;
};

// The Q term of a provision: expression URI + "/~" + eId.
std::string UniqueId(const std::string& expression_uri, const std::string& eid);

// work URI + "#" + identity: the same provision across versions and languages.
std::string ProvisionKey(const std::string& work_uri, const std::string& identity);

}  // namespace qonun::indexer::internal
