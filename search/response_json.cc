#include "search/response_json.h"

#include <nlohmann/json.hpp>

namespace qonun::search {

using nlohmann::json;

namespace {

json LanguagesJson(const std::vector<Language>& languages) {
  json out = json::array();
  for (Language l : languages) {
    out.push_back(std::string(LanguageCode(l)));
  }
  return out;
}

}  // namespace

std::string SearchResponseToJson(const SearchResponse& response, int indent) {
  json results = json::array();
  for (const Hit& h : response.hits) {
    json breadcrumb = json::array();
    for (const BreadcrumbItem& b : h.breadcrumb) {
      breadcrumb.push_back(
          {{"eId", b.eid}, {"element", b.element}, {"num", b.num}, {"heading", b.heading}});
    }
    results.push_back({{"work", h.work},
                       {"work_name", h.work_name},
                       {"expression", h.expression},
                       {"eId", h.eid},
                       {"element", h.element},
                       {"lang", std::string(LanguageCode(h.language))},
                       {"num", h.num},
                       {"heading", h.heading},
                       {"citation", h.citation},
                       {"snippet", h.snippet},
                       {"breadcrumb", breadcrumb},
                       {"valid_from", h.valid_from},
                       {"valid_to", h.valid_to.empty() ? json(nullptr) : json(h.valid_to)},
                       {"languages", LanguagesJson(h.languages)},
                       {"status", h.status},
                       {"score", h.score},
                       {"exact_citation", h.exact_citation}});
  }
  json facets = json::object();
  for (const auto& [name, values] : response.facets) {
    json list = json::array();
    for (const FacetValue& v : values) {
      list.push_back({{"value", v.value}, {"count", v.count}});
    }
    facets[name] = list;
  }
  const Interpretation& i = response.interpretation;
  json out = {
      {"total", response.total},
      {"total_exact", response.total_exact},
      {"results", results},
      {"facets", facets},
      {"suggestion", response.suggestion.empty() ? json(nullptr) : json(response.suggestion)},
      {"corrected_query",
       response.corrected_query.empty() ? json(nullptr) : json(response.corrected_query)},
      {"interpretation",
       {{"citation", i.citation_key.empty() ? json(nullptr) : json(i.citation_key)},
        {"citation_work", i.citation_work.empty() ? json(nullptr) : json(i.citation_work)},
        {"expansions", i.expansions},
        {"relaxed", i.relaxed}}}};
  return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace qonun::search
