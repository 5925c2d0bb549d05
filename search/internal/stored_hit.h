#pragma once
// Reading a hit back from what the indexer stored with a matched document
// (its JSON data; fields in model/schema.h): the provision's text, numbers,
// breadcrumb, validity and citation, shown in the display language where the
// same provision and version exist in it, with a highlighted snippet.

#include <optional>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "common/language.h"
#include "search/internal/catalog.h"
#include "search/internal/highlighter.h"
#include "search/searcher.h"

namespace qonun::search::internal {

// Throws nlohmann::json::exception when the stored data is damaged and
// Xapian::Error when the database cannot be read (Searcher::Search turns
// both into a Status).
Hit ReadHit(const Xapian::Database& db, const Xapian::Document& matched, double score,
            std::optional<Language> display_language, const Catalog& catalog,
            const analysis::Analyzer& analyzer, const MatchTerms& match_terms);

}  // namespace qonun::search::internal
