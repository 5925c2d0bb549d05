#include "api/internal/handlers.h"
#include "api/internal/params.h"

#include "versions/compare.h"
#include "versions/diff_html.h"
#include "versions/timeline.h"
#include "versions/versions_json.h"
#include "versions/word_diff.h"

namespace qonun::api::internal {

using nlohmann::json;

HttpReply Versions(Context& c) {
  Params p(c.request);
  const Params::Target target = p.WorkTarget();
  const std::optional<model::Date> at = p.Date("at");  // the provision as cited on this day
  if (p.error()) {
    return *p.error();
  }
  const model::Work* w = FindWork(c.snapshot, target.work);
  if (w == nullptr) {
    return NoSuchWork(target.work);
  }
  if (target.eid.empty()) {
    return JsonReply(versions::TimelineJson(versions::WorkTimeline(*w, target.language)));
  }
  Result<versions::Timeline> timeline =
      versions::ProvisionTimeline(c.worker.analyzer, *w, target.eid, target.language, at);
  if (!timeline.ok()) {
    return FromStatus(timeline.status(), "eid");
  }
  return JsonReply(versions::TimelineJson(*timeline));
}

HttpReply Diff(Context& c) {
  Params p(c.request);
  const auto [work_id, eid, language] = p.WorkTarget();
  const std::optional<model::Date> from = p.Date("from");
  const model::Date to = p.Date("to").value_or(model::Date::Today());
  const std::string with_work = p.String("with_work");
  const std::string with_eid = p.String("with_eid", 200);
  const std::string format = p.String("format", 10);
  const versions::DiffOptions options{p.Flag("ignore_whitespace"), p.Flag("ignore_case")};
  // The reader's interface: the summary's language and script (uzb-Cyrl:
  // Uzbek in Cyrillic); by default the text's language.
  const std::string ui = p.String("ui", 10);
  const std::optional<versions::SummaryLanguage> reader =
      ui.empty() ? versions::SummaryLanguage(language) : versions::ForReader(ui);
  if (p.error()) {
    return *p.error();
  }
  if (!reader) {
    return ErrorReply(400, "bad_param", std::string("ui must be one of ") + versions::kReaderCodes,
                      "ui");
  }
  const versions::SummaryLanguage& summary_language = *reader;
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
  const FoundProvision& fa = std::get<FoundProvision>(a);
  auto b = FindProvisionAt(c.snapshot, with_work.empty() ? work_id : with_work,
                           with_work.empty() ? eid : with_eid, language, to);
  if (with_work.empty() && with_eid.empty() && !eid.empty()) {
    // The provision's own text, followed through renumbering (Art. 21 of
    // 2008 is compared with Art. 27 of 2021, not with the new Art. 21).
    Result<versions::InForce> followed =
        versions::FollowProvision(c.worker.analyzer, *fa.work, eid, language, *from, to);
    if (!followed.ok()) {
      return FromStatus(followed.status(), "to");
    }
    b = FoundProvision{fa.work, followed->expression, followed->index};
  }
  if (auto* reply = std::get_if<HttpReply>(&b)) {
    return *reply;
  }
  const FoundProvision& fb = std::get<FoundProvision>(b);
  if ((fa.index == model::kNoProvision) != (fb.index == model::kNoProvision)) {
    return ErrorReply(400, "bad_param",
                      "compare a provision with a provision, or a work with a work", "with_eid");
  }
  // A word diff's memory grows with the texts: past the limit, a clear error
  // rather than a slow answer.
  if (auto too_large =
          versions::TooLargeToCompare(*fa.expression, fa.index, *fb.expression, fb.index)) {
    return ErrorReply(413, "diff_too_large", *too_large);
  }
  const versions::Comparison comparison =
      fa.index == model::kNoProvision
          ? versions::CompareExpressions(
                c.worker.analyzer, *fa.expression, *fb.expression, summary_language, options,
                // Headings as the reader's interface has them, when the work has that language.
                fa.work->InForce(summary_language.language, fa.expression->date),
                fb.work->InForce(summary_language.language, fb.expression->date))
          : versions::CompareProvision(
                c.worker.analyzer, *fa.expression, fa.index, *fb.expression, fb.index,
                summary_language, options,
                // The heading as the reader's interface has it, when the work has that language.
                fb.work->InForce(summary_language.language, fb.expression->date));
  if (format == "html") {
    HttpReply reply;
    reply.content_type = "text/html; charset=utf-8";
    reply.body = versions::ComparisonHtml(comparison, summary_language, true);
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
