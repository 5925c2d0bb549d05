#pragma once
// The multilingual legal thesaurus (corpus/thesaurus.tsv): concepts with
// their terms in English, Russian and Uzbek. Search uses it to expand a query
// into the other languages' terms. Format: corpus/README.md.
//
// Thread-safety: a Thesaurus is a value; once read, const methods may be
// called from any thread. Find's pointer lives as long as the Thesaurus.

#include <map>
#include <string>
#include <vector>

#include "common/language.h"
#include "model/diagnostic.h"

namespace qonun::model {

struct Concept {
  std::string id;  // "forced-labour"
  std::map<Language, std::vector<std::string>> terms;
  int line = 0;
};

struct Thesaurus {
  std::vector<Concept> concepts;

  // The concept with this id, or nullptr.
  const Concept* Find(const std::string& id) const;
};

// Reads the table; every problem is reported with its line, and rows with
// problems are left out.
Thesaurus LoadThesaurus(const std::string& path, std::vector<Diagnostic>& diagnostics);

}  // namespace qonun::model
