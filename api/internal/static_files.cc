#include "api/internal/static_files.h"

#include <fstream>
#include <sstream>

namespace qonun::api::internal {

namespace fs = std::filesystem;

namespace {

std::string ContentType(const fs::path& file) {
  const std::string ext = file.extension().string();
  if (ext == ".html") {
    return "text/html; charset=utf-8";
  }
  if (ext == ".css") {
    return "text/css; charset=utf-8";
  }
  if (ext == ".js") {
    return "text/javascript; charset=utf-8";
  }
  if (ext == ".json") {
    return "application/json; charset=utf-8";
  }
  if (ext == ".svg") {
    return "image/svg+xml; charset=utf-8";
  }
  if (ext == ".png") {
    return "image/png";
  }
  if (ext == ".ico") {
    return "image/x-icon";
  }
  if (ext == ".txt") {
    return "text/plain; charset=utf-8";
  }
  return "application/octet-stream";
}

bool Safe(const std::string& path) {
  if (path.empty() || path.front() != '/' || path.find('\0') != std::string::npos ||
      path.find('\\') != std::string::npos) {
    return false;
  }
  std::stringstream stream(path);
  for (std::string segment; std::getline(stream, segment, '/');) {
    if (segment == ".." || segment == "." || (!segment.empty() && segment.front() == '.')) {
      return false;
    }
  }
  return true;
}

}  // namespace

HttpReply ServeStatic(const fs::path& web_root, const std::string& path) {
  const std::string wanted = path == "/" ? "/index.html" : path;
  if (!Safe(wanted)) {
    return ErrorReply(404, "not_found", "no such file");
  }
  std::error_code error;
  const fs::path root = fs::canonical(web_root, error);
  if (error) {
    return ErrorReply(404, "not_found", "no such file");
  }
  const fs::path file = fs::weakly_canonical(root / wanted.substr(1), error);
  const std::string root_text = root.string() + "/";
  if (error || file.string().rfind(root_text, 0) != 0 || !fs::is_regular_file(file, error)) {
    return ErrorReply(404, "not_found", "no such file: " + path);
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream body;
  body << in.rdbuf();
  HttpReply reply;
  reply.content_type = ContentType(file);
  reply.body = body.str();
  if (file.extension() == ".html") {
    reply.headers.emplace_back("Content-Security-Policy", kContentSecurityPolicy);
    reply.headers.emplace_back("Cache-Control", "no-cache");
  } else {
    reply.headers.emplace_back("Cache-Control", "max-age=300");
  }
  return reply;
}

}  // namespace qonun::api::internal
