#include <algorithm>

#include "api/internal/handlers.h"
#include "api/internal/params.h"
#include "model/language_json.h"
#include "model/provision_citation.h"

#include "versions/timeline.h"

namespace qonun::api::internal {

using nlohmann::json;

namespace {

json WorkSummary(const model::Work& w) {
  json expressions = json::array();
  for (const model::Expression& e : w.expressions) {
    json item = ExpressionJson(e);
    // The work list names an expression "uri", as its links do.
    item["uri"] = item["expression"];
    item.erase("expression");
    item["provisions"] = e.provisions.size();
    expressions.push_back(std::move(item));
  }
  json dates = json::array();
  for (const model::Date& d : w.VersionDates()) {
    dates.push_back(d.ToString());
  }
  return {{"uri", w.metadata.uri},
          {"slug", Slug(w.metadata.uri)},
          {"kind", w.metadata.kind},
          {"level", w.metadata.IsInternational() ? "international" : "national"},
          {"country", w.metadata.country},
          {"number", w.metadata.number},
          {"date", w.metadata.date ? json(w.metadata.date->ToString()) : json(nullptr)},
          {"names", model::LanguageMapJson(w.names)},
          {"short_titles", model::LanguageMapJson(w.short_titles)},
          {"aliases", w.metadata.aliases},
          {"languages", LanguagesJson(w.Languages())},
          {"versions", dates},
          {"repealed", w.repealed ? json(w.repealed->ToString()) : json(nullptr)},
          {"expressions", expressions}};
}

json Toc(const model::Expression& e, std::size_t index) {
  const model::Provision& p = e.provisions[index];
  json item = {{"eId", p.eid}, {"element", p.element}, {"num", p.num}, {"heading", p.heading}};
  if (p.element != "article") {
    json children = json::array();
    for (std::size_t child : p.children) {
      children.push_back(Toc(e, child));
    }
    if (!children.empty()) {
      item["children"] = children;
    }
  }
  return item;
}

}  // namespace

HttpReply Works(Context& c) {
  json works = json::array();
  for (const model::Work& w : c.snapshot.corpus.works()) {
    works.push_back(WorkSummary(w));
  }
  return JsonReply({{"works", works}, {"generation", c.snapshot.generation}});
}

HttpReply WorkDetail(Context& c) {
  std::string id = c.request.path.substr(std::string("/api/v1/works/").size());
  const model::Work* w = FindWork(c.snapshot, id);
  if (w == nullptr) {
    return ErrorReply(404, "not_found", "no work '" + id + "' in the index");
  }
  Params p(c.request);
  const Language language = p.Lang("lang").value_or(Language::kEnglish);
  const std::optional<model::Date> at = p.Date("at");
  if (p.error()) {
    return *p.error();
  }
  json out = WorkSummary(*w);
  const model::Date day = at.value_or(model::Date::Today());
  if (const model::Expression* e = w->InForce(language, day)) {
    json toc = json::array();
    for (std::size_t root : e->Roots()) {
      toc.push_back(Toc(*e, root));
    }
    out["toc"] = {{"expression", e->uri},
                  {"lang", std::string(LanguageCode(language))},
                  {"long_title", e->long_title},
                  {"items", toc}};
  }
  return JsonReply(out);
}

HttpReply Concordance(Context& c) {
  Params p(c.request);
  const auto [work_id, eid, language] = p.WorkTarget();
  if (p.error()) {
    return *p.error();
  }
  const model::Work* w = FindWork(c.snapshot, work_id);
  if (w == nullptr) {
    return NoSuchWork(work_id);
  }
  // The provision and the article (and parts) it belongs to: "art_135__para_2"
  // is linked through "art_135" too.
  std::vector<std::string> eids;
  for (std::string at = eid; !at.empty();) {
    eids.push_back(at);
    const auto cut = at.rfind("__");
    at = cut == std::string::npos ? "" : at.substr(0, cut);
  }
  json links = json::array();
  for (const model::ConcordanceLink& link : c.snapshot.concordance.links) {
    const bool national =
        link.national_work == w->metadata.uri &&
        (eid.empty() || std::find(eids.begin(), eids.end(), link.national_eid) != eids.end());
    const bool international =
        link.international_work == w->metadata.uri &&
        (eid.empty() || std::find(eids.begin(), eids.end(), link.international_eid) != eids.end());
    if (!national && !international) {
      continue;
    }
    const std::string other_work = national ? link.international_work : link.national_work;
    const std::string other_eid = national ? link.international_eid : link.national_eid;
    json item = {{"national_work", link.national_work},
                 {"national_eid", link.national_eid},
                 {"international_work", link.international_work},
                 {"international_eid", link.international_eid},
                 {"relation", std::string(model::ConcordanceRelationName(link.relation))},
                 {"tags", link.tags},
                 {"note", link.note},
                 {"other_work", other_work},
                 {"other_eid", other_eid}};
    if (const model::Work* ow = c.snapshot.corpus.FindWork(other_work)) {
      item["other_work_name"] = ow->Name(language);
      if (const model::Expression* e = ow->InForce(language, model::Date::Today())) {
        const std::size_t index = versions::FindProvision(*e, other_eid);
        if (index != model::kNoProvision) {
          item["other_citation"] = model::ShortCitation(*ow, *e, index);
          item["other_heading"] = e->provisions[index].heading;
          item["other_permalink"] = Permalink(e->uri, e->provisions[index].eid);
        }
      }
    }
    links.push_back(std::move(item));
  }
  return JsonReply({{"work", w->metadata.uri}, {"eId", eid}, {"links", links}});
}

}  // namespace qonun::api::internal
