#pragma once
// Request counters and the latency histogram behind /metrics, rendered in
// the Prometheus text format.
//
// Thread-safe: Record and Render may be called from any thread.

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

#include "api/internal/response_cache.h"

namespace qonun::api::internal {

class Metrics {
 public:
  // Counts one answered request: its route name, status and duration.
  void Record(const std::string& route, int status, double seconds);

  // The Prometheus text: requests by route and status, 5xx errors, the
  // latency histogram, the reply cache's figures and the generation served
  // (0: none).
  std::string Render(const ResponseCache::Stats& cache, long generation);

  static constexpr std::array<double, 10> kLatencyBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                             0.05,  0.1,    0.25,  0.5,  1.0};

 private:
  std::mutex mutex_;  // guards every member below
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::array<std::uint64_t, kLatencyBuckets.size() + 1> latency_counts_{};
  double latency_sum_ = 0;
  std::uint64_t latency_count_ = 0;
};

}  // namespace qonun::api::internal
