#pragma once
// Turns one provision of one expression into a Xapian document laid out as
// model/schema.h says: analysed heading and body terms with positions,
// boolean filter terms, value slots and the stored JSON the result page needs.

#include <set>
#include <string>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "common/language.h"
#include "model/corpus.h"

namespace qonun::indexer::internal {

// Which provisions become documents, and with what text.
enum class IndexedText {
  kNone,         // not indexed (inline containers)
  kHeadingOnly,  // chapters, sections: their heading and number, not their whole content
  kFull,         // articles and everything below them, preambles: heading and full text
};

IndexedText TextPolicy(const model::Provision& provision);

class DocumentBuilder {
 public:
  explicit DocumentBuilder(const analysis::Analyzer& analyzer) : analyzer_(analyzer) {}

  // Builds the document of provision `index` of `expression`. `languages`
  // lists the languages in which the same provision exists on the same date.
  // Adds the number of text bytes analysed to `text_bytes`.
  Xapian::Document Build(const model::Work& work, const model::Expression& expression,
                         std::size_t index, const std::set<Language>& languages,
                         std::size_t& text_bytes) const;

 private:
  const analysis::Analyzer& analyzer_;
};

// The Q term of a provision: expression URI + "/~" + eId.
std::string UniqueId(const std::string& expression_uri, const std::string& eid);

// work URI + "#" + identity: the same provision across versions and languages.
std::string ProvisionKey(const std::string& work_uri, const std::string& identity);

}  // namespace qonun::indexer::internal
