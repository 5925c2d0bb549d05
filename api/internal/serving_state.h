#pragma once
// What the service shares between requests: the index snapshot it answers
// from (and whether that generation was found damaged), and a pool of
// searchers and analyzers that requests borrow.
//
// Thread-safe: every member function may be called from any thread.

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "common/status.h"
#include "search/searcher.h"
#include "search/snapshot.h"

namespace qonun::api::internal {

// The generation the service answers from. It follows DIR/current: when the
// indexer switches in a new generation, the next call to Current() after the
// half-second check interval loads it; requests in flight keep the old
// snapshot alive through their shared_ptr.
class ServingState {
 public:
  explicit ServingState(std::filesystem::path db_dir) : db_dir_(std::move(db_dir)) {}

  // The snapshot to answer from, moving to the generation DIR/current names
  // if it changed (checked at most twice a second); null when none could be
  // loaded (Error() says why). The snapshot stays valid while the caller
  // holds the pointer, however many generations are switched in meanwhile.
  std::shared_ptr<const search::Snapshot> Current();

  // Why the last attempt to load a snapshot failed ("" when it did not).
  std::string Error();

  // Stops serving `generation`: Xapian found it damaged while answering (a
  // damaged table could give wrong answers) until another one is switched in.
  void MarkDamaged(const std::string& generation, const std::string& reason);

  // Why `generation` must not be served, or "" when it can be.
  std::string DamageOf(const std::string& generation);

 private:
  const std::filesystem::path db_dir_;

  // Guards every member below: the snapshot pointer itself (not the snapshot,
  // which is immutable), the load error, the time of the last look at
  // DIR/current, and the damaged generation with its reason.
  std::mutex mutex_;
  std::shared_ptr<const search::Snapshot> snapshot_;
  std::string error_;
  std::chrono::steady_clock::time_point last_check_{};
  std::string damaged_generation_;
  std::string damage_;
};

// A searcher and an analyzer; neither is thread-safe, so each request
// borrows one worker for itself and gives it back when done.
struct Worker {
  search::Searcher searcher;
  analysis::Analyzer analyzer;
};

class WorkerPool {
 public:
  explicit WorkerPool(std::filesystem::path db_dir) : db_dir_(std::move(db_dir)) {}

  // An idle worker, or a new one opened on the index. The caller owns it
  // until it gives it back with Return (a worker not returned is closed).
  Result<std::unique_ptr<Worker>> Borrow();
  void Return(std::unique_ptr<Worker> worker);

 private:
  const std::filesystem::path db_dir_;

  std::mutex mutex_;  // guards idle_ (not the workers, which one request owns at a time)
  std::vector<std::unique_ptr<Worker>> idle_;
};

}  // namespace qonun::api::internal
