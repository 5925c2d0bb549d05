#include <sstream>

#include "analysis/analyzer.h"
#include "api/internal/handlers.h"
#include "api/internal/params.h"
#include "search/query_parser.h"
#include "search/response_json.h"
#include "search/searcher.h"
#include "search/suggest.h"

namespace qonun::api::internal {

using nlohmann::json;

HttpReply Search(Context& c) {
  Params p(c.request);
  search::SearchRequest r;
  r.query = p.Required("q", search::kMaxQueryBytes);
  r.display_language = p.Lang("lang");
  r.languages = p.Langs("in");
  const std::string works = p.String("work");
  r.level = p.String("type", 20);
  r.at = p.Date("at");
  r.all_versions = p.Flag("all");
  r.correct_spelling = !p.Flag("as_typed");
  r.limit = p.Number("limit", 10, 1, search::kMaxLimit);
  r.offset = p.Number("offset", 0, 0, 10000);
  if (p.error()) {
    return *p.error();
  }
  if (!r.level.empty() && r.level != "national" && r.level != "international") {
    return ErrorReply(400, "bad_param", "type must be national or international", "type");
  }
  std::stringstream stream(works);
  for (std::string w; std::getline(stream, w, ',');) {
    if (FindWork(c.snapshot, w) == nullptr) {
      return ErrorReply(400, "bad_param", "work '" + w + "' is not in the index", "work");
    }
    r.works.push_back(FindWork(c.snapshot, w)->metadata.uri);
  }
  Result<search::SearchResponse> response = c.worker.searcher.Search(r);
  if (!response.ok()) {
    if (response.status().code() == StatusCode::kDataLoss) {
      c.serving.MarkDamaged(c.snapshot.generation, response.status().message());
    }
    return FromStatus(response.status(), "q");
  }
  HttpReply reply;
  reply.body = search::SearchResponseToJson(*response);
  return reply;
}

HttpReply Suggest(Context& c) {
  Params p(c.request);
  const std::string q = p.Required("q", 200);
  const std::size_t limit = p.Number("limit", 8, 1, 20);
  if (p.error()) {
    return *p.error();
  }
  json out = json::array();
  for (const search::Suggestion& s : search::Suggest(c.snapshot, c.worker.analyzer, q, limit)) {
    json item = {{"text", s.text}, {"kind", s.kind}};
    if (!s.work.empty()) {
      item["work"] = s.work;
    }
    if (!s.eid.empty()) {
      item["eId"] = s.eid;
    }
    out.push_back(std::move(item));
  }
  return JsonReply({{"q", q}, {"suggestions", out}});
}

}  // namespace qonun::api::internal
