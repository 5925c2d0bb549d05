#include "model/thesaurus.h"

#include <algorithm>
#include <unordered_map>

#include "model/internal/tsv.h"

namespace qonun::model {

const Concept* Thesaurus::Find(const std::string& id) const {
  for (const Concept& c : concepts) {
    if (c.id == id) {
      return &c;
    }
  }
  return nullptr;
}

namespace {

bool IsSlug(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

}  // namespace

Thesaurus LoadThesaurus(const std::string& path, std::vector<Diagnostic>& diagnostics) {
  const std::size_t first_new = diagnostics.size();
  Thesaurus thesaurus;
  std::unordered_map<std::string, int> first_line;
  const std::vector<std::string> header = {"id", "eng", "rus", "uzb"};
  for (internal::TsvRow& row : internal::ReadTsv(path, header, diagnostics)) {
    Concept c;
    c.id = row.cells[0];
    c.line = row.line;
    bool ok = true;
    auto problem = [&](std::string message) {
      diagnostics.push_back({path, row.line, Severity::kError, std::move(message)});
      ok = false;
    };
    if (!IsSlug(c.id)) {
      problem("concept id '" + c.id + "' must be a lower-case ASCII slug (a-z, 0-9, '-')");
    } else if (auto [it, inserted] = first_line.emplace(c.id, row.line); !inserted) {
      problem("duplicate concept id '" + c.id + "' (first at line " + std::to_string(it->second) +
              ")");
    }
    for (std::size_t i = 0; i < kAllLanguages.size(); ++i) {
      std::vector<std::string> terms = internal::SplitTerms(row.cells[i + 1], '|');
      if (terms.empty()) {
        problem("concept '" + c.id + "' has no " + header[i + 1] + " term");
      }
      c.terms[kAllLanguages[i]] = std::move(terms);
    }
    if (ok) {
      thesaurus.concepts.push_back(std::move(c));
    }
  }
  internal::SortByLine(diagnostics, first_new);
  return thesaurus;
}

}  // namespace qonun::model
