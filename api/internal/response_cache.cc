#include "api/internal/response_cache.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace qonun::api::internal {

namespace {

// Bookkeeping per entry beyond its body: key, headers, list and map nodes.
constexpr std::size_t kEntryOverheadBytes = 256;

std::size_t ReplyBytes(const std::string& key, const HttpReply& reply) {
  std::size_t bytes =
      kEntryOverheadBytes + 2 * key.size() + reply.body.size() + reply.content_type.size();
  for (const auto& [name, value] : reply.headers) {
    bytes += name.size() + value.size();
  }
  return bytes;
}

}  // namespace

std::shared_ptr<const HttpReply> ResponseCache::Find(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = index_.find(key);
  if (found == index_.end()) {
    ++misses_;
    return nullptr;
  }
  ++hits_;
  entries_.splice(entries_.begin(), entries_, found->second);
  return found->second->reply;
}

void ResponseCache::Insert(const std::string& key, std::shared_ptr<const HttpReply> reply) {
  const std::size_t bytes = ReplyBytes(key, *reply);
  if (capacity_bytes_ == 0 || bytes > capacity_bytes_ / 8) {
    return;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto found = index_.find(key); found != index_.end()) {
    // Another thread answered the same question meanwhile; keep the first.
    entries_.splice(entries_.begin(), entries_, found->second);
    return;
  }
  entries_.push_front(Entry{key, std::move(reply), bytes});
  index_.emplace(key, entries_.begin());
  bytes_ += bytes;
  while (bytes_ > capacity_bytes_ && !entries_.empty()) {
    bytes_ -= entries_.back().bytes;
    index_.erase(entries_.back().key);
    entries_.pop_back();
  }
}

ResponseCache::Stats ResponseCache::stats() {
  std::lock_guard<std::mutex> lock(mutex_);
  return Stats{hits_, misses_, entries_.size(), bytes_};
}

std::string CacheKey(const std::string& generation, const std::string& today,
                     const HttpRequest& request) {
  std::vector<std::pair<std::string, std::string>> parameters(request.query.begin(),
                                                              request.query.end());
  // Repeated parameters keep their order among themselves (stable sort).
  std::stable_sort(parameters.begin(), parameters.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string key = generation;
  key += '\n';
  key += today;
  key += '\n';
  key += request.path;
  // Replies at /akn/… depend on the Accept header (content negotiation).
  if (const auto accept = request.headers.find("accept"); accept != request.headers.end()) {
    key += "\naccept:";
    key += accept->second;
  }
  for (const auto& [name, value] : parameters) {
    // Lengths keep "a=b&c" and "a=b%26c" apart without escaping.
    key += '\n';
    key += std::to_string(name.size());
    key += ':';
    key += name;
    key += std::to_string(value.size());
    key += ':';
    key += value;
  }
  return key;
}

}  // namespace qonun::api::internal
