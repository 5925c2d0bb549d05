#pragma once
// Versions of a work and of one provision over time: when each version took
// effect, which acts brought it, which languages have it, and what happened
// to the provision on that date.
//
//   Result<Timeline> t = ProvisionTimeline(analyzer, work, "art_135", Language::kRussian);
//   for (const TimelineEntry& e : t->entries) …  // e.change == kChanged, e.acts[0].show_as …
//
// A provision is followed through renumbering: the text that was Art. 21 in
// 2008 and Art. 27 from 2021 has one timeline ("Article 21 (2008) → Article
// 27 (2021)"), paired from version to version by versions/align.h.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"
#include "common/language.h"
#include "common/status.h"
#include "model/corpus.h"

namespace qonun::versions {

enum class ProvisionChange {
  kOriginal,    // present in the first version
  kInserted,    // absent in the previous version
  kChanged,     // its text (or that of a part of it) differs from the previous version
  kUnchanged,   // same text as in the previous version
  kRenumbered,  // same text under another number
  kRepealed,    // present in the previous version, absent in this one
  kAbsent,      // absent before and now
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
  // The dates between which this wording stood: from the first version in a
  // row with the same text (heading, text and parts, whatever the number) to
  // the end of the last one. Only where the provision is present.
  std::optional<model::Date> wording_from;
  std::optional<model::Date> wording_to;  // exclusive; nullopt: still stands
};

// One number a provision was cited by, from a date.
struct NumberSpan {
  std::string num;  // as printed, "Article 21."
  std::string eid;
  model::Date from;
};

struct Timeline {
  std::string work;
  std::string identity;  // empty for a whole-work timeline
  Language language = Language::kEnglish;
  std::vector<TimelineEntry> entries;  // oldest first
  std::vector<NumberSpan> numbers;     // provision timelines: each number it had, oldest first
};

// "Article 21 (2008) → Article 27 (2021)"; empty when the number never changed.
std::string NumbersLine(const Timeline& timeline);

// Every version of the work (dates from all languages), seen in `language`.
Timeline WorkTimeline(const model::Work& work, Language language);

// The versions of one provision: the one with this identity (wId, else eId)
// in the version in force on `anchor` (without it, the latest version that
// has the identity), followed into earlier and later versions wherever
// alignment puts its text. kNotFound when no version of the work in
// `language` has the identity (or, with `anchor`, that version lacks it).
Result<Timeline> ProvisionTimeline(const analysis::Analyzer& analyzer, const model::Work& work,
                                   std::string_view identity, Language language,
                                   std::optional<model::Date> anchor = std::nullopt);

// Every function here reads the work only: safe from several threads.
// Pointers returned point into the work and live as long as it does.

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

// The provision cited as `identity` on `since`, followed to `day` through
// renumbering: ProvisionInForce on `since`, then wherever its text stood on
// `day`. kNotFound says when it was repealed.
Result<InForce> FollowProvision(const analysis::Analyzer& analyzer, const model::Work& work,
                                std::string_view identity, Language language,
                                const model::Date& since, const model::Date& day);

// Where the text went that an older version cited as `identity`: for a
// citation looked up on `day`, when the nearest earlier version that has
// `identity` holds a text that stands under another number (or nowhere) on
// `day`.
struct Moved {
  std::string num_before;  // "Article 21."
  std::string heading_before;
  model::Date until;    // the first day it stood elsewhere
  std::string eid_now;  // empty: repealed
  std::string num_now;  // "Article 27."
  std::string note;  // "the text of Article 21 (until 2021-02-19) is Article 27 since 2021-02-19"
};

std::optional<Moved> WhereTextWent(const analysis::Analyzer& analyzer, const model::Work& work,
                                   std::string_view identity, Language language,
                                   const model::Date& day);

}  // namespace qonun::versions
