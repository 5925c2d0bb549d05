#include "common/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qonun {

namespace {

Status Failed(const char* what, const std::string& path, int error) {
  return UnavailableError(std::string(what) + " " + path + ": " + std::strerror(error));
}

}  // namespace

Status WriteFileAtomically(const std::filesystem::path& path, std::string_view contents,
                           ExistingFile existing) {
  std::error_code ignored;
  if (existing == ExistingFile::kRefuse && std::filesystem::exists(path, ignored)) {
    return {StatusCode::kAlreadyExists, path.string() + " already exists"};
  }
  std::string temporary = path.string() + ".tmp-XXXXXX";
  const int fd = mkstemp(temporary.data());
  if (fd < 0) {
    return Failed("cannot write a temporary file beside", path.string(), errno);
  }
  bool written = true;
  for (std::size_t done = 0; written && done < contents.size();) {
    const ssize_t n = write(fd, contents.data() + done, contents.size() - done);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    written = n > 0;
    done += written ? static_cast<std::size_t>(n) : 0;
  }
  written = written && fchmod(fd, 0644) == 0 && fsync(fd) == 0;
  int saved_errno = errno;
  if (close(fd) != 0 && written) {
    written = false;
    saved_errno = errno;
  }
  if (!written) {
    std::remove(temporary.c_str());
    return Failed("cannot write", temporary, saved_errno);
  }
  if (existing == ExistingFile::kRefuse) {
    // link() fails when the target appeared meanwhile: no overwrite by a race.
    const bool linked = link(temporary.c_str(), path.c_str()) == 0;
    saved_errno = errno;
    std::remove(temporary.c_str());
    if (!linked) {
      return saved_errno == EEXIST
                 ? Status(StatusCode::kAlreadyExists, path.string() + " already exists")
                 : Failed("cannot create", path.string(), saved_errno);
    }
    return Status::Ok();
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    saved_errno = errno;
    std::remove(temporary.c_str());
    return Failed("cannot replace", path.string(), saved_errno);
  }
  return Status::Ok();
}

}  // namespace qonun
