#include "indexer/internal/generations.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

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
  std::ifstream in(db_dir / schema::kCurrentStub);
  std::string backend;
  std::string generation;
  if (in >> backend >> generation && backend == "auto" && fs::is_directory(db_dir / generation)) {
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
  const fs::path stub = db_dir / schema::kCurrentStub;
  const fs::path temporary = db_dir / (std::string(schema::kCurrentStub) + ".tmp");
  const std::string content = "auto " + generation + "\n";
  const int fd = open(temporary.c_str(), O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0) {
    return UnavailableError("cannot write " + temporary.string() + ": " + std::strerror(errno));
  }
  const bool written =
      write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size()) &&
      fsync(fd) == 0;
  const int saved_errno = errno;
  close(fd);
  if (!written) {
    return UnavailableError("cannot write " + temporary.string() + ": " +
                            std::strerror(saved_errno));
  }
  if (std::rename(temporary.c_str(), stub.c_str()) != 0) {
    return UnavailableError("cannot switch " + stub.string() + ": " + std::strerror(errno));
  }
  return Status::Ok();
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
