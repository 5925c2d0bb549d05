#include "model/corpus_folder.h"

namespace qonun::model {

CorpusFolder ReadCorpusFolder(const std::filesystem::path& root) {
  CorpusFolder folder;
  folder.load = LoadCorpus(root);
  std::error_code error;
  if (std::filesystem::exists(root / kThesaurusFile, error)) {
    folder.thesaurus = LoadThesaurus((root / kThesaurusFile).string(), folder.load.diagnostics);
  }
  if (std::filesystem::exists(root / kConcordanceFile, error)) {
    folder.concordance = LoadConcordance((root / kConcordanceFile).string(), folder.load.corpus,
                                         folder.load.diagnostics);
  }
  return folder;
}

}  // namespace qonun::model
