#pragma once
// The JSON form of search results, shared by `qonun search --json` and the
// HTTP API so that both speak the same shape:
//   {"total": 3, "results": [{"work", "work_name", "expression", "eId", "element",
//    "lang", "num", "heading", "citation", "snippet", "breadcrumb", "valid_from",
//    "valid_to", "languages", "status", "score", "exact_citation"}],
//    "facets": {"work": [{"value", "count"}], …}, "suggestion": "…",
//    "interpretation": {"citation", "citation_work", "expansions", "relaxed"}}

#include <string>

#include "search/searcher.h"

namespace qonun::search {

// `indent` < 0 prints compactly.
std::string SearchResponseToJson(const SearchResponse& response, int indent = -1);

}  // namespace qonun::search
