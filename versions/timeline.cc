#include "versions/timeline.h"

#include <algorithm>

#include "citation/keys.h"
#include "versions/align.h"

namespace qonun::versions {

const char* ProvisionChangeName(ProvisionChange change) {
  switch (change) {
    case ProvisionChange::kOriginal:
      return "original";
    case ProvisionChange::kInserted:
      return "inserted";
    case ProvisionChange::kChanged:
      return "changed";
    case ProvisionChange::kUnchanged:
      return "unchanged";
    case ProvisionChange::kRenumbered:
      return "renumbered";
    case ProvisionChange::kRepealed:
      return "repealed";
    case ProvisionChange::kAbsent:
      return "absent";
  }
  return "unchanged";
}

std::size_t FindProvision(const model::Expression& expression, std::string_view identity) {
  for (std::size_t i = 0; i < expression.provisions.size(); ++i) {
    if (expression.provisions[i].Identity() == identity) {
      return i;
    }
  }
  // A citation by eId still finds a provision that also carries a wId.
  return expression.FindByEid(identity);
}

namespace {

// Acts whose events fall on `day`, from any expression of that date, each once.
std::vector<AmendingAct> ActsOn(const model::Work& work, const model::Date& day,
                                Language language) {
  std::vector<AmendingAct> acts;
  std::vector<const model::Expression*> sources;
  for (const model::Expression& e : work.expressions) {
    if (e.date == day) {
      // The requested language's wording of the act names first.
      if (e.language == language) {
        sources.insert(sources.begin(), &e);
      } else {
        sources.push_back(&e);
      }
    }
  }
  for (const model::Expression* e : sources) {
    for (const model::LifecycleEvent& event : e->events) {
      if (event.date != day) {
        continue;
      }
      const model::ActReference* ref = e->FindReference(event.source);
      const std::string href = ref ? ref->href : event.source;
      const bool seen = std::any_of(acts.begin(), acts.end(),
                                    [&](const AmendingAct& a) { return a.href == href; });
      if (!seen) {
        acts.push_back({href, ref ? ref->show_as : event.source, event.type, false});
      }
    }
  }
  return acts;
}

std::vector<Language> LanguagesOn(const model::Work& work, const model::Date& day) {
  std::vector<Language> out;
  for (Language l : kAllLanguages) {
    const model::Expression* e = work.InForce(l, day);
    if (e != nullptr && e->date == day) {
      out.push_back(l);
    }
  }
  return out;
}

// The provision's wording: heading, text and parts, without its own number.
std::string Wording(const model::Expression& e, std::size_t index) {
  return e.provisions[index].heading + "\n" + e.FullText(index);
}

// "Article 21." → "Article 21".
std::string Printed(std::string num) {
  while (!num.empty() && (num.back() == '.' || num.back() == ' ')) {
    num.pop_back();
  }
  return num;
}

// Whether a textualMod of `e` names the provision or one of its descendants.
bool Touches(const model::Expression& e, std::size_t index, const std::string& act_eid) {
  for (const model::TextualModification& m : e.modifications) {
    if (m.source != act_eid) {
      continue;
    }
    for (const std::string& destination : m.destinations) {
      const std::string& eid = e.provisions[index].eid;
      if (destination == eid || destination.rfind(eid + "__", 0) == 0) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

Timeline WorkTimeline(const model::Work& work, Language language) {
  Timeline timeline{work.metadata.uri, "", language, {}, {}};
  const std::vector<model::Date> dates = work.VersionDates();
  for (std::size_t i = 0; i < dates.size(); ++i) {
    TimelineEntry entry;
    entry.valid_from = dates[i];
    entry.valid_to = i + 1 < dates.size() ? std::optional(dates[i + 1]) : work.repealed;
    entry.acts = ActsOn(work, dates[i], language);
    entry.languages = LanguagesOn(work, dates[i]);
    const model::Expression* e = work.InForce(language, dates[i]);
    if (e != nullptr && e->date == dates[i]) {
      entry.expression = e->uri;
    }
    timeline.entries.push_back(std::move(entry));
  }
  return timeline;
}

Result<Timeline> ProvisionTimeline(const analysis::Analyzer& analyzer, const model::Work& work,
                                   std::string_view identity, Language language,
                                   std::optional<model::Date> anchor) {
  Timeline timeline = WorkTimeline(work, language);
  timeline.identity = std::string(identity);
  std::vector<TimelineEntry>& entries = timeline.entries;
  const std::size_t n = entries.size();
  std::vector<const model::Expression*> expressions(n);
  for (std::size_t k = 0; k < n; ++k) {
    expressions[k] = work.InForce(language, entries[k].valid_from);
  }
  auto has = [&](std::size_t k) {
    return expressions[k] != nullptr &&
           FindProvision(*expressions[k], identity) != model::kNoProvision;
  };
  std::optional<std::size_t> start;
  for (std::size_t k = n; k-- > 0;) {
    const bool wanted = anchor ? entries[k].valid_from <= *anchor : has(k);
    if (wanted) {
      start = k;
      break;
    }
  }
  if (!start || !has(*start)) {
    return NotFoundError("no version of " + work.metadata.uri + " in " +
                         std::string(LanguageCode(language)) + " has the provision '" +
                         std::string(identity) + "'" +
                         (anchor ? " on " + anchor->ToString() : std::string()));
  }
  // The provision in each version: carried from the anchor version outwards.
  std::vector<std::size_t> at(n, model::kNoProvision);
  at[*start] = FindProvision(*expressions[*start], identity);
  auto carry = [&](std::size_t from, std::size_t to) {
    if (at[from] == model::kNoProvision || expressions[to] == nullptr) {
      return;
    }
    if (expressions[from] == expressions[to]) {
      at[to] = at[from];
      return;
    }
    const Alignment m = AlignExpressions(analyzer, *expressions[from], *expressions[to]);
    if (m.a_to_b[at[from]]) {
      at[to] = *m.a_to_b[at[from]];
    }
  };
  for (std::size_t k = *start + 1; k < n; ++k) {
    carry(k - 1, k);
  }
  for (std::size_t k = *start; k-- > 0;) {
    carry(k + 1, k);
  }
  const model::Expression* previous = nullptr;
  std::size_t previous_index = model::kNoProvision;
  for (std::size_t k = 0; k < n; ++k) {
    TimelineEntry& entry = entries[k];
    const model::Expression* e = expressions[k];
    const std::size_t index = at[k];
    const bool now = index != model::kNoProvision;
    const bool before = previous_index != model::kNoProvision;
    if (now) {
      const model::Provision& p = e->provisions[index];
      entry.eid = p.eid;
      entry.num = p.num;
      entry.heading = p.heading;
      for (AmendingAct& act : entry.acts) {
        for (const model::ActReference& ref : e->references) {
          if (ref.href == act.href) {
            act.touches_provision = Touches(*e, index, ref.eid);
          }
        }
      }
      if (timeline.numbers.empty() ||
          CanonicalNumber(timeline.numbers.back().num) != CanonicalNumber(p.num)) {
        timeline.numbers.push_back({p.num, p.eid, entry.valid_from});
      }
    }
    if (previous == nullptr) {
      entry.change = now ? ProvisionChange::kOriginal : ProvisionChange::kAbsent;
    } else if (now && !before) {
      entry.change = ProvisionChange::kInserted;
    } else if (!now && before) {
      entry.change = ProvisionChange::kRepealed;
    } else if (!now) {
      entry.change = ProvisionChange::kAbsent;
    } else if (Wording(*previous, previous_index) != Wording(*e, index)) {
      entry.change = ProvisionChange::kChanged;
    } else {
      entry.change = CanonicalNumber(previous->provisions[previous_index].num) ==
                             CanonicalNumber(e->provisions[index].num)
                         ? ProvisionChange::kUnchanged
                         : ProvisionChange::kRenumbered;
    }
    if (e != nullptr) {
      previous = e;
      previous_index = index;
    }
  }
  // Wording dates: each run of versions in which the text stood unchanged.
  std::size_t k = 0;
  while (k < n) {
    if (at[k] == model::kNoProvision) {
      ++k;
      continue;
    }
    const std::string wording = Wording(*expressions[k], at[k]);
    std::size_t end = k + 1;
    while (end < n && at[end] != model::kNoProvision &&
           Wording(*expressions[end], at[end]) == wording) {
      ++end;
    }
    for (std::size_t r = k; r < end; ++r) {
      entries[r].wording_from = entries[k].valid_from;
      entries[r].wording_to = entries[end - 1].valid_to;
    }
    k = end;
  }
  return timeline;
}

std::string NumbersLine(const Timeline& timeline) {
  if (timeline.numbers.size() < 2) {
    return "";
  }
  std::string out;
  for (const NumberSpan& span : timeline.numbers) {
    out += (out.empty() ? "" : " → ") + Printed(span.num) + " (" +
           span.from.ToString().substr(0, 4) + ")";
  }
  return out;
}

Result<const model::Expression*> ExpressionInForce(const model::Work& work, Language language,
                                                   const model::Date& day) {
  const model::Expression* e = work.InForce(language, day);
  if (e == nullptr) {
    return NotFoundError("no version of " + work.metadata.uri + " in " +
                         std::string(LanguageCode(language)) + " was in force on " +
                         day.ToString());
  }
  return e;
}

Result<InForce> ProvisionInForce(const model::Work& work, std::string_view identity,
                                 Language language, const model::Date& day) {
  Result<const model::Expression*> in_force = ExpressionInForce(work, language, day);
  if (!in_force.ok()) {
    return in_force.status();
  }
  const model::Expression* e = *in_force;
  const std::size_t index = FindProvision(*e, identity);
  if (index == model::kNoProvision) {
    return NotFoundError("'" + std::string(identity) + "' was not part of " + work.metadata.uri +
                         " on " + day.ToString() + " (version in force from " + e->date.ToString() +
                         ")");
  }
  return InForce{e, index};
}

}  // namespace qonun::versions

namespace qonun::versions {

Result<InForce> FollowProvision(const analysis::Analyzer& analyzer, const model::Work& work,
                                std::string_view identity, Language language,
                                const model::Date& since, const model::Date& day) {
  Result<InForce> then = ProvisionInForce(work, identity, language, since);
  if (!then.ok()) {
    return then;
  }
  const model::Expression* now = work.InForce(language, day);
  if (now == nullptr || now == then->expression) {
    return now == nullptr ? ProvisionInForce(work, identity, language, day) : then;
  }
  Result<Timeline> timeline = ProvisionTimeline(analyzer, work, identity, language, since);
  if (!timeline.ok()) {
    return timeline.status();
  }
  const TimelineEntry* on_day = nullptr;
  for (const TimelineEntry& e : timeline->entries) {
    if (e.valid_from <= day) {
      on_day = &e;
    }
  }
  if (on_day == nullptr || on_day->eid.empty()) {
    std::string repealed;
    for (const TimelineEntry& e : timeline->entries) {
      if (e.change == ProvisionChange::kRepealed && e.valid_from <= day) {
        repealed = e.valid_from.ToString();
      }
    }
    return NotFoundError("the text of '" + std::string(identity) + "' as in force on " +
                         since.ToString() + " was no longer part of " + work.metadata.uri + " on " +
                         day.ToString() +
                         (repealed.empty() ? "" : " (repealed on " + repealed + ")"));
  }
  return InForce{now, now->FindByEid(on_day->eid)};
}

std::optional<Moved> WhereTextWent(const analysis::Analyzer& analyzer, const model::Work& work,
                                   std::string_view identity, Language language,
                                   const model::Date& day) {
  const model::Expression* now = work.InForce(language, day);
  if (now == nullptr) {
    return std::nullopt;
  }
  const std::vector<model::Date> dates = work.VersionDates();
  for (std::size_t k = dates.size(); k-- > 0;) {
    const model::Expression* then = work.InForce(language, dates[k]);
    if (dates[k] >= now->date || then == nullptr || then == now) {
      continue;
    }
    const std::size_t index = FindProvision(*then, identity);
    if (index == model::kNoProvision) {
      continue;
    }
    Result<Timeline> timeline = ProvisionTimeline(analyzer, work, identity, language, dates[k]);
    if (!timeline.ok()) {
      return std::nullopt;
    }
    const std::string& eid_then = then->provisions[index].eid;
    Moved moved{then->provisions[index].num, then->provisions[index].heading, day, "", "", ""};
    bool found = false;
    for (const TimelineEntry& e : timeline->entries) {
      if (e.valid_from <= then->date) {
        continue;
      }
      if (!found && e.eid != eid_then) {
        moved.until = e.valid_from;
        found = true;
      }
      if (e.valid_from <= day) {
        moved.eid_now = e.eid;
        moved.num_now = e.num;
      }
    }
    const std::size_t same_identity_now = FindProvision(*now, identity);
    if (!found || (same_identity_now != model::kNoProvision &&
                   now->provisions[same_identity_now].eid == moved.eid_now)) {
      return std::nullopt;
    }
    moved.note = "the text of " + Printed(moved.num_before) + " (until " + moved.until.ToString() +
                 ") " +
                 (moved.eid_now.empty()
                      ? "was repealed"
                      : "is " + Printed(moved.num_now) + " since " + moved.until.ToString());
    return moved;
  }
  return std::nullopt;
}

}  // namespace qonun::versions
