#pragma once
// Replacing a file so that readers see the old contents or the new, never a
// mix or a torn write: the contents go to a temporary file beside it, are
// flushed to disk, and the temporary file is renamed over the target (atomic
// on POSIX file systems).
//
//   QONUN_RETURN_IF_ERROR(WriteFileAtomically(db_dir / "current", "auto gen-000007\n"));
//
// Thread-safe for different paths; two writers of one path must not race
// (the last rename wins, and both use the same temporary name).

#include <filesystem>
#include <string_view>

#include "common/status.h"

namespace qonun {

// kUnavailable, naming the file and the system's reason, when the temporary
// file cannot be written or flushed or the rename fails (the target is then
// unchanged; a temporary file may be left behind).
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view contents);

}  // namespace qonun
