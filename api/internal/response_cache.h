#pragma once
// A bounded LRU of whole replies, so that a question asked again (the same
// search from many users, a provision linked from a course page) is answered
// without searching again. Keys carry the index generation and today's date,
// so a reindex or midnight never serves a stale answer: old entries simply
// stop being asked for and age out.
//
// Thread-safe; the lock covers only the map and list updates, never building
// or copying a reply body.

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "api/http.h"

namespace qonun::api::internal {

class ResponseCache {
 public:
  // capacity_bytes 0 disables the cache (every Find misses, Insert drops).
  explicit ResponseCache(std::size_t capacity_bytes) : capacity_bytes_(capacity_bytes) {}

  std::shared_ptr<const HttpReply> Find(const std::string& key);

  // Replies larger than an eighth of the capacity are not kept.
  void Insert(const std::string& key, std::shared_ptr<const HttpReply> reply);

  struct Stats {
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::size_t entries = 0;
    std::size_t bytes = 0;
  };

  Stats stats();

 private:
  struct Entry {
    std::string key;
    std::shared_ptr<const HttpReply> reply;
    std::size_t bytes = 0;
  };

  std::size_t capacity_bytes_;
  std::mutex mutex_;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  std::size_t bytes_ = 0;
  std::uint64_t hits_ = 0;
  std::uint64_t misses_ = 0;
};

// The cache key of a GET: generation, date, path and parameters in a
// canonical order, so "?a=1&b=2" and "?b=2&a=1" share an entry.
std::string CacheKey(const std::string& generation, const std::string& today,
                     const HttpRequest& request);

}  // namespace qonun::api::internal
