#pragma once
// Reads the corpus's tab-separated tables (thesaurus, concordance): '#'
// comments and blank lines are skipped, the first other line must be the
// expected header, and every row keeps its line number for diagnostics.

#include <string>
#include <vector>

#include "model/diagnostic.h"

namespace qonun::model::internal {

struct TsvRow {
  int line = 0;
  std::vector<std::string> cells;
};

// Reads `path`. Problems (unreadable file, bad UTF-8, wrong header, wrong
// number of cells) go to `diagnostics`; rows with the wrong number of cells
// are left out.
std::vector<TsvRow> ReadTsv(const std::string& path, const std::vector<std::string>& header,
                            std::vector<Diagnostic>& diagnostics);

// Orders diagnostics[first..] by line, so a table's problems read top to bottom.
void SortByLine(std::vector<Diagnostic>& diagnostics, std::size_t first);

// Splits "a | b | c" into trimmed, non-empty parts.
std::vector<std::string> SplitTerms(const std::string& cell, char separator);

}  // namespace qonun::model::internal
