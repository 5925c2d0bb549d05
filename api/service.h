#pragma once
// The HTTP service without the transport: one route table, handlers as small
// functions over plain HttpRequest/HttpReply values, and the state they share
// (the current index snapshot, a pool of searchers, metrics).
//
//   Service service({.db_dir = "var/index", .web_root = "web"});
//   HttpReply reply = service.Handle(request);  // thread-safe
//
// Read-only: no route writes anything. When the indexer switches in a new
// generation, the next request notices it (at most every half second) and
// the service moves to it; requests in flight finish on the old one.

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "api/http.h"

namespace qonun::api {

struct ServiceOptions {
  std::filesystem::path db_dir = "var/index";
  std::filesystem::path web_root;  // empty: no web page
  // Replies kept for questions asked again (0: no cache). Keyed by index
  // generation and date, so a reindex never serves an old answer.
  std::size_t cache_bytes = std::size_t{64} * 1024 * 1024;
};

// One route of the table, for the OpenAPI check and 405 answers.
struct RouteInfo {
  std::string method;
  std::string path;  // "/api/v1/search"; a trailing "*" matches any rest
  std::string name;  // label in metrics and logs
};

const std::vector<RouteInfo>& RouteTable();

class Service {
 public:
  explicit Service(ServiceOptions options);
  ~Service();

  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  // Answers one request; never throws.
  HttpReply Handle(const HttpRequest& request);

  // Whether an index snapshot is loaded (what /health reports).
  bool Ready();

  // Records a request's outcome for /metrics (the route name, status, seconds).
  void Record(const std::string& route, int status, double seconds);

  // The route name a path belongs to, for metrics and logs.
  static std::string RouteName(const std::string& method, const std::string& path);

  struct State;

 private:
  std::unique_ptr<State> state_;
};

}  // namespace qonun::api
