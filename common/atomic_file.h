#pragma once
// Replacing a file so that readers see the old contents or the new, never a
// mix or a torn write: the contents go to a temporary file beside it (a new
// one per write, made by mkstemp), are flushed to disk, and the temporary
// file is renamed over the target (atomic on POSIX file systems). The one
// atomic write in the codebase.
//
//   QONUN_RETURN_IF_ERROR(WriteFileAtomically(db_dir / "current", "auto gen-000007\n"));
//   Status s = WriteFileAtomically(path, xml, ExistingFile::kRefuse);
//
// Thread-safe; two writers of one path each write their own temporary file
// and the last rename wins (with kRefuse, the first link wins and the other
// gets AlreadyExists).

#include <filesystem>
#include <string_view>

#include "common/status.h"

namespace qonun {

enum class ExistingFile {
  kReplace,  // the usual case: the new contents replace the old
  kRefuse,   // AlreadyExists when `path` exists, even if it appears while writing
};

// kUnavailable, naming the file and the system's reason, when the temporary
// file cannot be created, written or flushed or the rename fails; the target
// is then unchanged and the temporary file removed. Does not create folders.
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view contents,
                           ExistingFile existing = ExistingFile::kReplace);

}  // namespace qonun
