#pragma once
// A corpus: every expression of every work found in a folder of Akoma Ntoso
// files, grouped by work, with validity intervals derived across them.
//
//   CorpusLoad load = LoadCorpus("corpus");
//   for (const Diagnostic& d : load.diagnostics) std::cerr << d.ToString() << "\n";
//   const Work* code = load.corpus.FindWork("УК");
//   const Expression* then = code->InForce(Language::kRussian, *Date::Parse("2005-01-01"));
//
// Loading never stops at the first problem: every file is read and every
// error reported. Files with errors are left out of the corpus. A loaded
// Corpus is immutable and safe to share between threads. Pointers it
// returns (FindWork, FindExpression, Work::InForce, Work::Versions) point
// into it and live as long as the Corpus (in the API: as long as the
// search::Snapshot holding it).

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "model/document.h"

namespace qonun::model {

struct Work {
  WorkMetadata metadata;                         // aliases merged from all files; name in English
  std::map<Language, std::string> names;         // FRBRname per language
  std::map<Language, std::string> short_titles;  // q:shortTitle per language
  std::vector<Expression> expressions;           // sorted by language, then date
  std::optional<Date> repealed;                  // date of a 'repeal' lifecycle event

  // The expression in force on `day` in `language`, or nullptr.
  const Expression* InForce(Language language, const Date& day) const;

  // Expressions in `language`, oldest first.
  std::vector<const Expression*> Versions(Language language) const;

  // The distinct dates on which a version of the work begins, in any language.
  std::vector<Date> VersionDates() const;

  std::vector<Language> Languages() const;

  // The name to show in `language`, falling back to any language.
  const std::string& Name(Language language) const;
};

class Corpus {
 public:
  const std::vector<Work>& works() const { return works_; }

  // By work URI, or by an exact short alias ("УК", "UNTOC").
  const Work* FindWork(std::string_view uri_or_alias) const;

  // By expression URI ("/akn/…/rus@2020-06-18").
  const Expression* FindExpression(std::string_view expression_uri) const;

  std::size_t ExpressionCount() const;

  std::size_t ProvisionCount() const;

 private:
  friend struct CorpusBuilder;
  std::vector<Work> works_;
};

struct CorpusLoad {
  Corpus corpus;
  std::vector<Diagnostic> diagnostics;
  int files_read = 0;
  int files_rejected = 0;
};

// Reads every *.xml file under `root` (recursively, in path order). Other
// files (README.md, the thesaurus and concordance tables) are not documents
// and are ignored here.
CorpusLoad LoadCorpus(const std::filesystem::path& root);

// Groups already-read expressions into works and derives validity; the same
// cross-file checks as LoadCorpus (duplicate expressions, disagreeing work
// metadata) are reported into `diagnostics`.
Corpus BuildCorpus(std::vector<Expression> expressions, std::vector<Diagnostic>& diagnostics);

}  // namespace qonun::model
