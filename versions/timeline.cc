#include "versions/timeline.h"

#include <algorithm>

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

// The provision's text with its parts, for telling whether it changed.
std::string Content(const model::Expression& e, std::size_t index) {
  const model::Provision& p = e.provisions[index];
  return p.num + "\n" + p.heading + "\n" + e.FullText(index);
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
  Timeline timeline{work.metadata.uri, "", language, {}};
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

Result<Timeline> ProvisionTimeline(const model::Work& work, std::string_view identity,
                                   Language language) {
  Timeline timeline = WorkTimeline(work, language);
  timeline.identity = std::string(identity);
  const model::Expression* previous = nullptr;
  std::size_t previous_index = model::kNoProvision;
  bool ever = false;
  for (TimelineEntry& entry : timeline.entries) {
    const model::Expression* e = work.InForce(language, entry.valid_from);
    const std::size_t index = e ? FindProvision(*e, identity) : model::kNoProvision;
    const bool now = index != model::kNoProvision;
    const bool before = previous_index != model::kNoProvision;
    if (now) {
      ever = true;
      entry.eid = e->provisions[index].eid;
      entry.num = e->provisions[index].num;
      entry.heading = e->provisions[index].heading;
      for (AmendingAct& act : entry.acts) {
        for (const model::ActReference& ref : e->references) {
          if (ref.href == act.href) {
            act.touches_provision = Touches(*e, index, ref.eid);
          }
        }
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
    } else {
      entry.change = Content(*previous, previous_index) == Content(*e, index)
                         ? ProvisionChange::kUnchanged
                         : ProvisionChange::kChanged;
    }
    if (e != nullptr) {
      previous = e;
      previous_index = index;
    }
  }
  if (!ever) {
    return NotFoundError("no version of " + work.metadata.uri + " in " +
                         std::string(LanguageCode(language)) + " has the provision '" +
                         std::string(identity) + "'");
  }
  return timeline;
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
