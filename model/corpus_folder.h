#pragma once
// A corpus folder as a whole: its documents plus the thesaurus and
// concordance tables beside them, read and checked together, as `qonun check`
// and the indexer both need them.
//
// Thread-safety: ReadCorpusFolder keeps no state; it may run on several
// threads at once (it only reads the folder). The result owns everything.

#include <filesystem>
#include <optional>

#include "model/concordance.h"
#include "model/corpus.h"
#include "model/thesaurus.h"

namespace qonun::model {

inline constexpr const char* kThesaurusFile = "thesaurus.tsv";
inline constexpr const char* kConcordanceFile = "concordance.tsv";

struct CorpusFolder {
  CorpusLoad load;                         // documents and every diagnostic, the tables' included
  std::optional<Thesaurus> thesaurus;      // when the folder has thesaurus.tsv
  std::optional<Concordance> concordance;  // when the folder has concordance.tsv
};

CorpusFolder ReadCorpusFolder(const std::filesystem::path& root);

}  // namespace qonun::model
