#include "search/internal/work_matcher.h"

#include <algorithm>

#include "search/internal/query_builder.h"

#include "citation/keys.h"

namespace qonun::search::internal {

std::optional<CitationInQuery> FindCitation(const std::string& query,
                                            const std::vector<analysis::Reference>& refs,
                                            const analysis::Analyzer& analyzer,
                                            const Catalog& catalog) {
  if (refs.empty()) {
    return std::nullopt;
  }
  const analysis::Reference& ref = refs.front();
  CitationInQuery found{CitationKey(ref.article, ref.part, ref.point), nullptr, false};
  if (found.key.empty()) {
    return std::nullopt;
  }
  const std::string rest = query.substr(0, ref.start) + " " + query.substr(ref.end);
  std::vector<QueryWord> words = Words(analyzer.AnalyzeQuery(rest));
  std::vector<bool> used(words.size(), false);

  // An alias or short title, matched whole: the longest wins.
  std::size_t best_length = 0;
  std::size_t best_at = 0;
  for (const WorkName& name : catalog.names()) {
    if (!name.is_alias || name.stems.empty() || name.stems.size() > words.size()) {
      continue;
    }
    for (std::size_t at = 0; at + name.stems.size() <= words.size(); ++at) {
      bool all = true;
      for (std::size_t k = 0; k < name.stems.size() && all; ++k) {
        all = Matches(name.stems[k], words[at + k]);
      }
      if (all && name.stems.size() > best_length) {
        best_length = name.stems.size();
        best_at = at;
        found.work = name.work;
      }
    }
  }
  if (found.work != nullptr) {
    std::fill(used.begin() + static_cast<long>(best_at),
              used.begin() + static_cast<long>(best_at + best_length), true);
  } else {
    // Words of a work's full name ("criminal code", "уголовного кодекса"):
    // every remaining content word must occur in the name; the name where
    // they occur earliest wins ("convention" names UNTOC, not the Protocol
    // that mentions it at the end of its title).
    std::size_t best_position = static_cast<std::size_t>(-1);
    for (const WorkName& name : catalog.names()) {
      if (name.is_alias) {
        continue;
      }
      std::size_t first_match = static_cast<std::size_t>(-1);
      bool all = true;
      bool any = false;
      for (std::size_t w = 0; w < words.size() && all; ++w) {
        if (words[w].IsStopword()) {
          continue;
        }
        bool matched = false;
        for (std::size_t k = 0; k < name.stems.size() && !matched; ++k) {
          if (Matches(name.stems[k], words[w])) {
            matched = true;
            first_match = std::min(first_match, k);
          }
        }
        all = matched;
        any = any || matched;
      }
      if (all && any && first_match < best_position) {
        best_position = first_match;
        found.work = name.work;
      }
    }
    if (found.work != nullptr) {
      std::fill(used.begin(), used.end(), true);
    }
  }
  found.pure = true;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (!used[w] && !words[w].IsStopword()) {
      found.pure = false;
    }
  }
  return found;
}

}  // namespace qonun::search::internal
