#pragma once
// Serves the web page's files from the web root. Paths are decoded and
// canonicalised; anything that would leave the root (.., encoded dots,
// symlinks out) or names a folder is 404, and nothing is ever listed.

#include <filesystem>
#include <string>

#include "api/http.h"

namespace qonun::api::internal {

HttpReply ServeStatic(const std::filesystem::path& web_root, const std::string& path);

// The Content-Security-Policy of the page: its own origin only.
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'";

}  // namespace qonun::api::internal
