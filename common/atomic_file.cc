#include "common/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <unistd.h>

namespace qonun {

Status WriteFileAtomically(const std::filesystem::path& path, std::string_view contents) {
  const std::filesystem::path temporary = path.string() + ".tmp";
  const int fd = open(temporary.c_str(), O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0) {
    return UnavailableError("cannot write " + temporary.string() + ": " + std::strerror(errno));
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
  written = written && fsync(fd) == 0;
  const int saved_errno = errno;
  close(fd);
  if (!written) {
    return UnavailableError("cannot write " + temporary.string() + ": " +
                            std::strerror(saved_errno));
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    return UnavailableError("cannot replace " + path.string() + ": " + std::strerror(errno));
  }
  return Status::Ok();
}

}  // namespace qonun
