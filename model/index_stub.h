#pragma once
// The index folder's stub file DIR/current (layout in model/schema.h): a
// Xapian stub "auto gen-000007" naming the live generation. The indexer
// writes it, the searcher and the server read it; both go through here so
// the format is written down once.
//
// Thread-safe: plain file reads and an atomic replace.

#include <filesystem>
#include <optional>
#include <string>

#include "common/status.h"

namespace qonun::model {

// The generation DIR/current names ("gen-000007"), or nullopt when there is
// no stub or it is not one this project writes.
std::optional<std::string> ReadCurrentGeneration(const std::filesystem::path& db_dir);

// Points DIR/current at `generation` atomically (common/atomic_file.h):
// readers see the old generation or the new one. kUnavailable when the
// stub cannot be written.
Status WriteCurrentGeneration(const std::filesystem::path& db_dir, const std::string& generation);

}  // namespace qonun::model
