#include "importers/output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model/akn_reader.h"

namespace qonun::importers {

namespace {

std::string ReadPrefix(const std::filesystem::path& file, std::size_t limit) {
  std::ifstream in(file, std::ios::binary);
  std::string text(limit, '\0');
  in.read(text.data(), static_cast<std::streamsize>(limit));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

// Whether an XML file names `uri` as an FRBRuri (its identification comes
// first, so the first few kilobytes suffice).
bool NamesUri(const std::filesystem::path& file, std::string_view uri) {
  const std::string head = ReadPrefix(file, 16384);
  return head.find("<FRBRuri value=\"" + std::string(uri) + "\"") != std::string::npos;
}

std::string Errno(const char* what, const std::filesystem::path& path) {
  return std::string(what) + " " + path.string() + ": " + std::strerror(errno);
}

}  // namespace

Result<std::filesystem::path> ConventionalPath(const std::filesystem::path& corpus,
                                               const model::Expression& expression) {
  const auto parts = model::ParseWorkUri(expression.work.uri);
  if (!parts) {
    return InvalidArgumentError("work URI '" + expression.work.uri + "' does not parse");
  }
  const std::filesystem::path type_folder = corpus / parts->country / parts->doc_type;
  std::filesystem::path folder = type_folder / parts->number;
  std::error_code error;
  if (std::filesystem::is_directory(type_folder, error)) {
    for (const auto& entry : std::filesystem::directory_iterator(type_folder, error)) {
      if (!entry.is_directory()) {
        continue;
      }
      bool found = false;
      for (const auto& file : std::filesystem::directory_iterator(entry.path(), error)) {
        if (file.path().extension() == ".xml" && NamesUri(file.path(), expression.work.uri)) {
          found = true;
          break;
        }
      }
      if (found) {
        folder = entry.path();
        break;
      }
    }
  }
  return folder / (std::string(LanguageCode(expression.language)) + "@" +
                   expression.date.ToString() + ".xml");
}

Result<std::filesystem::path> FindExpressionFile(const std::filesystem::path& corpus,
                                                 std::string_view expression_uri) {
  std::error_code error;
  for (auto it = std::filesystem::recursive_directory_iterator(corpus, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file() && it->path().extension() == ".xml" &&
        NamesUri(it->path(), expression_uri)) {
      return it->path();
    }
  }
  return NotFoundError("no file in " + corpus.string() + " holds the expression '" +
                       std::string(expression_uri) + "'");
}

Status WriteFileAtomically(const std::filesystem::path& path, std::string_view content,
                           Overwrite overwrite) {
  std::error_code error;
  if (overwrite == Overwrite::kRefuse && std::filesystem::exists(path, error)) {
    return {StatusCode::kAlreadyExists, path.string() + " already exists"};
  }
  if (path.has_parent_path()) {
    std::filesystem::create_directories(path.parent_path(), error);
    if (error) {
      return UnavailableError("cannot create " + path.parent_path().string() + ": " +
                              error.message());
    }
  }
  std::string temp = path.string() + ".tmp-XXXXXX";
  const int fd = mkstemp(temp.data());
  if (fd < 0) {
    return UnavailableError(Errno("cannot create a temporary file beside", path));
  }
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      const Status status = UnavailableError(Errno("cannot write", temp));
      ::close(fd);
      std::remove(temp.c_str());
      return status;
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const Status status = UnavailableError(Errno("cannot write", temp));
    std::remove(temp.c_str());
    return status;
  }
  ::chmod(temp.c_str(), 0644);
  if (overwrite == Overwrite::kRefuse) {
    // link() fails if the target appeared meanwhile: no overwrite by a race.
    if (::link(temp.c_str(), path.c_str()) != 0) {
      const Status status =
          errno == EEXIST ? Status(StatusCode::kAlreadyExists, path.string() + " already exists")
                          : UnavailableError(Errno("cannot create", path));
      std::remove(temp.c_str());
      return status;
    }
    std::remove(temp.c_str());
    return Status::Ok();
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const Status status = UnavailableError(Errno("cannot rename into", path));
    std::remove(temp.c_str());
    return status;
  }
  return Status::Ok();
}

}  // namespace qonun::importers
