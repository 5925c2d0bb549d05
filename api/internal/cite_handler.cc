#include "api/internal/handlers.h"
#include "api/internal/params.h"
#include "model/provision_citation.h"

#include "versions/timeline.h"

namespace qonun::api::internal {

using nlohmann::json;

HttpReply Cite(Context& c) {
  Params p(c.request);
  const std::string work_id = p.Required("work");
  const std::string eid = p.Required("eid", 200);
  const Language language = p.Lang("lang").value_or(Language::kEnglish);
  const model::Date at = p.Date("at").value_or(model::Date::Today());
  const std::string style = p.String("style", 10);
  if (p.error()) {
    return *p.error();
  }
  if (!style.empty() && style != "short" && style != "full") {
    return ErrorReply(400, "bad_param", "style must be short or full", "style");
  }
  auto found = FindProvisionAt(c.snapshot, work_id, eid, language, at);
  if (auto* reply = std::get_if<HttpReply>(&found)) {
    return *reply;
  }
  const FoundProvision& f = std::get<FoundProvision>(found);
  const std::string identity = f.expression->provisions[f.index].Identity();
  json citations = json::object();
  for (Language l : kAllLanguages) {
    const model::Expression* e = f.work->InForce(l, at);
    const std::size_t index = e ? versions::FindProvision(*e, identity) : model::kNoProvision;
    if (index == model::kNoProvision) {
      continue;
    }
    json item = json::object();
    if (style != "full") {
      item["short"] = model::ShortCitation(*f.work, *e, index);
    }
    if (style != "short") {
      item["full"] = model::FullCitation(*f.work, *e, index);
    }
    item["permalink"] = Permalink(e->uri, e->provisions[index].eid);
    citations[std::string(LanguageCode(l))] = item;
  }
  return JsonReply(
      {{"work", f.work->metadata.uri},
       {"eId", f.expression->provisions[f.index].eid},
       {"lang", std::string(LanguageCode(language))},
       {"at", at.ToString()},
       {"valid_from", f.expression->date.ToString()},
       {"citations", citations},
       {"permalink", Permalink(f.expression->uri, f.expression->provisions[f.index].eid)}});
}

}  // namespace qonun::api::internal
