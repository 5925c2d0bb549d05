#pragma once
// What the service shares between requests: the index snapshot it answers
// from (and whether that generation was found damaged), and a pool of
// searchers and analyzers that requests borrow.
//
// Thread-safe: every member function may be called from any thread.

#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "analysis/analyzer.h"
#include "common/status.h"
#include "search/searcher.h"
#include "search/snapshot.h"

namespace qonun::api::internal {

// The generation the service answers from. It follows DIR/current: a
// thread of its own looks at the stub four times a second and, when the
// indexer has switched in a new generation, loads its snapshot without any
// lock held; then the pointer is swapped. Requests never wait for a load:
// until the swap they answer from the old snapshot, and those in flight keep
// it alive through their shared_ptr (the watching thread frees it after the
// last of them, so no request pays for freeing it).
class ServingState {
 public:
  // Loads the current generation's snapshot (if any) before returning.
  explicit ServingState(std::filesystem::path db_dir);
  ~ServingState();  // stops the watching thread

  ServingState(const ServingState&) = delete;
  ServingState& operator=(const ServingState&) = delete;

  // The snapshot to answer from; null when none could be loaded (Error()
  // says why). It stays valid while the caller holds the pointer, however
  // many generations are switched in meanwhile.
  std::shared_ptr<const search::Snapshot> Current();

  // Why the last attempt to load a snapshot failed ("" when it did not).
  std::string Error();

  // Stops serving `generation`: Xapian found it damaged while answering (a
  // damaged table could give wrong answers) until another one is switched in.
  void MarkDamaged(const std::string& generation, const std::string& reason);

  // Why `generation` must not be served, or "" when it can be.
  std::string DamageOf(const std::string& generation);

 private:
  // The watching thread's loop.
  void Watch();

  const std::filesystem::path db_dir_;

  // Guards every member below: the snapshot pointer itself (not the snapshot,
  // which is immutable), the load error, whether the watcher must stop, and
  // the damaged generation with its reason.
  std::mutex mutex_;
  std::condition_variable wake_;  // tells the watcher to stop
  std::shared_ptr<const search::Snapshot> snapshot_;
  std::string error_;
  bool stop_ = false;
  std::string damaged_generation_;
  std::string damage_;

  std::thread watcher_;  // last: starts once everything above is ready
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
