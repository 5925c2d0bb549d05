#pragma once
// One index generation as a whole: the corpus it was built from (read back
// from the Akoma Ntoso sources stored in the index), its thesaurus and its
// concordance. Serving versions, diffs and provisions from the snapshot of
// the generation being searched keeps every answer consistent while a new
// generation is switched in.

#include <filesystem>
#include <memory>
#include <string>

#include "common/status.h"
#include "model/concordance.h"
#include "model/corpus.h"
#include "model/thesaurus.h"
#include "search/type_ahead.h"

namespace qonun::search {

// Immutable once loaded: share it between threads through the shared_ptr.
// Pointers into it (works, expressions) live as long as the snapshot.
struct Snapshot {
  std::string generation;  // "gen-000007"
  std::string built_at;    // ISO timestamp of the build
  model::Corpus corpus;
  model::Thesaurus thesaurus;
  model::Concordance concordance;
  TypeAhead type_ahead;
};

// The generation DIR/current names. kNotFound when there is none.
Result<std::string> CurrentGeneration(const std::filesystem::path& db_dir);

// Reads the snapshot of the current generation and builds its type-ahead
// table (slow at scale: seconds at 100k provisions; call it outside locks).
// kNotFound without an index, kDataLoss when the stored sources no longer read.
Result<std::shared_ptr<const Snapshot>> LoadSnapshot(const std::filesystem::path& db_dir);

}  // namespace qonun::search
