#include "api/internal/serving_state.h"

#include <chrono>
#include <utility>

namespace qonun::api::internal {

namespace {

// How often the watcher looks at DIR/current, and how often it tries again
// to load a generation that failed to load.
constexpr auto kCheckInterval = std::chrono::milliseconds(250);
constexpr auto kRetryInterval = std::chrono::seconds(1);

}  // namespace

ServingState::ServingState(std::filesystem::path db_dir) : db_dir_(std::move(db_dir)) {
  Result<std::shared_ptr<const search::Snapshot>> loaded = search::LoadSnapshot(db_dir_);
  if (loaded.ok()) {
    snapshot_ = *loaded;
  } else {
    error_ = loaded.status().message();
  }
  watcher_ = std::thread([this] { Watch(); });
}

ServingState::~ServingState() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  watcher_.join();
}

std::shared_ptr<const search::Snapshot> ServingState::Current() {
  std::lock_guard<std::mutex> lock(mutex_);
  return snapshot_;
}

void ServingState::Watch() {
  std::string failed_generation;
  std::chrono::steady_clock::time_point failed_at{};
  std::unique_lock<std::mutex> lock(mutex_);
  while (!wake_.wait_for(lock, kCheckInterval, [this] { return stop_; })) {
    const std::string serving = snapshot_ ? snapshot_->generation : "";
    lock.unlock();
    Result<std::string> generation = search::CurrentGeneration(db_dir_);
    const bool retry_later = generation.ok() && *generation == failed_generation &&
                             std::chrono::steady_clock::now() - failed_at < kRetryInterval;
    if (!generation.ok() || *generation == serving || retry_later) {
      lock.lock();
      if (!generation.ok()) {
        error_ = generation.status().message();
      }
      continue;
    }
    // Seconds at scale (every stored source is parsed): no lock held.
    Result<std::shared_ptr<const search::Snapshot>> loaded = search::LoadSnapshot(db_dir_);
    std::shared_ptr<const search::Snapshot> old;
    lock.lock();
    if (loaded.ok()) {
      old = std::exchange(snapshot_, *loaded);
      error_.clear();
      failed_generation.clear();
    } else {
      error_ = loaded.status().message();
      failed_generation = *generation;
      failed_at = std::chrono::steady_clock::now();
    }
    lock.unlock();
    // Freeing a large corpus takes tens of milliseconds: wait until the
    // requests still answering from it are done (requests are bounded in
    // time), and free it here rather than in the last of them.
    while (old && old.use_count() > 1) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    old.reset();
    lock.lock();
  }
}

std::string ServingState::Error() {
  std::lock_guard<std::mutex> lock(mutex_);
  return error_;
}

void ServingState::MarkDamaged(const std::string& generation, const std::string& reason) {
  std::lock_guard<std::mutex> lock(mutex_);
  damaged_generation_ = generation;
  damage_ = reason;
}

std::string ServingState::DamageOf(const std::string& generation) {
  std::lock_guard<std::mutex> lock(mutex_);
  return generation == damaged_generation_ ? damage_ : "";
}

Result<std::unique_ptr<Worker>> WorkerPool::Borrow() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<Worker> worker = std::move(idle_.back());
      idle_.pop_back();
      return worker;
    }
  }
  // Opening is slow (it reads the index and ICU's data): done outside the lock.
  Result<search::Searcher> searcher = search::Searcher::Open(db_dir_);
  if (!searcher.ok()) {
    return searcher.status();
  }
  Result<analysis::Analyzer> analyzer = analysis::Analyzer::Create();
  if (!analyzer.ok()) {
    return analyzer.status();
  }
  return std::make_unique<Worker>(Worker{std::move(searcher).value(), std::move(analyzer).value()});
}

void WorkerPool::Return(std::unique_ptr<Worker> worker) {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(worker));
}

}  // namespace qonun::api::internal
