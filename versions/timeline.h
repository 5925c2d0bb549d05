#pragma once
// Versions of a work and of one provision over time: when each version took
// effect, which acts brought it, which languages have it, and what happened
// to the provision on that date.
//
//   Result<Timeline> t = ProvisionTimeline(work, "art_135", Language::kRussian);
//   for (const TimelineEntry& e : t->entries) …  // e.change == kChanged, e.acts[0].show_as …

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/language.h"
#include "common/status.h"
#include "model/corpus.h"

namespace qonun::versions {

enum class ProvisionChange {
  kOriginal,   // present in the first version
  kInserted,   // absent in the previous version
  kChanged,    // its text (or that of a part of it) differs from the previous version
  kUnchanged,  // same text as in the previous version
  kRepealed,   // present in the previous version, absent in this one
  kAbsent,     // absent before and now
};

const char* ProvisionChangeName(ProvisionChange change);  // "changed", ...

struct AmendingAct {
  std::string href;     // "/akn/uz/act/2020-08-17/zru-633"
  std::string show_as;  // "Law No. ZRU-633 of 17 August 2020", in the timeline's language
  std::string type;     // "amendment", "repeal", "generation"
  bool touches_provision = false;  // a textualMod names this provision (or one of its parts)
};

struct TimelineEntry {
  model::Date valid_from;
  std::optional<model::Date> valid_to;  // exclusive
  std::vector<AmendingAct> acts;        // acts that took effect on valid_from, each once
  std::vector<Language> languages;      // languages this version exists in
  std::string expression;               // expression URI in the requested language ("" if none)
  ProvisionChange change = ProvisionChange::kUnchanged;  // provision timelines only
  std::string eid;  // the provision's eId in this version, if present
  std::string num;
  std::string heading;
};

struct Timeline {
  std::string work;
  std::string identity;  // empty for a whole-work timeline
  Language language = Language::kEnglish;
  std::vector<TimelineEntry> entries;  // oldest first
};

// Every version of the work (dates from all languages), seen in `language`.
Timeline WorkTimeline(const model::Work& work, Language language);

// The versions of one provision (by wId or eId). kNotFound when no version of
// the work in `language` has it.
Result<Timeline> ProvisionTimeline(const model::Work& work, std::string_view identity,
                                   Language language);

// The provision with this identity (wId, else eId) in `expression`, or kNoProvision.
std::size_t FindProvision(const model::Expression& expression, std::string_view identity);

// The version of the work in `language` in force on `day`, or kNotFound
// saying that none was. The pointer points into `work`.
Result<const model::Expression*> ExpressionInForce(const model::Work& work, Language language,
                                                   const model::Date& day);

// The provision as in force on `day`: its expression and index, or kNotFound
// with a message saying what was (not) in force then (the message of
// ExpressionInForce when no version was).
struct InForce {
  const model::Expression* expression = nullptr;
  std::size_t index = model::kNoProvision;
};

Result<InForce> ProvisionInForce(const model::Work& work, std::string_view identity,
                                 Language language, const model::Date& day);

}  // namespace qonun::versions
