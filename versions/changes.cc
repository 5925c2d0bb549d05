#include "versions/changes.h"

#include <algorithm>
#include <tuple>

namespace qonun::versions {

namespace {

// The expression that began on `day`: in the query's language when there is
// one, else in the first language that has a version that day.
const model::Expression* VersionOn(const model::Work& work, const model::Date& day,
                                   Language language) {
  const model::Expression* other = nullptr;
  for (const model::Expression& e : work.expressions) {
    if (e.date != day) {
      continue;
    }
    if (e.language == language) {
      return &e;
    }
    if (other == nullptr) {
      other = &e;
    }
  }
  return other;
}

// The articles that differ between two versions: an article is listed when
// it, or any part of it, was added, removed, changed or renumbered. A unit
// outside any article (a preamble, the points of an instrument without
// articles) at the top level stands for itself; chapters and sections are
// containers and are not listed.
std::vector<ChangedProvision> ChangedArticles(const Comparison& comparison) {
  std::vector<ChangedProvision> out;
  const UnitDiff* head = nullptr;  // the article (or top-level unit) being read
  bool changed = false;
  auto flush = [&] {
    if (head == nullptr || !changed) {
      return;
    }
    const bool removed = head->change == UnitChange::kRemoved;
    ChangedProvision p;
    p.change = head->change == UnitChange::kUnchanged ? UnitChange::kChanged : head->change;
    p.moved = head->moved;
    p.eid = removed ? head->eid_from : head->eid_to;
    p.eid_before = head->eid_from;
    p.num = removed ? head->num_from : head->num_to;
    p.num_before = head->num_from;
    p.heading = head->heading;
    out.push_back(std::move(p));
  };
  for (const UnitDiff& u : comparison.units) {
    const bool inside = head != nullptr && u.depth > head->depth;
    if (!inside) {
      flush();
      head = nullptr;
      changed = false;
      if (u.container || (u.element != "article" && u.depth != 0)) {
        continue;
      }
      head = &u;
    }
    changed = changed || u.change != UnitChange::kUnchanged;
  }
  flush();
  return out;
}

}  // namespace

Result<ChangesReport> ChangesBetween(const analysis::Analyzer& analyzer,
                                     const model::Corpus& corpus, const ChangesQuery& query) {
  if (query.to < query.from) {
    return InvalidArgumentError("the end date " + query.to.ToString() +
                                " is before the start date " + query.from.ToString());
  }
  std::vector<const model::Work*> works;
  if (!query.work.empty()) {
    const model::Work* w = corpus.FindWork(query.work);
    if (w == nullptr) {
      for (const model::Work& candidate : corpus.works()) {
        const std::string& uri = candidate.metadata.uri;
        if (uri.substr(uri.rfind('/') + 1) == query.work) {
          w = &candidate;
          break;
        }
      }
    }
    if (w == nullptr) {
      return NotFoundError("no work '" + query.work + "' in the corpus");
    }
    works.push_back(w);
  } else {
    for (const model::Work& w : corpus.works()) {
      works.push_back(&w);
    }
  }

  ChangesReport report;
  for (const model::Work* work : works) {
    const Timeline timeline = WorkTimeline(*work, query.language);
    for (const TimelineEntry& entry : timeline.entries) {
      if (entry.valid_from <= query.from || query.to < entry.valid_from) {
        continue;
      }
      VersionChanges v;
      v.work = work->metadata.uri;
      v.work_name = work->Name(query.language);
      v.valid_from = entry.valid_from;
      v.acts = entry.acts;
      const model::Expression* now = VersionOn(*work, entry.valid_from, query.language);
      if (now == nullptr) {
        continue;  // a date from another language's version: VersionOn found none at all
      }
      v.language = now->language;
      v.expression = now->uri;
      // Each act once, as the compared version names it (the timeline holds
      // the act as every language's version names it).
      std::vector<AmendingAct> own;
      for (const AmendingAct& act : v.acts) {
        for (const model::LifecycleEvent& event : now->events) {
          const model::ActReference* ref = now->FindReference(event.source);
          if (event.date == entry.valid_from && (ref ? ref->href : event.source) == act.href) {
            own.push_back(act);
            break;
          }
        }
      }
      if (!own.empty()) {
        v.acts = std::move(own);
      }
      const model::Expression* before = work->InForce(now->language, entry.valid_from.AddDays(-1));
      if (before != nullptr && before != now) {
        v.previous = before->uri;
        if (auto too_large =
                TooLargeToCompare(*before, model::kNoProvision, *now, model::kNoProvision)) {
          v.summary.push_back(*too_large);
          report.versions.push_back(std::move(v));
          continue;
        }
        const Comparison comparison =
            CompareExpressions(analyzer, *before, *now, query.summary_language);
        v.summary = comparison.summary;
        v.provisions = ChangedArticles(comparison);
      }
      v.provisions_total = v.provisions.size();
      report.versions.push_back(std::move(v));
    }
    if (work->repealed && query.from < *work->repealed && !(query.to < *work->repealed)) {
      VersionChanges v;
      v.work = work->metadata.uri;
      v.work_name = work->Name(query.language);
      v.valid_from = *work->repealed;
      v.work_repealed = true;
      if (const model::Expression* last =
              work->InForce(query.language, work->repealed->AddDays(-1))) {
        v.language = last->language;
        v.previous = last->uri;
      }
      report.versions.push_back(std::move(v));
    }
  }
  std::stable_sort(report.versions.begin(), report.versions.end(),
                   [](const VersionChanges& a, const VersionChanges& b) {
                     return std::tie(a.valid_from, a.work) < std::tie(b.valid_from, b.work);
                   });
  // The limit counts listed provisions over the whole report, oldest first.
  std::size_t room = query.limit;
  for (VersionChanges& v : report.versions) {
    if (v.provisions.size() > room) {
      v.provisions.resize(room);
      report.truncated = true;
    }
    room -= v.provisions.size();
    report.provisions_listed += v.provisions.size();
  }
  return report;
}

}  // namespace qonun::versions
