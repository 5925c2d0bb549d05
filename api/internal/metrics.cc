#include "api/internal/metrics.h"

#include <sstream>

namespace qonun::api::internal {

void Metrics::Record(const std::string& route, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++requests_[{route, status}];
  std::size_t bucket = 0;
  while (bucket < kLatencyBuckets.size() && seconds > kLatencyBuckets[bucket]) {
    ++bucket;
  }
  ++latency_counts_[bucket];
  latency_sum_ += seconds;
  ++latency_count_;
}

std::string Metrics::Render(const ResponseCache::Stats& cache, long generation) {
  std::ostringstream out;
  std::lock_guard<std::mutex> lock(mutex_);
  out << "# HELP qonun_requests_total Requests answered, by route and status.\n"
         "# TYPE qonun_requests_total counter\n";
  std::uint64_t errors = 0;
  for (const auto& [key, count] : requests_) {
    out << "qonun_requests_total{route=\"" << key.first << "\",status=\"" << key.second << "\"} "
        << count << "\n";
    if (key.second >= 500) {
      errors += count;
    }
  }
  out << "# HELP qonun_errors_total Requests answered with a 5xx status.\n"
         "# TYPE qonun_errors_total counter\nqonun_errors_total "
      << errors << "\n";
  out << "# HELP qonun_request_duration_seconds Time to answer a request.\n"
         "# TYPE qonun_request_duration_seconds histogram\n";
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
    cumulative += latency_counts_[i];
    out << "qonun_request_duration_seconds_bucket{le=\"" << kLatencyBuckets[i] << "\"} "
        << cumulative << "\n";
  }
  cumulative += latency_counts_[kLatencyBuckets.size()];
  out << "qonun_request_duration_seconds_bucket{le=\"+Inf\"} " << cumulative << "\n"
      << "qonun_request_duration_seconds_sum " << latency_sum_ << "\n"
      << "qonun_request_duration_seconds_count " << latency_count_ << "\n";
  out << "# HELP qonun_cache_hits_total Requests answered from the reply cache.\n"
         "# TYPE qonun_cache_hits_total counter\nqonun_cache_hits_total "
      << cache.hits << "\n";
  out << "# HELP qonun_cache_misses_total Cacheable requests the cache could not answer.\n"
         "# TYPE qonun_cache_misses_total counter\nqonun_cache_misses_total "
      << cache.misses << "\n";
  out << "# HELP qonun_cache_bytes Memory held by cached replies.\n"
         "# TYPE qonun_cache_bytes gauge\nqonun_cache_bytes "
      << cache.bytes << "\n";
  out << "# HELP qonun_index_generation The index generation being served (0: none).\n"
         "# TYPE qonun_index_generation gauge\nqonun_index_generation "
      << generation << "\n";
  return out.str();
}

}  // namespace qonun::api::internal
