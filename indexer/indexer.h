#pragma once
// Builds the search index from a corpus folder: one Xapian document per
// provision per expression, laid out as model/schema.h says.
//
//   IndexReport report;
//   Status s = BuildIndex({.corpus_dir = "corpus", .db_dir = "var/index"}, report);
//
// A build never touches the live index until it has fully succeeded: it
// writes a new generation folder and then switches the stub file
// DIR/current to it with an atomic rename. A failed build (a rejected corpus
// file, a full disk, a crash) leaves the previous generation serving.
// Expressions whose content and derived validity are unchanged since the
// previous generation are copied over, not analysed again.
//
// Thread-safety: one build per index folder at a time; a second concurrent
// build fails with kUnavailable (builders take DIR/.lock).

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "common/status.h"
#include "model/diagnostic.h"

namespace qonun::indexer {

struct IndexOptions {
  std::filesystem::path corpus_dir;
  std::filesystem::path db_dir;
  // Index the good files even when some are rejected (they are still reported).
  bool skip_bad_files = false;
  // Re-analyse every expression even if the previous generation has it.
  bool full_rebuild = false;
  // Generations to keep besides the new one (a searcher may still be reading
  // the previous one while it notices the switch).
  int keep_previous = 1;
};

struct IndexReport {
  std::string generation;  // "gen-000007"
  int expressions = 0;     // in the corpus
  int reanalysed = 0;      // analysed in this build
  int reused = 0;          // copied unchanged from the previous generation
  int removed = 0;         // dropped because their file changed or went away
  std::size_t documents = 0;
  std::size_t text_bytes = 0;  // bytes of provision text analysed in this build
  double seconds = 0;
  std::vector<model::Diagnostic> diagnostics;  // from reading the corpus
};

// Builds and switches in a new generation. On failure the report still holds
// the corpus diagnostics that explain it; the live index is unchanged.
Status BuildIndex(const IndexOptions& options, IndexReport& report);

}  // namespace qonun::indexer
