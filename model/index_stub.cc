#include "model/index_stub.h"

#include <fstream>

#include "common/atomic_file.h"
#include "model/schema.h"

namespace qonun::model {

namespace {

// Xapian's stub syntax: a backend ("auto": whatever database is there) and
// a path relative to the stub.
constexpr std::string_view kBackend = "auto";

}  // namespace

std::optional<std::string> ReadCurrentGeneration(const std::filesystem::path& db_dir) {
  std::ifstream in(db_dir / schema::kCurrentStub);
  std::string backend;
  std::string generation;
  if (in >> backend >> generation && backend == kBackend) {
    return generation;
  }
  return std::nullopt;
}

Status WriteCurrentGeneration(const std::filesystem::path& db_dir, const std::string& generation) {
  return WriteFileAtomically(db_dir / schema::kCurrentStub,
                             std::string(kBackend) + " " + generation + "\n");
}

}  // namespace qonun::model
