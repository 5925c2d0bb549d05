#pragma once
// The route table (api/routes.cc): every path the service answers, its
// method, its name in metrics and logs, and its handler.

#include <string>
#include <vector>

#include "api/internal/handlers.h"
#include "api/service.h"

namespace qonun::api::internal {

struct Route {
  RouteInfo info;
  Handler handler;  // null for routes answered without a snapshot
};

// The table, in matching order. Built once; safe to read from any thread.
const std::vector<Route>& Routes();

// Whether a route's path ("/api/v1/works/*": any non-empty rest) matches.
bool PathMatches(const std::string& pattern, const std::string& path);

}  // namespace qonun::api::internal
