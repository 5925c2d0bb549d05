// GET /api/v1/changes?from=&to=&work=&lang=&ui=&limit= — what changed in the
// corpus (or one work) after `from` and up to `to`: each new version, the
// acts that brought it, a summary for people and the articles it touched.

#include "api/internal/handlers.h"
#include "api/internal/params.h"

#include "versions/changes.h"

namespace qonun::api::internal {

using nlohmann::json;

namespace {

json ActsJson(const std::vector<versions::AmendingAct>& acts) {
  json out = json::array();
  for (const versions::AmendingAct& a : acts) {
    out.push_back({{"href", a.href}, {"show_as", a.show_as}, {"type", a.type}});
  }
  return out;
}

json VersionJson(const versions::VersionChanges& v) {
  json provisions = json::array();
  for (const versions::ChangedProvision& p : v.provisions) {
    provisions.push_back({{"change", versions::UnitChangeName(p.change)},
                          {"moved", p.moved},
                          {"eId", p.eid},
                          {"eId_before", p.eid_before},
                          {"num", p.num},
                          {"num_before", p.num_before},
                          {"heading", p.heading}});
  }
  return {{"work", v.work},
          {"work_name", v.work_name},
          {"valid_from", v.valid_from.ToString()},
          {"lang", std::string(LanguageCode(v.language))},
          {"expression", v.expression},
          {"previous", v.previous},
          {"work_repealed", v.work_repealed},
          {"acts", ActsJson(v.acts)},
          {"summary", v.summary},
          {"provisions", provisions},
          {"provisions_total", v.provisions_total}};
}

}  // namespace

HttpReply Changes(Context& c) {
  Params p(c.request);
  const std::optional<model::Date> from = p.Date("from");
  const std::optional<model::Date> to_param = p.Date("to");
  const std::string work = p.String("work");
  const Language language = p.Lang("lang").value_or(Language::kEnglish);
  // ui=uzb-Cyrl: the summaries in Uzbek, Cyrillic script.
  const bool uzbek_cyrillic = p.String("ui", 10) == "uzb-Cyrl";
  const versions::SummaryLanguage summary_language(
      uzbek_cyrillic ? Language::kUzbek : p.Lang("ui").value_or(language), uzbek_cyrillic);
  const std::size_t limit = p.Number("limit", 500, 1, 2000);
  if (p.error()) {
    return *p.error();
  }
  if (!from) {
    return ErrorReply(400, "bad_param", "from is required (YYYY-MM-DD)", "from");
  }
  const model::Date to = to_param.value_or(model::Date::Today());
  if (to < *from) {
    return ErrorReply(
        400, "bad_param",
        "to (" + to.ToString() + ") must not be before from (" + from->ToString() + ")", "to");
  }
  versions::ChangesQuery query{*from, to, language, summary_language, work, limit};
  Result<versions::ChangesReport> report =
      versions::ChangesBetween(c.worker.analyzer, c.snapshot.corpus, query);
  if (!report.ok()) {
    return FromStatus(report.status(), "work");
  }
  json versions_out = json::array();
  for (const versions::VersionChanges& v : report->versions) {
    versions_out.push_back(VersionJson(v));
  }
  return JsonReply({{"from", from->ToString()},
                    {"to", to.ToString()},
                    {"lang", std::string(LanguageCode(language))},
                    {"work", work.empty() ? json(nullptr) : json(work)},
                    {"limit", limit},
                    {"versions", versions_out},
                    {"provisions_listed", report->provisions_listed},
                    {"truncated", report->truncated}});
}

}  // namespace qonun::api::internal
