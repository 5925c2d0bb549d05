#include "model/concordance.h"

#include <algorithm>

#include "model/internal/tsv.h"

namespace qonun::model {

std::string_view ConcordanceRelationName(ConcordanceRelation relation) {
  switch (relation) {
    case ConcordanceRelation::kImplements:
      return "implements";
    case ConcordanceRelation::kPartiallyImplements:
      return "partially_implements";
    case ConcordanceRelation::kCorresponds:
      return "corresponds";
  }
  return "corresponds";
}

const std::vector<std::string>& ConcordanceTags() {
  static const std::vector<std::string> tags = {
      "definition",  "criminalisation", "victim_protection",         "prevention",
      "cooperation", "jurisdiction",    "liability_of_legal_persons"};
  return tags;
}

std::vector<const ConcordanceLink*> Concordance::LinksOf(const std::string& work,
                                                         const std::string& eid) const {
  std::vector<const ConcordanceLink*> out;
  for (const ConcordanceLink& link : links) {
    if ((link.national_work == work && link.national_eid == eid) ||
        (link.international_work == work && link.international_eid == eid)) {
      out.push_back(&link);
    }
  }
  return out;
}

namespace {

bool AnyExpressionHas(const Work& work, const std::string& eid) {
  return std::any_of(work.expressions.begin(), work.expressions.end(),
                     [&](const Expression& e) { return e.FindByEid(eid) != kNoProvision; });
}

}  // namespace

Concordance LoadConcordance(const std::string& path, const Corpus& corpus,
                            std::vector<Diagnostic>& diagnostics) {
  const std::size_t first_new = diagnostics.size();
  Concordance concordance;
  const std::vector<std::string> header = {
      "national_work",     "national_eid", "relation", "international_work",
      "international_eid", "tags",         "note"};
  for (internal::TsvRow& row : internal::ReadTsv(path, header, diagnostics)) {
    ConcordanceLink link{row.cells[0], row.cells[1], ConcordanceRelation::kCorresponds,
                         row.cells[3], row.cells[4], {},
                         row.cells[6], row.line};
    bool ok = true;
    auto problem = [&](std::string message) {
      diagnostics.push_back({path, row.line, Severity::kError, std::move(message)});
      ok = false;
    };
    const std::string& relation = row.cells[2];
    if (relation == "implements") {
      link.relation = ConcordanceRelation::kImplements;
    } else if (relation == "partially_implements") {
      link.relation = ConcordanceRelation::kPartiallyImplements;
    } else if (relation != "corresponds") {
      problem("relation '" + relation +
              "' is not one of implements, partially_implements, corresponds");
    }
    link.tags = internal::SplitTerms(row.cells[5], ',');
    for (const std::string& tag : link.tags) {
      const auto& known = ConcordanceTags();
      if (std::find(known.begin(), known.end(), tag) == known.end()) {
        problem("unknown tag '" + tag + "'");
      }
    }
    for (const auto& [work_uri, eid] :
         {std::pair{link.national_work, link.national_eid},
          std::pair{link.international_work, link.international_eid}}) {
      const Work* work = corpus.FindWork(work_uri);
      if (work == nullptr) {
        problem("work '" + work_uri + "' is not in the corpus");
      } else if (!AnyExpressionHas(*work, eid)) {
        problem("eId '" + eid + "' is in no expression of " + work_uri);
      }
    }
    if (ok) {
      concordance.links.push_back(std::move(link));
    }
  }
  internal::SortByLine(diagnostics, first_new);
  return concordance;
}

}  // namespace qonun::model
