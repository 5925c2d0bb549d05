#include "api/service.h"

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "api/internal/handlers.h"
#include "api/internal/metrics.h"
#include "api/internal/openapi.h"
#include "api/internal/response_cache.h"
#include "api/internal/routes.h"
#include "api/internal/serving_state.h"
#include "api/internal/static_files.h"
#include "common/utf8.h"
#include "model/schema.h"

namespace qonun::api {

// Everything a Service shares between requests; each part is thread-safe on
// its own (see its header), so State needs no lock of its own.
struct Service::State {
  explicit State(ServiceOptions service_options)
      : options(std::move(service_options)),
        cache(options.cache_bytes),
        serving(options.db_dir),
        pool(options.db_dir) {}

  const ServiceOptions options;
  internal::ResponseCache cache;
  internal::ServingState serving;
  internal::WorkerPool pool;
  internal::Metrics metrics;
};

namespace {

HttpReply MetricsReply(Service::State& state, const search::Snapshot* snapshot) {
  long generation = 0;
  if (snapshot != nullptr) {
    generation =
        std::strtol(snapshot->generation.c_str() + schema::kGenerationPrefix.size(), nullptr, 10);
  }
  HttpReply reply;
  reply.content_type = "text/plain; version=0.0.4; charset=utf-8";
  reply.body = state.metrics.Render(state.cache.stats(), generation);
  return reply;
}

}  // namespace

Service::Service(ServiceOptions options) : state_(std::make_unique<State>(std::move(options))) {
  state_->serving.Current();
}

Service::~Service() = default;

bool Service::Ready() {
  return state_->serving.Current() != nullptr;
}

void Service::Record(const std::string& route, int status, double seconds) {
  state_->metrics.Record(route, status, seconds);
}

HttpReply Service::Handle(const HttpRequest& request) {
  try {
    if (FindInvalidUtf8(request.path)) {
      return ErrorReply(400, "bad_request", "the path is not valid UTF-8");
    }
    const internal::Route* route = nullptr;
    std::vector<std::string> allowed;
    for (const internal::Route& r : internal::Routes()) {
      if (internal::PathMatches(r.info.path, request.path)) {
        allowed.push_back(r.info.method);
        if (r.info.method == request.method ||
            (request.method == "HEAD" && r.info.method == "GET")) {
          route = &r;
          break;
        }
      }
    }
    if (route == nullptr && !allowed.empty()) {
      HttpReply reply = ErrorReply(
          405, "method_not_allowed",
          request.method + " is not allowed on " + request.path + "; this API is read-only");
      reply.headers.emplace_back("Allow", "GET, HEAD");
      return reply;
    }
    if (route == nullptr) {
      if (!state_->options.web_root.empty() &&
          (request.method == "GET" || request.method == "HEAD")) {
        return internal::ServeStatic(state_->options.web_root, request.path);
      }
      if (request.method != "GET" && request.method != "HEAD") {
        return ErrorReply(405, "method_not_allowed",
                          request.method + " is not allowed; this API is read-only");
      }
      return ErrorReply(404, "not_found", "no such route: " + request.path);
    }
    const std::shared_ptr<const search::Snapshot> snapshot = state_->serving.Current();
    if (route->info.name == "openapi") {
      HttpReply reply;
      reply.body = internal::OpenApiDocument();
      return reply;
    }
    if (route->info.name == "metrics") {
      return MetricsReply(*state_, snapshot.get());
    }
    if (route->info.name == "health") {
      if (!snapshot) {
        return internal::JsonReply({{"status", "unavailable"}, {"reason", state_->serving.Error()}},
                                   503);
      }
      if (const std::string damage = state_->serving.DamageOf(snapshot->generation);
          !damage.empty()) {
        return internal::JsonReply({{"status", "damaged"},
                                    {"generation", snapshot->generation},
                                    {"reason", damage + "; rebuild the index"}},
                                   503);
      }
      return internal::JsonReply({{"status", "ready"},
                                  {"generation", snapshot->generation},
                                  {"built_at", snapshot->built_at},
                                  {"works", snapshot->corpus.works().size()}});
    }
    if (!snapshot) {
      return ErrorReply(503, "unavailable", "no index is open: " + state_->serving.Error());
    }
    if (const std::string damage = state_->serving.DamageOf(snapshot->generation);
        !damage.empty()) {
      return ErrorReply(503, "index_damaged", damage + "; rebuild the index");
    }
    const std::string cache_key =
        internal::CacheKey(snapshot->generation, model::Date::Today().ToString(), request);
    if (std::shared_ptr<const HttpReply> cached = state_->cache.Find(cache_key)) {
      return *cached;
    }
    Result<std::unique_ptr<internal::Worker>> worker = state_->pool.Borrow();
    if (!worker.ok()) {
      return internal::FromStatus(worker.status());
    }
    // Searchers follow the snapshot to the new generation.
    if ((*worker)->searcher.generation() != snapshot->generation) {
      Result<bool> refreshed = (*worker)->searcher.Refresh();
      if (!refreshed.ok()) {
        return internal::FromStatus(refreshed.status());
      }
    }
    internal::Context context{request, *snapshot, **worker, state_->serving};
    HttpReply reply = route->handler(context);
    state_->pool.Return(std::move(worker).value());
    if (reply.status == 200) {
      state_->cache.Insert(cache_key, std::make_shared<const HttpReply>(reply));
    }
    return reply;
  } catch (const std::exception&) {
    return ErrorReply(500, "internal", "the server could not answer this request");
  }
}

}  // namespace qonun::api
