#include "search/internal/spelling.h"

#include <cctype>

#include "model/schema.h"

namespace qonun::search::internal {

std::string Suggest(const Xapian::Database& db, const std::string& query, const ParsedQuery& parsed,
                    const std::vector<std::vector<QueryWord>>& clause_words) {
  std::string suggestion = query;
  bool changed = false;
  // From the last clause back, so earlier clauses' offsets stay valid.
  for (std::size_t i = parsed.clauses.size(); i-- > 0;) {
    const Clause& c = parsed.clauses[i];
    if (c.phrase || c.occurrence == Occurrence::kExclude) {
      continue;
    }
    const std::vector<QueryWord>& words = clause_words[i];
    if (words.size() != 1 || IsFunctionWord(words[0], db)) {
      continue;
    }
    bool known = false;
    for (const analysis::Token& t : words[0].readings) {
      known = known || db.term_exists(t.key) ||
              db.term_exists(std::string(schema::kStem) + t.stem) ||
              !ApostropheVariants(db, t.key).empty();
    }
    if (known || std::isdigit(static_cast<unsigned char>(c.text[0]))) {
      continue;
    }
    const std::string better = db.get_spelling_suggestion(words[0].readings[0].key, 2);
    if (!better.empty()) {
      const std::size_t text_at = c.end - c.text.size();
      suggestion.replace(text_at, c.text.size(), better);
      changed = true;
    }
  }
  return changed ? suggestion : "";
}

bool WorthCorrecting(const SearchResponse& response) {
  return !response.suggestion.empty() &&
         (response.total < kFewResults || response.interpretation.relaxed);
}

bool CorrectionIsBetter(const SearchResponse& original, const SearchResponse& corrected) {
  return corrected.total > 0 &&
         (corrected.total > original.total ||
          (original.interpretation.relaxed && !corrected.interpretation.relaxed));
}

}  // namespace qonun::search::internal
