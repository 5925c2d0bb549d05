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

std::string_view GapKindName(GapKind kind) {
  return kind == GapKind::kNotApplicable ? "not_applicable" : "not_covered";
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

std::vector<MatrixRow> ConcordanceMatrix(const Concordance& concordance, const Expression& treaty) {
  std::vector<MatrixRow> rows;
  for (std::size_t i = 0; i < treaty.provisions.size(); ++i) {
    const Provision& article = treaty.provisions[i];
    if (article.element != "article") {
      continue;
    }
    MatrixRow row;
    row.provision = i;
    // A link to "art_6__para_3" belongs to art_6's row.
    const std::string part_prefix = article.eid + "__";
    for (const ConcordanceLink& link : concordance.links) {
      if (link.international_work == treaty.work.uri &&
          (link.international_eid == article.eid ||
           link.international_eid.starts_with(part_prefix))) {
        row.links.push_back(&link);
      }
    }
    for (const ConcordanceGap& gap : concordance.gaps) {
      if (gap.international_work == treaty.work.uri && gap.international_eid == article.eid) {
        row.gap = &gap;
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

namespace {

bool AnyExpressionHas(const Work& work, const std::string& eid) {
  return std::any_of(work.expressions.begin(), work.expressions.end(),
                     [&](const Expression& e) { return e.FindByEid(eid) != kNoProvision; });
}

// A `not_covered` / `not_applicable` row: no national side, no tags.
void ReadGap(const std::string& path, const internal::TsvRow& row, const Corpus& corpus,
             Concordance& concordance, std::vector<Diagnostic>& diagnostics) {
  bool ok = true;
  auto problem = [&](std::string message) {
    diagnostics.push_back({path, row.line, Severity::kError, std::move(message)});
    ok = false;
  };
  const std::string& relation = row.cells[2];
  if (row.cells[0] != "-" || row.cells[1] != "-") {
    problem("a " + relation + " row has '-' as its national work and eId");
  }
  if (!row.cells[5].empty()) {
    problem("a " + relation + " row has no tags");
  }
  const Work* work = corpus.FindWork(row.cells[3]);
  if (work == nullptr) {
    problem("work '" + row.cells[3] + "' is not in the corpus");
  } else if (!AnyExpressionHas(*work, row.cells[4])) {
    problem("eId '" + row.cells[4] + "' is in no expression of " + row.cells[3]);
  }
  if (row.cells[6].empty()) {
    problem("a " + relation + " row says why in its note");
  }
  if (ok) {
    concordance.gaps.push_back(
        {row.cells[3], row.cells[4],
         relation == "not_applicable" ? GapKind::kNotApplicable : GapKind::kNotCovered,
         row.cells[6], row.line});
  }
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
    if (relation == "not_covered" || relation == "not_applicable") {
      ReadGap(path, row, corpus, concordance, diagnostics);
      continue;
    }
    if (relation == "implements") {
      link.relation = ConcordanceRelation::kImplements;
    } else if (relation == "partially_implements") {
      link.relation = ConcordanceRelation::kPartiallyImplements;
    } else if (relation != "corresponds") {
      problem("relation '" + relation +
              "' is not one of implements, partially_implements, corresponds, not_covered, "
              "not_applicable");
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
  // A gap row for an article that is linked contradicts the links: reported and left out.
  std::erase_if(concordance.gaps, [&](const ConcordanceGap& gap) {
    const std::string part_prefix = gap.international_eid + "__";
    for (const ConcordanceLink& link : concordance.links) {
      if (link.international_work == gap.international_work &&
          (link.international_eid == gap.international_eid ||
           link.international_eid.starts_with(part_prefix))) {
        diagnostics.push_back({path, gap.line, Severity::kError,
                               gap.international_eid + " is marked " +
                                   std::string(GapKindName(gap.kind)) + " but line " +
                                   std::to_string(link.line) + " links it"});
        return true;
      }
    }
    return false;
  });
  internal::SortByLine(diagnostics, first_new);
  return concordance;
}

}  // namespace qonun::model
