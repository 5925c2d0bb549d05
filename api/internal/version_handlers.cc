#include "api/internal/handlers.h"
#include "api/internal/params.h"

#include "versions/compare.h"
#include "versions/timeline.h"
#include "versions/versions_json.h"
#include "versions/word_diff.h"

namespace qonun::api::internal {

using nlohmann::json;

HttpReply Versions(Context& c) {
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
  if (eid.empty()) {
    return JsonReply(versions::TimelineJson(versions::WorkTimeline(*w, language)));
  }
  Result<versions::Timeline> timeline = versions::ProvisionTimeline(*w, eid, language);
  if (!timeline.ok()) {
    return FromStatus(timeline.status(), "eid");
  }
  return JsonReply(versions::TimelineJson(*timeline));
}

HttpReply Diff(Context& c) {
  Params p(c.request);
  const std::string work_id = p.Required("work");
  const std::string eid = p.String("eid", 200);
  const Language language = p.Lang("lang").value_or(Language::kEnglish);
  const std::optional<model::Date> from = p.Date("from");
  const model::Date to = p.Date("to").value_or(model::Date::Today());
  const std::string with_work = p.String("with_work");
  const std::string with_eid = p.String("with_eid", 200);
  const std::string format = p.String("format", 10);
  const versions::DiffOptions options{p.Flag("ignore_whitespace"), p.Flag("ignore_case")};
  // ui=uzb-Cyrl: the summary in Uzbek, Cyrillic script.
  const bool uzbek_cyrillic = p.String("ui", 10) == "uzb-Cyrl";
  const versions::SummaryLanguage summary_language(
      uzbek_cyrillic ? Language::kUzbek : p.Lang("ui").value_or(language), uzbek_cyrillic);
  if (p.error()) {
    return *p.error();
  }
  if (!from) {
    return ErrorReply(400, "bad_param", "from is required (YYYY-MM-DD)", "from");
  }
  if (!format.empty() && format != "json" && format != "html") {
    return ErrorReply(400, "bad_param", "format must be json or html", "format");
  }
  auto a = FindProvisionAt(c.snapshot, work_id, eid, language, *from);
  if (auto* reply = std::get_if<HttpReply>(&a)) {
    return *reply;
  }
  auto b = FindProvisionAt(c.snapshot, with_work.empty() ? work_id : with_work,
                           with_work.empty() ? eid : with_eid, language, to);
  if (auto* reply = std::get_if<HttpReply>(&b)) {
    return *reply;
  }
  const FoundProvision& fa = std::get<FoundProvision>(a);
  const FoundProvision& fb = std::get<FoundProvision>(b);
  if ((fa.index == model::kNoProvision) != (fb.index == model::kNoProvision)) {
    return ErrorReply(400, "bad_param",
                      "compare a provision with a provision, or a work with a work", "with_eid");
  }
  const versions::Comparison comparison =
      fa.index == model::kNoProvision
          ? versions::CompareExpressions(c.worker.analyzer, *fa.expression, *fb.expression,
                                         summary_language, options)
          : versions::CompareProvision(c.worker.analyzer, *fa.expression, fa.index, *fb.expression,
                                       fb.index, summary_language, options);
  if (format == "html") {
    HttpReply reply;
    reply.content_type = "text/html; charset=utf-8";
    std::string html = "<div class=\"qonun-diff\">\n<ul class=\"summary\">\n";
    for (const std::string& line : comparison.summary) {
      html += "<li>" + line + "</li>\n";
    }
    html += "</ul>\n";
    for (const versions::UnitDiff& u : comparison.units) {
      html += "<section class=\"unit " + std::string(versions::UnitChangeName(u.change)) +
              "\"><h4>" + u.label + "</h4><p>" + versions::WordDiffToHtml(u.words) +
              "</p></section>\n";
    }
    reply.body = html + "</div>\n";
    return reply;
  }
  json out = versions::ComparisonJson(comparison);
  out["from"] = {
      {"expression", fa.expression->uri},
      {"valid_from", fa.expression->date.ToString()},
      {"eId", fa.index == model::kNoProvision ? json(nullptr)
                                              : json(fa.expression->provisions[fa.index].eid)}};
  out["to"] = {
      {"expression", fb.expression->uri},
      {"valid_from", fb.expression->date.ToString()},
      {"eId", fb.index == model::kNoProvision ? json(nullptr)
                                              : json(fb.expression->provisions[fb.index].eid)}};
  return JsonReply(out);
}

}  // namespace qonun::api::internal
