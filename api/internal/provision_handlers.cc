#include "api/internal/akn_formats.h"
#include "api/internal/handlers.h"
#include "api/internal/params.h"
#include "model/provision_citation.h"

#include "versions/locate.h"
#include "versions/timeline.h"

namespace qonun::api::internal {

using nlohmann::json;

namespace {

json ProvisionTree(const model::Expression& e, std::size_t index) {
  const model::Provision& p = e.provisions[index];
  json children = json::array();
  for (std::size_t child : p.children) {
    children.push_back(ProvisionTree(e, child));
  }
  json out = {{"eId", p.eid},         {"element", p.element}, {"num", p.num},
              {"heading", p.heading}, {"text", p.text},       {"wrap_up", p.wrap_up},
              {"children", children}};
  if (!p.notes.empty()) {
    out["notes"] = p.notes;
  }
  return out;
}

std::vector<Language> LanguagesWith(const model::Work& w, const model::Date& day,
                                    const std::string& identity) {
  std::vector<Language> out;
  for (Language l : kAllLanguages) {
    if (const model::Expression* e = w.InForce(l, day)) {
      if (identity.empty() || versions::FindProvision(*e, identity) != model::kNoProvision) {
        out.push_back(l);
      }
    }
  }
  return out;
}

json ProvisionJson(const FoundProvision& f) {
  const model::Expression& e = *f.expression;
  const model::Work& w = *f.work;
  json out = ExpressionJson(e);
  out["work"] = w.metadata.uri;
  out["work_name"] = w.Name(e.language);
  if (f.index == model::kNoProvision) {
    json items = json::array();
    for (std::size_t root : e.Roots()) {
      items.push_back(ProvisionTree(e, root));
    }
    out["long_title"] = e.long_title;
    out["provisions"] = items;
    out["languages"] = LanguagesJson(LanguagesWith(w, e.date, ""));
    out["permalink"] = e.uri;
    return out;
  }
  const model::Provision& p = e.provisions[f.index];
  json breadcrumb = json::array();
  for (std::size_t at : e.Ancestors(f.index)) {
    const model::Provision& a = e.provisions[at];
    breadcrumb.push_back(
        {{"eId", a.eid}, {"element", a.element}, {"num", a.num}, {"heading", a.heading}});
  }
  json amended_by = json::array();
  for (const model::TextualModification& m : e.modifications) {
    for (const std::string& destination : m.destinations) {
      if (destination == p.eid || destination.rfind(p.eid + "__", 0) == 0) {
        if (const model::ActReference* ref = e.FindReference(m.source)) {
          amended_by.push_back({{"href", ref->href},
                                {"show_as", ref->show_as},
                                {"type", m.type},
                                {"destination", destination}});
        }
      }
    }
  }
  out.update({{"eId", p.eid},
              {"wId", p.wid.empty() ? json(nullptr) : json(p.wid)},
              {"element", p.element},
              {"num", p.num},
              {"heading", p.heading},
              {"text", e.FullText(f.index)},
              {"breadcrumb", breadcrumb},
              {"provision", ProvisionTree(e, f.index)},
              {"languages", LanguagesJson(LanguagesWith(w, e.date, p.Identity()))},
              {"citation", model::ShortCitation(w, e, f.index)},
              {"amended_by", amended_by},
              {"permalink", Permalink(e.uri, p.eid)}});
  return out;
}

}  // namespace

void AddWording(Context& c, const FoundProvision& f, const model::Date& day, json& out) {
  const model::Provision& p = f.expression->provisions[f.index];
  Result<versions::Timeline> timeline = versions::ProvisionTimeline(
      c.worker.analyzer, *f.work, p.Identity(), f.expression->language, day);
  out["wording_from"] = nullptr;
  out["wording_to"] = nullptr;
  if (timeline.ok()) {
    for (const versions::TimelineEntry& e : timeline->entries) {
      if (e.valid_from == f.expression->date && e.wording_from) {
        out["wording_from"] = e.wording_from->ToString();
        out["wording_to"] = e.wording_to ? json(e.wording_to->ToString()) : json(nullptr);
      }
    }
    out["numbers_line"] = versions::NumbersLine(*timeline);
  }
  // An old citation looked up later: where the text it named went.
  if (auto moved = versions::WhereTextWent(c.worker.analyzer, *f.work, p.Identity(),
                                           f.expression->language, day)) {
    out["moved"] = {{"num_before", moved->num_before},
                    {"heading_before", moved->heading_before},
                    {"until", moved->until.ToString()},
                    {"eId_now", moved->eid_now.empty() ? json(nullptr) : json(moved->eid_now)},
                    {"num_now", moved->num_now},
                    {"note", moved->note}};
  } else {
    out["moved"] = nullptr;
  }
}

std::variant<FoundProvision, HttpReply> FindProvisionAt(const search::Snapshot& snapshot,
                                                        const std::string& work_id,
                                                        const std::string& eid, Language language,
                                                        const model::Date& day) {
  const model::Work* w = FindWork(snapshot, work_id);
  if (w == nullptr) {
    return NoSuchWork(work_id);
  }
  Result<const model::Expression*> e = versions::ExpressionInForce(*w, language, day);
  if (!e.ok()) {
    return ErrorReply(404, "not_in_force", e.status().message());
  }
  if (eid.empty()) {
    return FoundProvision{w, *e, model::kNoProvision};
  }
  Result<versions::InForce> found = versions::ProvisionInForce(*w, eid, language, day);
  if (!found.ok()) {
    return ErrorReply(404, "not_found", found.status().message(), "eid");
  }
  return FoundProvision{w, found->expression, found->index};
}

HttpReply Provision(Context& c) {
  Params p(c.request);
  const auto [work, eid, language] = p.WorkTarget();
  const model::Date at = p.Date("at").value_or(model::Date::Today());
  if (p.error()) {
    return *p.error();
  }
  auto found = FindProvisionAt(c.snapshot, work, eid, language, at);
  if (auto* reply = std::get_if<HttpReply>(&found)) {
    return *reply;
  }
  const FoundProvision& f = std::get<FoundProvision>(found);
  json out = ProvisionJson(f);
  if (f.index != model::kNoProvision) {
    AddWording(c, f, at, out);
  }
  return JsonReply(out);
}

// /akn/{work URI}[/{lang}[@{date}]][/~{eId}]
HttpReply Akn(Context& c) {
  const AknTarget negotiated = NegotiateAkn(c.request);
  Result<versions::AknTarget> target = versions::ResolveAknUri(c.snapshot.corpus, negotiated.path);
  Params p(c.request);
  const std::optional<Language> language = p.Lang("lang");
  const std::optional<model::Date> at = p.Date("at");
  if (!target.ok() && target.status().code() == StatusCode::kNotFound) {
    return ErrorReply(404, "not_found", target.status().message());
  }
  if (p.error()) {
    return *p.error();
  }
  if (!target.ok()) {
    return ErrorReply(400, "bad_param", target.status().message(), "date");
  }
  const model::Date day = target->date.value_or(at.value_or(model::Date::Today()));
  auto found =
      FindProvisionAt(c.snapshot, target->work->metadata.uri, target->eid,
                      target->language.value_or(language.value_or(Language::kEnglish)), day);
  if (auto* reply = std::get_if<HttpReply>(&found)) {
    return *reply;
  }
  const FoundProvision& f = std::get<FoundProvision>(found);
  if (negotiated.format == AknFormat::kXml) {
    return AknXmlReply(*f.expression, f.index);
  }
  json out = ProvisionJson(f);
  if (f.index != model::kNoProvision) {
    AddWording(c, f, day, out);
  }
  HttpReply reply = JsonReply(out);
  reply.headers.emplace_back("Vary", "Accept");
  return reply;
}

}  // namespace qonun::api::internal
