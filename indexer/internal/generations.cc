#include "indexer/internal/generations.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "model/index_stub.h"
#include "model/schema.h"

namespace qonun::indexer::internal {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> Generations(const fs::path& db_dir) {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(db_dir, error)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_directory() && name.rfind(schema::kGenerationPrefix, 0) == 0 &&
        name.find('.') == std::string::npos) {
      names.push_back(name);
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

Result<BuildLock> BuildLock::Acquire(const fs::path& db_dir) {
  const std::string path = (db_dir / schema::kLockFile).string();
  const int fd = open(path.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0) {
    return UnavailableError("cannot open " + path + ": " + std::strerror(errno));
  }
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    close(fd);
    return UnavailableError("another index build is running on " + db_dir.string());
  }
  return BuildLock(fd);
}

BuildLock::~BuildLock() {
  if (fd_ >= 0) {
    flock(fd_, LOCK_UN);
    close(fd_);
  }
}

std::optional<std::string> CurrentGeneration(const fs::path& db_dir) {
  std::optional<std::string> generation = model::ReadCurrentGeneration(db_dir);
  if (generation && fs::is_directory(db_dir / *generation)) {
    return generation;
  }
  return std::nullopt;
}

std::string NextGeneration(const fs::path& db_dir) {
  long highest = 0;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(db_dir, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(schema::kGenerationPrefix, 0) == 0) {
      highest = std::max(highest,
                         std::strtol(name.c_str() + schema::kGenerationPrefix.size(), nullptr, 10));
    }
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%s%06ld", std::string(schema::kGenerationPrefix).c_str(),
                highest + 1);
  return buffer;
}

void RemoveUnfinished(const fs::path& db_dir) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(db_dir, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(schema::kGenerationPrefix, 0) == 0 && name.ends_with(".tmp")) {
      fs::remove_all(entry.path(), error);
    }
  }
}

Status SwitchTo(const fs::path& db_dir, const std::string& generation) {
  return model::WriteCurrentGeneration(db_dir, generation);
}

void Prune(const fs::path& db_dir, int keep) {
  const std::optional<std::string> current = CurrentGeneration(db_dir);
  if (!current) {
    return;
  }
  int kept = 0;
  std::vector<std::string> names = Generations(db_dir);
  std::reverse(names.begin(), names.end());
  for (const std::string& name : names) {
    if (name >= *current) {
      continue;  // the live one, or one a concurrent builder is about to switch to
    }
    if (kept < keep) {
      ++kept;
      continue;
    }
    std::error_code error;
    fs::remove_all(db_dir / name, error);
  }
}

}  // namespace qonun::indexer::internal
