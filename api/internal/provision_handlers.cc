#include "api/internal/handlers.h"
#include "api/internal/params.h"
#include "model/provision_citation.h"

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
  json out = {{"work", w.metadata.uri},
              {"work_name", w.Name(e.language)},
              {"expression", e.uri},
              {"lang", std::string(LanguageCode(e.language))},
              {"valid_from", e.date.ToString()},
              {"valid_to", e.valid_to ? json(e.valid_to->ToString()) : json(nullptr)},
              {"status", std::string(model::TextStatusName(e.status))},
              {"verification", std::string(model::VerificationName(e.verification))},
              {"verification_note", e.verification_note},
              {"official_source", e.official_source}};
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

std::variant<FoundProvision, HttpReply> FindProvisionAt(const search::Snapshot& snapshot,
                                                        const std::string& work_id,
                                                        const std::string& eid, Language language,
                                                        const model::Date& day) {
  const model::Work* w = FindWork(snapshot, work_id);
  if (w == nullptr) {
    return ErrorReply(404, "not_found", "no work '" + work_id + "' in the index", "work");
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
  const std::string work = p.Required("work");
  const std::string eid = p.String("eid", 200);
  const Language language = p.Lang("lang").value_or(Language::kEnglish);
  const model::Date at = p.Date("at").value_or(model::Date::Today());
  if (p.error()) {
    return *p.error();
  }
  auto found = FindProvisionAt(c.snapshot, work, eid, language, at);
  if (auto* reply = std::get_if<HttpReply>(&found)) {
    return *reply;
  }
  return JsonReply(ProvisionJson(std::get<FoundProvision>(found)));
}

// /akn/{work URI}[/{lang}[@{date}]][/~{eId}]
HttpReply Akn(Context& c) {
  std::string path = c.request.path;
  std::string eid;
  if (const auto tilde = path.find("/~"); tilde != std::string::npos) {
    eid = path.substr(tilde + 2);
    path = path.substr(0, tilde);
  }
  const model::Work* work = nullptr;
  for (const model::Work& w : c.snapshot.corpus.works()) {
    if (path == w.metadata.uri || path.rfind(w.metadata.uri + "/", 0) == 0) {
      work = &w;
    }
  }
  if (work == nullptr) {
    return ErrorReply(404, "not_found", "no work at " + path);
  }
  std::string rest = path.substr(work->metadata.uri.size());
  Params p(c.request);
  Language language = p.Lang("lang").value_or(Language::kEnglish);
  model::Date day = p.Date("at").value_or(model::Date::Today());
  if (p.error()) {
    return *p.error();
  }
  if (!rest.empty()) {
    rest = rest.substr(1);  // "rus@2019-01-01" or "rus"
    const auto at = rest.find('@');
    const auto parsed = ParseLanguageCode(rest.substr(0, at));
    if (!parsed || rest.find('/') != std::string::npos) {
      return ErrorReply(404, "not_found", "'" + rest + "' is not LANG or LANG@DATE");
    }
    language = *parsed;
    if (at != std::string::npos) {
      auto date = model::Date::Parse(rest.substr(at + 1));
      if (!date) {
        return ErrorReply(400, "bad_param",
                          "'" + rest.substr(at + 1) + "' is not a real date written YYYY-MM-DD",
                          "date");
      }
      day = *date;
    }
  }
  auto found = FindProvisionAt(c.snapshot, work->metadata.uri, eid, language, day);
  if (auto* reply = std::get_if<HttpReply>(&found)) {
    return *reply;
  }
  return JsonReply(ProvisionJson(std::get<FoundProvision>(found)));
}

}  // namespace qonun::api::internal
