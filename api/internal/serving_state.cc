#include "api/internal/serving_state.h"

namespace qonun::api::internal {

std::shared_ptr<const search::Snapshot> ServingState::Current() {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  if (snapshot_ && now - last_check_ < std::chrono::milliseconds(500)) {
    return snapshot_;
  }
  last_check_ = now;
  Result<std::string> generation = search::CurrentGeneration(db_dir_);
  if (!generation.ok()) {
    error_ = generation.status().message();
    return snapshot_;
  }
  if (snapshot_ && snapshot_->generation == *generation) {
    return snapshot_;
  }
  Result<std::shared_ptr<const search::Snapshot>> loaded = search::LoadSnapshot(db_dir_);
  if (loaded.ok()) {
    snapshot_ = *loaded;
    error_.clear();
  } else {
    error_ = loaded.status().message();
  }
  return snapshot_;
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
