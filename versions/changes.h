#pragma once
// What changed in the whole corpus between two dates: every version of every
// work that took effect after `from` and on or before `to`, the acts that
// brought it, and the articles it inserted, amended, moved or repealed
// compared with the version before it.
//
//   ChangesReport r = ChangesBetween(analyzer, corpus, {from, to, Language::kRussian});
//   for (const VersionChanges& v : r.versions) …  // v.work_name, v.acts, v.provisions
//
// Built over the work timelines (versions/timeline.h) and the article-level
// comparison of two expressions (versions/compare.h), so the report says the
// same as the versions and diff routes.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "common/language.h"
#include "model/corpus.h"
#include "model/date.h"

#include "versions/compare.h"
#include "versions/timeline.h"

namespace qonun::versions {

struct ChangesQuery {
  model::Date from;                        // exclusive: versions that took effect after this day
  model::Date to;                          // inclusive
  Language language = Language::kEnglish;  // texts and names in this language where it exists
  SummaryLanguage summary_language = Language::kEnglish;  // the summary lines
  std::string work;                                       // a work URI or alias; empty: every work
  std::size_t limit = 500;  // at most this many provisions listed over the whole report
};

// One article a version changed.
struct ChangedProvision {
  UnitChange change = UnitChange::kChanged;  // added, removed, changed or renumbered
  bool moved = false;                        // its number differs between the versions
  std::string eid;                           // in the new version (the old one when removed)
  std::string eid_before;                    // empty when inserted
  std::string num;         // as printed in the new version (the old one when removed)
  std::string num_before;  // empty when inserted
  std::string heading;
};

struct VersionChanges {
  std::string work;       // work URI
  std::string work_name;  // in the query's language, else any
  model::Date valid_from;
  Language language = Language::kEnglish;  // of the expressions compared
  std::string expression;                  // the new version's expression URI
  std::string previous;              // the version before it; empty: the act itself took effect
  bool work_repealed = false;        // the whole act ceased to have effect that day (no expression)
  std::vector<AmendingAct> acts;     // acts that took effect that day
  std::vector<std::string> summary;  // one line a change, in the summary language
  std::vector<ChangedProvision> provisions;  // article level, document order
  std::size_t provisions_total = 0;          // before the limit cut the list
};

struct ChangesReport {
  std::vector<VersionChanges> versions;  // by date, then work URI
  std::size_t provisions_listed = 0;
  bool truncated = false;  // the limit left provisions out
};

// kInvalidArgument when `to` is before `from`; kNotFound when `work` names no
// work of the corpus. Reads the corpus only: safe from several threads.
Result<ChangesReport> ChangesBetween(const analysis::Analyzer& analyzer,
                                     const model::Corpus& corpus, const ChangesQuery& query);

}  // namespace qonun::versions
