#pragma once
// The concordance (corpus/concordance.tsv): which national provisions
// implement which articles of the Protocol and UNTOC. Format: corpus/README.md.
//
// Thread-safety: a Concordance is a value; once read, const methods may be
// called from any thread (a search::Snapshot shares one between requests).

#include <string>
#include <vector>

#include "model/corpus.h"
#include "model/diagnostic.h"

namespace qonun::model {

enum class ConcordanceRelation { kImplements, kPartiallyImplements, kCorresponds };

std::string_view ConcordanceRelationName(ConcordanceRelation relation);  // "implements", ...

struct ConcordanceLink {
  std::string national_work;  // work URI
  std::string national_eid;
  ConcordanceRelation relation = ConcordanceRelation::kCorresponds;
  std::string international_work;
  std::string international_eid;
  std::vector<std::string> tags;  // "definition", "criminalisation", ...
  std::string note;
  int line = 0;
};

// The tags a link may carry.
const std::vector<std::string>& ConcordanceTags();

// A treaty article the table says no national provision implements: an
// obligation the corpus does not cover (a gap), or an article that needs no
// national measure (final clauses). Written as a row with relation
// `not_covered` or `not_applicable` and `-` for the national work and eId.
enum class GapKind { kNotCovered, kNotApplicable };

std::string_view GapKindName(GapKind kind);  // "not_covered", "not_applicable"

struct ConcordanceGap {
  std::string international_work;  // work URI
  std::string international_eid;
  GapKind kind = GapKind::kNotCovered;
  std::string note;
  int line = 0;
};

struct Concordance {
  std::vector<ConcordanceLink> links;
  std::vector<ConcordanceGap> gaps;

  // Links whose national or international side is (work, eid).
  std::vector<const ConcordanceLink*> LinksOf(const std::string& work,
                                              const std::string& eid) const;
};

// One article of a treaty in the concordance matrix: the links to it or to
// its parts, and the gap row that explains why there are none.
struct MatrixRow {
  std::size_t provision = kNoProvision;       // the article in the expression
  std::vector<const ConcordanceLink*> links;  // national provisions implementing it
  const ConcordanceGap* gap = nullptr;        // the table's "not covered" row, if any
};

// The matrix for one treaty expression: every article in document order,
// each with the links made to the article or any of its parts.
std::vector<MatrixRow> ConcordanceMatrix(const Concordance& concordance, const Expression& treaty);

// Reads the table and checks each link against `corpus`: both works must be
// in it and each eId must exist in at least one expression of its work.
Concordance LoadConcordance(const std::string& path, const Corpus& corpus,
                            std::vector<Diagnostic>& diagnostics);

}  // namespace qonun::model
