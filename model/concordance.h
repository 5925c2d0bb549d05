#pragma once
// The concordance (corpus/concordance.tsv): which national provisions
// implement which articles of the Protocol and UNTOC. Format: corpus/README.md.

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

struct Concordance {
  std::vector<ConcordanceLink> links;

  // Links whose national or international side is (work, eid).
  std::vector<const ConcordanceLink*> LinksOf(const std::string& work,
                                              const std::string& eid) const;
};

// Reads the table and checks each link against `corpus`: both works must be
// in it and each eId must exist in at least one expression of its work.
Concordance LoadConcordance(const std::string& path, const Corpus& corpus,
                            std::vector<Diagnostic>& diagnostics);

}  // namespace qonun::model
