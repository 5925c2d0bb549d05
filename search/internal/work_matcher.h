#pragma once
// Which provision and which work a query cites: the first legal reference
// the analysis chain finds ("ч. 2 ст. 135", "135-modda"), and the work the
// rest of the query names, by an alias or short title matched whole (the
// longest wins) or else by words of a work's full name.

#include <optional>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "search/internal/catalog.h"

namespace qonun::search::internal {

struct CitationInQuery {
  std::string key;
  const internal::WorkEntry* work = nullptr;
  bool pure = false;  // nothing in the query but the citation and the work
};

// nullopt when the query holds no citation. The work pointer lives as long
// as the catalog.
std::optional<CitationInQuery> FindCitation(const std::string& query,
                                            const std::vector<analysis::Reference>& refs,
                                            const analysis::Analyzer& analyzer,
                                            const Catalog& catalog);

}  // namespace qonun::search::internal
