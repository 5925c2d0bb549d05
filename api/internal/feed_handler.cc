// GET /api/v1/feed?work=&eid=&lang= — an Atom feed (RFC 4287) of the versions
// of a work or of one provision, newest first, so that a reader's feed
// reader says when the law they watch changes. Built from the same timeline
// as /api/v1/versions; every text goes through the one escaper.

#include "api/internal/handlers.h"
#include "api/internal/params.h"
#include "common/html.h"

#include "versions/timeline.h"

namespace qonun::api::internal {

namespace {

std::string Element(const std::string& name, const std::string& text) {
  return "<" + name + ">" + EscapeHtml(text) + "</" + name + ">";
}

std::string Link(const std::string& rel, const std::string& href) {
  return "<link rel=\"" + rel + "\" href=\"" + EscapeHtml(href) + "\"/>";
}

std::string Stamp(const model::Date& day) {
  return day.ToString() + "T00:00:00Z";
}

}  // namespace

HttpReply Feed(Context& c) {
  Params p(c.request);
  const std::string work_id = p.Required("work");
  const std::string eid = p.String("eid", 200);
  const Language language = p.Lang("lang").value_or(Language::kEnglish);
  if (p.error()) {
    return *p.error();
  }
  const model::Work* w = FindWork(c.snapshot, work_id);
  if (w == nullptr) {
    return ErrorReply(404, "not_found", "no work '" + work_id + "' in the index", "work");
  }
  versions::Timeline timeline;
  if (eid.empty()) {
    timeline = versions::WorkTimeline(*w, language);
  } else {
    Result<versions::Timeline> found =
        versions::ProvisionTimeline(c.worker.analyzer, *w, eid, language);
    if (!found.ok()) {
      return FromStatus(found.status(), "eid");
    }
    timeline = std::move(*found);
  }
  const std::string lang(LanguageCode(language));
  const std::string uri = w->metadata.uri;
  const std::string provision = eid.empty() ? "" : "/~" + eid;
  std::string entries;
  std::optional<model::Date> updated;
  for (auto it = timeline.entries.rbegin(); it != timeline.entries.rend(); ++it) {
    const versions::TimelineEntry& v = *it;
    if (!eid.empty() && (v.change == versions::ProvisionChange::kUnchanged ||
                         v.change == versions::ProvisionChange::kAbsent)) {
      continue;
    }
    if (!updated || *updated < v.valid_from) {
      updated = v.valid_from;
    }
    std::string acts;
    for (const versions::AmendingAct& act : v.acts) {
      if (!eid.empty() && !act.touches_provision &&
          v.change != versions::ProvisionChange::kOriginal) {
        continue;
      }
      acts += (acts.empty() ? "" : "; ") + (act.show_as.empty() ? act.href : act.show_as);
    }
    const std::string expression =
        v.expression.empty() ? uri + "/" + lang + "@" + v.valid_from.ToString() : v.expression;
    const std::string change = eid.empty() ? "version" : versions::ProvisionChangeName(v.change);
    entries += "<entry>";
    entries += Element("id", "urn:qonun:version:" + expression + provision);
    entries += Element("title", v.valid_from.ToString() + ": " + change +
                                    (v.num.empty() ? "" : " — " + v.num + " " + v.heading));
    entries += Element("updated", Stamp(v.valid_from));
    entries += Link("alternate", "/#" + expression + provision);
    entries += Element("summary", acts.empty() ? change : change + ": " + acts);
    entries += "</entry>\n";
  }
  std::string title = w->Name(language);
  if (!eid.empty()) {
    title += ", " + eid;
  }
  HttpReply reply;
  reply.content_type = "application/atom+xml; charset=utf-8";
  reply.body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  reply.body += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + lang + "\">\n";
  reply.body += Element("id", "urn:qonun:feed:" + uri + provision + "/" + lang);
  reply.body += Element("title", title);
  reply.body += Element("updated", Stamp(updated.value_or(model::Date::Today())));
  reply.body += "<author>" + Element("name", "Qonun") + "</author>";
  reply.body += Link("self", "/api/v1/feed?work=" + Slug(uri) + (eid.empty() ? "" : "&eid=" + eid) +
                                 "&lang=" + lang);
  reply.body += Link("alternate", "/#" + uri + "/" + lang + provision);
  reply.body += "\n" + entries + "</feed>\n";
  return reply;
}

}  // namespace qonun::api::internal
