// One route table: the paths the service answers and their handlers.

#include "api/internal/routes.h"

namespace qonun::api {
namespace internal {

const std::vector<Route>& Routes() {
  static const std::vector<Route> routes = {
      {{"GET", "/api/v1/search", "search"}, Search},
      {{"GET", "/api/v1/suggest", "suggest"}, Suggest},
      {{"GET", "/api/v1/works", "works"}, Works},
      {{"GET", "/api/v1/works/*", "work"}, WorkDetail},
      {{"GET", "/api/v1/provision", "provision"}, Provision},
      {{"GET", "/api/v1/versions", "versions"}, Versions},
      {{"GET", "/api/v1/diff", "diff"}, Diff},
      {{"GET", "/api/v1/cite", "cite"}, Cite},
      {{"GET", "/api/v1/concordance", "concordance"}, Concordance},
      {{"GET", "/api/v1/concordance/matrix", "concordance_matrix"}, ConcordanceMatrix},
      {{"GET", "/api/v1/transliterate", "transliterate"}, Transliterate},
      {{"GET", "/api/v1/feed", "feed"}, Feed},
      {{"GET", "/api/v1/changes", "changes"}, Changes},
      {{"GET", "/api/v1/handout.docx", "handout_docx"}, HandoutDocx},
      {{"GET", "/akn/*", "akn"}, Akn},
      {{"GET", "/health", "health"}, nullptr},
      {{"GET", "/metrics", "metrics"}, nullptr},
      {{"GET", "/api/v1/openapi.json", "openapi"}, nullptr},
  };
  return routes;
}

bool PathMatches(const std::string& pattern, const std::string& path) {
  if (pattern.ends_with("*")) {
    const std::string prefix = pattern.substr(0, pattern.size() - 1);
    return path.size() > prefix.size() && path.rfind(prefix, 0) == 0;
  }
  return path == pattern;
}

}  // namespace internal

const std::vector<RouteInfo>& RouteTable() {
  static const std::vector<RouteInfo> table = [] {
    std::vector<RouteInfo> out;
    for (const internal::Route& r : internal::Routes()) {
      out.push_back(r.info);
    }
    return out;
  }();
  return table;
}

std::string Service::RouteName(const std::string& method, const std::string& path) {
  for (const internal::Route& r : internal::Routes()) {
    if (r.info.method == method && internal::PathMatches(r.info.path, path)) {
      return r.info.name;
    }
  }
  return "other";
}

}  // namespace qonun::api
