#pragma once
// The index folder's generations and the stub file that names the live one
// (layout in model/schema.h). Switching is a rename of a freshly written stub,
// which is atomic on POSIX file systems: a reader sees the old generation or
// the new one, never a mix.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/status.h"

namespace qonun::indexer::internal {

// An exclusive lock on DIR/.lock, released on destruction.
class BuildLock {
 public:
  static Result<BuildLock> Acquire(const std::filesystem::path& db_dir);

  BuildLock(BuildLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

  BuildLock& operator=(BuildLock&&) = delete;
  BuildLock(const BuildLock&) = delete;
  BuildLock& operator=(const BuildLock&) = delete;
  ~BuildLock();

 private:
  explicit BuildLock(int fd) : fd_(fd) {}

  int fd_ = -1;
};

// The generation the stub names ("gen-000007"), if any.
std::optional<std::string> CurrentGeneration(const std::filesystem::path& db_dir);

// The next unused generation name.
std::string NextGeneration(const std::filesystem::path& db_dir);

// Removes unfinished builds ("gen-*.tmp") left by an interrupted build.
void RemoveUnfinished(const std::filesystem::path& db_dir);

// Points the stub at `generation` atomically.
Status SwitchTo(const std::filesystem::path& db_dir, const std::string& generation);

// Deletes generations other than the current one and the `keep` newest before it.
void Prune(const std::filesystem::path& db_dir, int keep);

}  // namespace qonun::indexer::internal
