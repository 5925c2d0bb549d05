#pragma once
// How a provision of the document model is cited: which printed numbers of
// the provision and its ancestors make its citation, and the short and full
// citations built from them with the citation module's forms
// (citation/format.h). The indexer stores CitationOf; the API and the CLI
// show ShortCitation and FullCitation; search formats the stored parts with
// the same forms, so a provision is cited the same way everywhere.
//
//   const std::size_t i = versions::FindProvision(expression, "art_135__para_2");
//   ShortCitation(work, expression, i) == "ч. 2 ст. 135 УК"
//
// Pure functions; thread-safe. Returned pointers point into `expression`.

#include <cstddef>
#include <string>

#include "model/corpus.h"
#include "model/document.h"

#include "citation/format.h"

namespace qonun::model {

// Citation parts from the printed numbers of a provision and its ancestors:
// article, then its part (paragraph), then the point.
struct ProvisionCitation {
  std::string article;         // canonical: "135", "135-1"
  std::string part;            // "2", or empty
  std::string point;           // canonical: "a", "1", or empty
  std::string point_num;       // the point's num as printed, for citing it as written
  bool exact = false;          // every level has a number: the parts name this provision alone
  bool implicit_part = false;  // the part is numbered by its place (Uzbek codes print none)

  // The parts as FormatCitation takes them.
  CitationParts Parts() const { return {article, part, PointLabel(point_num)}; }
};

// Empty (no article) for a provision outside any article. A part or point
// without a number of its own is cited by its article (exact is false).
ProvisionCitation CitationOf(const Expression& expression, std::size_t index);

// The latest amending act of the version, for "as amended by …"; null when
// none is recorded. The pointer is into `expression` and lives as long as it.
const ActReference* LatestAmendment(const Expression& expression);

// "ч. 2 ст. 135 УК": the short citation in the expression's language and in
// the script its text is written in, with the work's short title.
std::string ShortCitation(const Work& work, const Expression& expression, std::size_t index);

// "Art. 135(2) of the Criminal Code (as amended by …)".
std::string FullCitation(const Work& work, const Expression& expression, std::size_t index);

}  // namespace qonun::model
